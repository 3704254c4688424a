/**
 * Which results of a list on the page get a marker: job results whose employer is a listed company,
 * web results that link to a listed company's site. Every setting holds, as for the panel: nothing
 * with alerts off or in discreet mode (nothing in the page), nothing on a muted site, no company
 * dismissed on this site (only that one: the others keep their markers),
 * job results only with job pages on, web results only with company sites on, no muted company,
 * only companies doing a kind of work switched on. A name that also means other things (ambiguous)
 * is never enough alone, so it gets no marker, nor does a brand that counts only on its own kind of
 * product (a result's employer is no product). No browser API: tested in Node.
 */
import type { Company } from '@/data/schema';
import { countsAs, type CompanyIndex } from '@/lib/company-index';
import { normalizeHost } from '@/lib/hosts';
import type { ListMarker } from '@/lib/messages';
import { activeMutes, isDismissed, type Dismissal, type Settings } from '@/lib/settings';
import { getSiteKey, isSiteCovered } from '@/lib/site';
import { getVerdict } from '@/lib/verdict';

export interface ListState {
  now: number;
  dismissed: readonly Dismissal[];
}

export async function listMarkers(
  index: CompanyIndex,
  pageUrl: string,
  request: { names: readonly string[]; hosts: readonly string[] },
  settings: Settings,
  state: ListState,
): Promise<ListMarker[]> {
  const pageHost = normalizeHost(pageUrl);
  if (!pageHost || !settings.showAlerts || settings.discreet) return [];
  const mutes = activeMutes(settings, state.now);
  const mutedSites = mutes.filter((m) => m.kind === 'site').map((m) => m.value);
  const mutedCompanies = new Set(mutes.filter((m) => m.kind === 'company').map((m) => m.value));
  if (isSiteCovered(getSiteKey(pageHost), mutedSites)) return [];
  const wanted = (company: Company, parents: readonly Company[] = []) =>
    company.involvement.some((kind) => settings.involvement[kind]) &&
    ![company, ...parents].some((c) => mutedCompanies.has(c.id)) &&
    !isDismissed(state.dismissed, pageHost, company.id);
  const today = new Date(state.now).toISOString().slice(0, 10);
  const marker = (key: string, company: Company): ListMarker => ({ key, company: { id: company.id, name: company.name }, verdict: getVerdict(company, today) });

  const out: ListMarker[] = [];
  if (settings.categories.jobs) {
    for (const name of request.names) {
      const hit = await index.lookupName(name);
      if (hit && !hit.ambiguous && countsAs(hit, { role: 'employer' }) && wanted(hit.company)) out.push(marker(name, hit.company));
    }
  }
  if (settings.categories.sites) {
    for (const host of request.hosts) {
      const match = await index.matchUrl(`https://${host}/`);
      if (match && wanted(match.company, match.parents) && !isSiteCovered(host, mutedSites)) out.push(marker(host, match.company));
    }
  }
  return out;
}
