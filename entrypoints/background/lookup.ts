/**
 * Answers "what about this page?" from the index and the user's settings. No browser API here, so it
 * is unit-tested in Node with plain objects.
 */
import type { CompanyIndex } from '@/lib/company-index';
import type { LookupResponse, MatchInfo, UrlStatus } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';

export function findMatch(index: CompanyIndex, url: string): MatchInfo | null {
  const hit = index.matchUrl(url);
  if (!hit) return null;
  return {
    company: hit.company,
    parents: hit.parents.map((p) => ({ id: p.id, name: p.name })),
    why: hit.why,
    site: getSiteKey(hit.why.pageHost),
  };
}

export function lookupPage(
  index: CompanyIndex,
  url: string,
  settings: Settings,
  dismissedSites: readonly string[],
): LookupResponse {
  const match = findMatch(index, url);
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
  settings: Settings,
  dismissedSites: readonly string[],
): UrlStatus {
  const match = findMatch(index, url);
  const host = match?.why.pageHost;
  return {
    match,
    muted: host !== undefined && isSiteCovered(host, settings.mutedSites),
    dismissed: host !== undefined && isSiteCovered(host, dismissedSites),
  };
}
