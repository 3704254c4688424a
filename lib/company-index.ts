/**
 * The in-memory index the background answers from: companies by id, listed hosts (HostIndex), names
 * and brands (NameIndex) and job-board slugs. Built once per dataset; each lookup is a handful of Map
 * probes.
 *
 * A page is matched in order of trust: on a job board or a store, first the board's own address
 * (jobs.lever.co/<slug> …), then names from schema.org data, then names read off the page by the
 * site's reader; ambiguous names count only when two independent signals agree. Then, and on every
 * other site, the page's host. The host match is kept beside a name match (amazon.com selling a Dell
 * laptop: the brand is Dell, the store is Amazon).
 */
import type { Company, Dataset } from '../data/schema';
import type { PageSignal } from './extract/types';
import { HostIndex, normalizeHost } from './hosts';
import { parseJobBoardUrl } from './job-boards';
import { NameIndex } from './names';
import { getSiteCategory } from './sites';

export type MatchReason =
  | { kind: 'host'; pageHost: string; rule: string; ruleNote?: string; evidence: string }
  | {
      kind: 'employer' | 'brand';
      pageHost: string;
      /** The name as the page gives it, or the board slug. */
      pageName: string;
      /** The dataset name it matched. */
      matchedName: string;
      source: 'job-board-url' | 'structured-data' | 'page';
      /** True when an ambiguous name was accepted because two signals agreed. */
      corroborated?: boolean;
    };

export interface PageMatch {
  company: Company;
  /** Parent, grandparent …, nearest first. */
  parents: Company[];
  why: MatchReason;
}

export interface CompanyIndex {
  byId: Map<string, Company>;
  hosts: HostIndex<Company>;
  names: NameIndex;
  /** Host rule only: what the site itself belongs to. */
  matchUrl(url: string): PageMatch | null;
  /** Employer or brand named by the page (on job boards and stores), else null. */
  matchNamed(url: string, signals: readonly PageSignal[]): PageMatch | null;
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

function isWebUrl(url: string): boolean {
  // A bare host name (no scheme) counts as a web page.
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^https?:\/\//i.test(url);
}

export function buildCompanyIndex(dataset: Dataset): CompanyIndex {
  const byId = new Map(dataset.companies.map((c) => [c.id, c] as const));
  const hosts = new HostIndex<Company>();
  const boards = new Map<string, Company>();
  for (const company of dataset.companies) {
    for (const rule of company.hosts) hosts.add(rule.host, company);
    for (const ref of company.jobBoards ?? []) boards.set(`${ref.board}:${ref.slug.toLowerCase()}`, company);
  }
  const names = new NameIndex(dataset.companies);
  const withParents = (company: Company, why: MatchReason): PageMatch => ({ company, parents: getParentChain(byId, company), why });

  return {
    byId,
    hosts,
    names,
    matchUrl(url) {
      if (!isWebUrl(url)) return null;
      const pageHost = normalizeHost(url);
      if (!pageHost) return null;
      const hit = hosts.lookup(pageHost);
      if (!hit) return null;
      const rule = hit.value.hosts.find((h) => h.host === hit.rule)!;
      return withParents(hit.value, { kind: 'host', pageHost, rule: hit.rule, ruleNote: rule.note, evidence: rule.evidence });
    },
    matchNamed(url, signals) {
      if (!isWebUrl(url)) return null;
      const pageHost = normalizeHost(url);
      if (!pageHost || !getSiteCategory(pageHost)) return null;

      const board = parseJobBoardUrl(url);
      const boardCompany = board ? boards.get(`${board.board}:${board.slug}`) : undefined;
      if (board && boardCompany) {
        return withParents(boardCompany, { kind: 'employer', pageHost, pageName: board.slug, matchedName: boardCompany.name, source: 'job-board-url' });
      }

      const hits = signals.flatMap((signal) => {
        const hit = names.lookup(signal.name);
        return hit ? [{ signal, hit }] : [];
      });
      for (const source of ['structured-data', 'page'] as const) {
        const found = hits.find((h) => h.signal.source === source && !h.hit.ambiguous);
        if (found) {
          return withParents(found.hit.company, {
            kind: found.signal.role,
            pageHost,
            pageName: found.signal.name,
            matchedName: found.hit.name,
            source,
          });
        }
      }
      // Ambiguous names: only when signals from two different sources name the same company.
      for (const h of hits) {
        const sources = new Set(hits.filter((o) => o.hit.company.id === h.hit.company.id).map((o) => o.signal.source));
        if (sources.size >= 2) {
          return withParents(h.hit.company, {
            kind: h.signal.role,
            pageHost,
            pageName: h.signal.name,
            matchedName: h.hit.name,
            source: h.signal.source,
            corroborated: true,
          });
        }
      }
      return null;
    },
  };
}
