/**
 * Answers "what about this page?" from the index and the user's settings: which company, whether to
 * show anything, and whether the panel opens by itself or waits as a collapsed tab (the auto-open
 * guard). No browser API here, so it is unit-tested in Node with plain objects and a given time.
 * Companies are read from the index on a match, hence the promises.
 */
import type { CompanyIndex, PageMatch } from '@/lib/company-index';
import type { PageSignal } from '@/lib/extract/types';
import type { CompanyRecord, MatchInfo, PageAnswer, UrlStatus } from '@/lib/messages';
import { activeMutes, autoOpenKey, DEFAULT_SETTINGS, isDismissed, type Categories, type Dismissal, type InvolvementFilter, type Mute, type Settings } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';

const ALL_ON: Categories = DEFAULT_SETTINGS.categories;
/** How long the auto-open guard keeps a company's panel collapsed after it opened by itself. */
export const AUTO_OPEN_PERIOD_MS = { daily: 86_400_000, weekly: 7 * 86_400_000 } as const;

export interface LookupState {
  now: number;
  /** Companies dismissed on a site for the session. */
  dismissed: readonly Dismissal[];
  /** When the panel last opened by itself, per company id. */
  autoOpened: Readonly<Record<string, string>>;
}

/** A company with its ties, as its panel shows it (names and sources only, for the message). */
export function toRecord(match: Omit<PageMatch, 'why'>, recordsLatestFiscalYear: number | undefined): CompanyRecord {
  return {
    company: match.company,
    parents: match.parents.map((p) => ({ id: p.id, name: p.name })),
    ventures: match.ventures.map((v) => ({ id: v.company.id, name: v.company.name, summary: v.company.summary, sources: v.sources })),
    members: match.members.map((m) => ({ id: m.id, name: m.name })),
    ...(recordsLatestFiscalYear ? { recordsLatestFiscalYear } : {}),
  };
}

function toInfo(match: PageMatch, siteMatch: PageMatch | null, recordsLatestFiscalYear: number | undefined): MatchInfo {
  return {
    ...toRecord(match, recordsLatestFiscalYear),
    why: match.why,
    site: getSiteKey(match.why.pageHost),
    ...(siteMatch && siteMatch.company.id !== match.company.id ? { siteCompany: { id: siteMatch.company.id, name: siteMatch.company.name } } : {}),
  };
}

/**
 * The employer or brand the page names if its category is on, else the site's own company; a
 * company counts only when one of its kinds of work is switched on in the filter.
 */
export async function findMatch(
  index: CompanyIndex,
  url: string,
  signals: readonly PageSignal[] = [],
  categories: Categories = ALL_ON,
  involvement: InvolvementFilter = DEFAULT_SETTINGS.involvement,
): Promise<MatchInfo | null> {
  const [named, site] = await Promise.all([index.matchNamed(url, signals), index.matchUrl(url)]);
  const wanted = (match: PageMatch | null): match is PageMatch => match !== null && match.company.involvement.some((kind) => involvement[kind]);
  const latest = index.match.latestFiscalYear;
  if (wanted(named) && categories[named.why.kind === 'employer' ? 'jobs' : 'shopping']) return toInfo(named, site, latest);
  if (wanted(site) && categories.sites) return toInfo(site, null, latest);
  return null;
}

/** Mutes in force for a match: its site (and subdomains) or its company (and its parents). */
export function getMutesFor(match: MatchInfo, settings: Settings, now: number): Mute[] {
  const companies = new Set([match.company.id, ...match.parents.map((p) => p.id)]);
  return activeMutes(settings, now).filter((m) =>
    m.kind === 'company' ? companies.has(m.value) : isSiteCovered(match.why.pageHost, [m.value]),
  );
}

/** `key`: the site's and company's auto-open record (autoOpenKey). */
export function shouldAutoOpen(settings: Settings, key: string, state: Pick<LookupState, 'now' | 'autoOpened'>): boolean {
  if (settings.discreet || settings.autoOpen === 'never') return false;
  if (settings.autoOpen === 'every-visit') return true;
  const last = Date.parse(state.autoOpened[key] ?? '');
  return !Number.isFinite(last) || state.now - last >= AUTO_OPEN_PERIOD_MS[settings.autoOpen];
}

export async function lookupPage(
  index: CompanyIndex,
  url: string,
  signals: readonly PageSignal[],
  settings: Settings,
  state: LookupState,
  force = false,
): Promise<PageAnswer> {
  const match = force ? await findMatch(index, url, signals) : await findMatch(index, url, signals, settings.categories, settings.involvement);
  if (!match) return { status: 'none' };
  if (force) return { status: 'show', match, open: true };
  if (!settings.showAlerts) return { status: 'hidden', reason: 'alerts-off', match };
  const hidden = getMutesFor(match, settings, state.now).length ? 'muted' : isDismissed(state.dismissed, match.why.pageHost, match.company.id) ? 'dismissed' : null;
  if (hidden) {
    // A brand or employer the user hid on a store that is itself listed (a Dell laptop on amazon.com):
    // the store's own panel is still theirs to see, unless it is hidden too.
    if (match.siteCompany && signals.length) {
      const site = await lookupPage(index, url, [], settings, state);
      if (site.status === 'show') return site;
    }
    return { status: 'hidden', reason: hidden, match };
  }
  if (settings.discreet) return { status: 'hidden', reason: 'discreet', match };
  const open = shouldAutoOpen(settings, autoOpenKey(match.site, match.company.id), state);
  // The user took the collapsed tab off this site: nothing in the page unless the panel opens itself.
  if (!open && isSiteCovered(match.why.pageHost, settings.noTabSites)) return { status: 'hidden', reason: 'no-tab', match };
  return { status: 'show', match, open };
}

export async function getUrlStatus(
  index: CompanyIndex,
  url: string,
  signals: readonly PageSignal[],
  settings: Settings,
  state: Pick<LookupState, 'now' | 'dismissed'>,
): Promise<UrlStatus> {
  const match = await findMatch(index, url, signals);
  return {
    match,
    mutes: match ? getMutesFor(match, settings, state.now) : [],
    dismissed: match !== null && isDismissed(state.dismissed, match.why.pageHost, match.company.id),
  };
}
