/**
 * The answer the worker left in extension storage for this page's host (entrypoints/background/
 * fast-cards.ts), read without waking the worker: the panel can be shown at once on a first visit,
 * and the worker, asked after it, answers and wins. Only while it holds (its `until`), and never with
 * alerts switched off, in discreet mode, or for a muted site or company (its own or a parent's): all
 * read from the settings, since a sleeping worker has not yet rewritten the answers after a change.
 */
import { browser } from 'wxt/browser';
import { FAST_COMPANY, FAST_HOST, type FastCompany, type FastHost } from '@/lib/fast-cards-keys';
import type { MatchInfo } from '@/lib/messages';
import { isSiteCovered } from '@/lib/site';
import { isMuteInForce } from '@/lib/mutes';

/** Whether a mute in force in the stored settings covers this host or one of these companies. */
export function mutedNow(mutes: unknown, host: string, companies: readonly string[], now: number): boolean {
  if (!Array.isArray(mutes)) return false;
  return mutes.some((m: { kind?: unknown; value?: unknown; until?: unknown } | null) => {
    if (!m || typeof m.value !== 'string' || !(m.until === null || typeof m.until === 'string') || !isMuteInForce(m.until, now)) return false;
    return m.kind === 'company' ? companies.includes(m.value) : m.kind === 'site' && isSiteCovered(host, [m.value]);
  });
}

export async function readFastCard(host: string): Promise<{ match: MatchInfo; open: boolean } | null> {
  try {
    const hostKey = `${FAST_HOST}${host.toLowerCase()}`;
    const first = await browser.storage.local.get([hostKey, 'settings']);
    const card = first[hostKey] as FastHost | undefined;
    const settings = first.settings as { showAlerts?: unknown; discreet?: unknown; mutes?: unknown } | undefined;
    if (!card || settings?.showAlerts === false || settings?.discreet === true || !(Date.now() < card.until)) return null;
    const companyKey = `${FAST_COMPANY}${card.company}`;
    const company = (await browser.storage.local.get(companyKey))[companyKey] as FastCompany | undefined;
    if (company?.company?.id !== card.company) return null;
    if (mutedNow(settings?.mutes, host.toLowerCase(), [card.company, ...(company.parents ?? []).map((p) => p.id)], Date.now())) return null;
    return { match: { ...company, why: card.why, site: card.site }, open: card.open };
  } catch {
    return null;
  }
}
