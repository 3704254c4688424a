/**
 * Answers "what about this page?" from the index and the user's settings. No browser API here, so it
 * is unit-tested in Node with plain objects.
 */
import type { CompanyIndex, PageMatch } from '@/lib/company-index';
import type { PageSignal } from '@/lib/extract/types';
import type { LookupResponse, MatchInfo, UrlStatus } from '@/lib/messages';
import { DEFAULT_SETTINGS, type Categories, type Settings } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';

const ALL_ON: Categories = DEFAULT_SETTINGS.categories;

function toInfo(match: PageMatch, siteMatch: PageMatch | null): MatchInfo {
  return {
    company: match.company,
    parents: match.parents.map((p) => ({ id: p.id, name: p.name })),
    why: match.why,
    site: getSiteKey(match.why.pageHost),
    ...(siteMatch && siteMatch.company.id !== match.company.id ? { siteCompany: { id: siteMatch.company.id, name: siteMatch.company.name } } : {}),
  };
}

/** The employer or brand the page names if its category is on, else the site's own company. */
export function findMatch(index: CompanyIndex, url: string, signals: readonly PageSignal[] = [], categories: Categories = ALL_ON): MatchInfo | null {
  const named = index.matchNamed(url, signals);
  const site = index.matchUrl(url);
  if (named && categories[named.why.kind === 'employer' ? 'jobs' : 'shopping']) return toInfo(named, site);
  if (site && categories.sites) return toInfo(site, null);
  return null;
}

export function lookupPage(
  index: CompanyIndex,
  url: string,
  signals: readonly PageSignal[],
  settings: Settings,
  dismissedSites: readonly string[],
): LookupResponse {
  const match = findMatch(index, url, signals, settings.categories);
  if (!match) return { status: 'none' };
  const host = match.why.pageHost;
  if (!settings.showAlerts) return { status: 'hidden', reason: 'alerts-off', match };
  if (isSiteCovered(host, settings.mutedSites)) return { status: 'hidden', reason: 'muted', match };
  if (isSiteCovered(host, dismissedSites)) return { status: 'hidden', reason: 'dismissed', match };
  return { status: 'show', match };
}

export function getUrlStatus(
  index: CompanyIndex,
  url: string,
  signals: readonly PageSignal[],
  settings: Settings,
  dismissedSites: readonly string[],
): UrlStatus {
  const match = findMatch(index, url, signals);
  const host = match?.why.pageHost;
  return {
    match,
    muted: host !== undefined && isSiteCovered(host, settings.mutedSites),
    dismissed: host !== undefined && isSiteCovered(host, dismissedSites),
  };
}
