/**
 * The in-memory index the background answers from: companies by id and listed hosts in a HostIndex.
 * Built once per dataset (a few hundred Map inserts), then every lookup is O(labels in the host).
 */
import type { Company, Dataset } from '../data/schema';
import { HostIndex, normalizeHost } from './hosts';

export interface HostMatch {
  company: Company;
  /** Parent, grandparent …, nearest first. */
  parents: Company[];
  /** Why: the page's host and the listed host rule it fell under. */
  why: { pageHost: string; rule: string; ruleNote?: string; evidence: string };
}

export interface CompanyIndex {
  byId: Map<string, Company>;
  hosts: HostIndex<Company>;
  matchUrl(url: string): HostMatch | null;
}

export function getParentChain(byId: Map<string, Company>, company: Company): Company[] {
  const chain: Company[] = [];
  const seen = new Set([company.id]);
  let next = company.parent;
  while (next !== undefined && !seen.has(next)) {
    const parent = byId.get(next);
    if (!parent) break;
    chain.push(parent);
    seen.add(next);
    next = parent.parent;
  }
  return chain;
}

export function buildCompanyIndex(dataset: Dataset): CompanyIndex {
  const byId = new Map(dataset.companies.map((c) => [c.id, c] as const));
  const hosts = new HostIndex<Company>();
  for (const company of dataset.companies) for (const rule of company.hosts) hosts.add(rule.host, company);

  return {
    byId,
    hosts,
    matchUrl(url) {
      // Only web pages are matched; a bare host name (no scheme) counts as one.
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)) return null;
      const pageHost = normalizeHost(url);
      if (!pageHost) return null;
      const hit = hosts.lookup(pageHost);
      if (!hit) return null;
      const rule = hit.value.hosts.find((h) => h.host === hit.rule)!;
      return {
        company: hit.value,
        parents: getParentChain(byId, hit.value),
        why: { pageHost, rule: hit.rule, ruleNote: rule.note, evidence: rule.evidence },
      };
    },
  };
}
