/**
 * The answer the worker left in extension storage for this page's host (entrypoints/background/
 * fast-cards.ts), read without waking the worker: the panel can be shown at once on a first visit,
 * and the worker, asked after it, answers and wins. Only while it holds (its `until`), and never with
 * alerts switched off or in discreet mode (read from the settings, in case the worker has not yet
 * rewritten the answers since they changed).
 */
import { browser } from 'wxt/browser';
import { FAST_COMPANY, FAST_HOST, type FastCompany, type FastHost } from '@/lib/fast-cards-keys';
import type { MatchInfo } from '@/lib/messages';

export async function readFastCard(host: string): Promise<{ match: MatchInfo; open: boolean } | null> {
  try {
    const hostKey = `${FAST_HOST}${host.toLowerCase()}`;
    const first = await browser.storage.local.get([hostKey, 'settings']);
    const card = first[hostKey] as FastHost | undefined;
    const settings = first.settings as { showAlerts?: unknown; discreet?: unknown } | undefined;
    if (!card || settings?.showAlerts === false || settings?.discreet === true || !(Date.now() < card.until)) return null;
    const companyKey = `${FAST_COMPANY}${card.company}`;
    const company = (await browser.storage.local.get(companyKey))[companyKey] as FastCompany | undefined;
    if (company?.company?.id !== card.company) return null;
    return { match: { ...company, why: card.why, site: card.site }, open: card.open };
  } catch {
    return null;
  }
}
