/**
 * A panel without waking the worker. MV3 stops an idle worker after 30 s, and waking it, reading
 * the index and answering made the panel 2× slower on a first visit. So the worker, the only writer,
 * keeps in extension storage the answer for each listed company's own site (its host and www. host)
 * exactly as lookupPage would give it now, with the time it stops holding (a mute ending, the
 * auto-open guard's period, at most a few hours), and rewrites it whenever the data, the settings,
 * the dismissals or the auto-open record change. The content script shows it first and asks the
 * worker after it, off the panel's path: the worker's answer (with the badge) follows and wins.
 * Stores and job boards are left out: there the page's own employer or brand decides, which only the
 * worker can match. The page itself cannot read extension storage (content scripts' isolated world).
 */
import { browser } from 'wxt/browser';
import type { CompanyIndex } from '@/lib/company-index';
import { FAST_COMPANY, FAST_HOST, FAST_KEYS, type FastCompany, type FastHost } from '@/lib/fast-cards-keys';
import { activeMutes, autoOpenKey, autoOpenedItem, getDismissed, getNow, getSettings, type Settings } from '@/lib/settings';
import { getSiteCategory } from '@/lib/sites';
import { AUTO_OPEN_PERIOD_MS, lookupPage, type LookupState } from './lookup';

/** The longest an answer is trusted without the worker having rewritten it. */
export const FAST_CARD_HOURS = 6;

/** Every listed site's answer as the worker would give it at `state.now` (no browser API). */
export async function buildFastCards(index: CompanyIndex, settings: Settings, state: LookupState): Promise<Record<string, FastHost | FastCompany>> {
  const out: Record<string, FastHost | FastCompany> = {};
  const muteEnds = activeMutes(settings, state.now).flatMap((m) => (m.until ? [Date.parse(m.until)] : []));
  const horizon = Math.min(state.now + FAST_CARD_HOURS * 3_600_000, ...muteEnds);
  for (const rule of index.hosts()) {
    if (getSiteCategory(rule)) continue;
    for (const host of [rule, `www.${rule}`]) {
      const answer = await lookupPage(index, `https://${host}/`, [], settings, state);
      if (answer.status !== 'show' || answer.match.why.kind !== 'host') continue;
      const { company, parents, ventures, members, why, site, recordsLatestFiscalYear } = answer.match;
      // The guard's period ends: the collapsed tab would become the opened panel.
      const last = Date.parse(state.autoOpened[autoOpenKey(site, company.id)] ?? '');
      const guardEnds = !answer.open && settings.autoOpen in AUTO_OPEN_PERIOD_MS && Number.isFinite(last) ? last + AUTO_OPEN_PERIOD_MS[settings.autoOpen as keyof typeof AUTO_OPEN_PERIOD_MS] : Infinity;
      out[`${FAST_HOST}${host}`] = { company: company.id, why, site, open: answer.open, until: Math.min(horizon, guardEnds) } satisfies FastHost;
      out[`${FAST_COMPANY}${company.id}`] ??= { company, parents, ventures, members, ...(recordsLatestFiscalYear ? { recordsLatestFiscalYear } : {}) } satisfies FastCompany;
    }
  }
  return out;
}

let queue: Promise<void> = Promise.resolve();

/**
 * Rewrites the answers (one write at a time, in order) and removes those no longer wanted. Skipped
 * when nothing they depend on changed and none is near its end: a worker wakes often, and the
 * answers are about a megabyte.
 */
export function syncFastCards(getIndex: () => Promise<CompanyIndex>): Promise<void> {
  queue = queue
    .then(async () => {
      const [index, settings, dismissed, autoOpened, now] = await Promise.all([getIndex(), getSettings(), getDismissed(), autoOpenedItem.getValue(), getNow()]);
      // The auto-open record matters only with the daily or weekly guard ("every visit" records a
      // panel at every load, which must not rewrite every answer each time).
      const guarded = settings.autoOpen in AUTO_OPEN_PERIOD_MS;
      const stored = await browser.storage.local.get([FAST_KEYS, FAST_WRITTEN]);
      const written = stored[FAST_WRITTEN] as { inputs: string; until: number; guards?: string[] } | undefined;
      // Only the auto-open records of kept answers (their site and company) count: a panel opened on
      // a job board, or for a company on another site, changes none of them, and a rewrite costs the
      // worker a pass over every listed site.
      const inputsFor = (guards: readonly string[] | undefined) =>
        JSON.stringify([index.version, index.match.contentHash, settings, dismissed, guarded ? (guards ?? []).map((key) => [key, autoOpened[key] ?? null]) : null]);
      if (written?.guards && written.inputs === inputsFor(written.guards) && now < written.until - 3_600_000) return;
      const cards = await buildFastCards(index, settings, { now, dismissed, autoOpened });
      const guards = [...new Set(Object.values(cards).flatMap((c) => ('until' in c ? [autoOpenKey(c.site, c.company)] : [])))].sort();
      const inputs = inputsFor(guards);
      const stale = ((stored[FAST_KEYS] as string[] | undefined) ?? []).filter((key) => !(key in cards));
      // Removals first: a site just dismissed or muted must not show from a leftover answer.
      if (stale.length) await browser.storage.local.remove(stale);
      const until = Math.min(now + FAST_CARD_HOURS * 3_600_000, ...Object.values(cards).flatMap((c) => ('until' in c ? [c.until] : [])));
      await browser.storage.local.set({ ...cards, [FAST_KEYS]: Object.keys(cards), [FAST_WRITTEN]: { inputs, until, guards } });
    })
    .catch(() => undefined);
  return queue;
}

/** What the last write was made from, and until when all of it holds. */
const FAST_WRITTEN = 'fast:written';
