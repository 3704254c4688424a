/**
 * The index the background answers from, built from a compact dataset (lib/compact-dataset.ts):
 * listed hosts (HostIndex), normalised names and brands (NameIndex) and job-board slugs, each
 * pointing at a company's position; a company's JSON is parsed (and validated) the first time it
 * matches. Each lookup is one pass over the host or name and a few typed-array probes.
 *
 * A page is matched in order of trust: on a job board or a store, first the board's own address
 * (jobs.lever.co/<slug> …), then names from schema.org data, then names read off the page by the
 * site's reader; ambiguous names count only when two independent signals agree, or when the page names
 * an employer by the company's own public name (docs/matching.md). Then, and on every
 * other site, the page's host. The host match is kept beside a name match (amazon.com selling a Dell
 * laptop: the brand is Dell, the store is Amazon).
 */
import type { Brand, Company, Dataset, Source } from '../data/schema';
import { AMBIGUOUS, compactDataset, OWN_PUBLIC_NAME, parseCompany, type MatchIndex } from './compact-dataset';
import { KeyTable } from './key-table';
import { pslFingerprint } from './psl-below';
import type { PageSignal } from './extract/types';
import type { MatchReason } from './messages';
import { HostIndex, normalizeHost } from './hosts';
import { parseJobBoardUrl } from './job-boards';
import { getBrand, getWrittenName, hasProductWord, NameIndex } from './names';
import { getSiteCategory } from './sites';

export interface PageMatch {
  company: Company;
  /** Parent, grandparent …, nearest first. */
  parents: Company[];
  /** Joint ventures the company is a member of, with the sources for each membership. */
  ventures: Array<{ company: Company; sources: Source[] }>;
  /** For a joint venture: its members in the dataset, in the venture's order. */
  members: Company[];
  why: MatchReason;
}

export interface NameHit {
  company: Company;
  /** The name as written in the dataset that matched. */
  name: string;
  /** A name that also means other things: it counts only beside a second signal. */
  ambiguous: boolean;
  /** An ambiguous name that is the company's own public name (`publicNames`): alone, it names an employer. */
  ownPublicName: boolean;
  /** When the name is one of the company's brands: that brand, with its ownership sources. */
  brand?: Brand;
}

/**
 * Whether a name read off a page may count: a brand that is also an ordinary word (one with product
 * words) counts only as the brand of a product whose name has one of its words.
 */
export function countsAs(hit: Pick<NameHit, 'brand'>, signal: Pick<PageSignal, 'role' | 'product'>): boolean {
  const words = hit.brand?.productWords;
  return !words || (signal.role === 'brand' && hasProductWord(signal.product, words));
}

export interface CompanyIndex {
  /** The index as stored (what matching needs, without the companies' texts). */
  match: MatchIndex;
  version: number;
  generatedAt: string;
  /** Number of companies. */
  size: number;
  /** Every listed host. */
  hosts(): string[];
  /** The company with this id, read, parsed and validated on first use; undefined if unknown or invalid. */
  getCompany(id: string): Promise<Company | undefined>;
  /** The company with its owners, ventures and members, as its panel shows them (the directory); null if unknown. */
  getRecord(id: string): Promise<Omit<PageMatch, 'why'> | null>;
  /** The company a name (as a page gives it) belongs to, by whole normalised names. */
  lookupName(name: string): Promise<NameHit | null>;
  /** Host rule only: what the site itself belongs to. */
  matchUrl(url: string): Promise<PageMatch | null>;
  /** Employer or brand named by the page (on job boards and stores), else null. */
  matchNamed(url: string, signals: readonly PageSignal[]): Promise<PageMatch | null>;
}

/** A company's JSON text by position: from memory, or from storage for a stored update. */
export type CompanyTextSource = (position: number) => string | undefined | Promise<string | undefined>;

function isWebUrl(url: string): boolean {
  // A bare host name (no scheme) counts as a web page.
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) || /^https?:\/\//i.test(url);
}

/** For a dataset in full (the bundled one, tests): compacts it, and keeps the texts in memory. */
export function buildCompanyIndex(dataset: Dataset): CompanyIndex {
  const compact = compactDataset(dataset);
  return indexCompactDataset(compact.index, (position) => compact.companies[position]);
}

export function indexCompactDataset(match: MatchIndex, texts: CompanyTextSource): CompanyIndex {
  const parsed = new Map<number, Promise<Company | null>>();
  const company = (position: number): Promise<Company | null> => {
    let value = parsed.get(position);
    if (!value) {
      value = Promise.resolve(texts(position)).then((text) => {
        const found = text === undefined ? null : parseCompany(text);
        // A company whose text does not validate, or is not the one indexed here, is never shown.
        return found && found.id === match.ids[position] ? found : null;
      }, () => null);
      parsed.set(position, value);
    }
    return value;
  };
  let positions: Map<string, number> | undefined;
  const getCompany = async (id: string) => {
    const position = (positions ??= new Map(match.ids.map((companyId, i) => [companyId, i]))).get(id);
    return (position === undefined ? null : await company(position)) ?? undefined;
  };

  const hostTable = KeyTable.from(match.hostTable, match.ids.length);
  const nameTable = KeyTable.from(match.nameTable, match.ids.length);
  if (!hostTable || !nameTable) throw new Error('The stored match index is inconsistent.');
  const hosts = HostIndex.fromTable(hostTable, match.pslFingerprint === pslFingerprint());
  const names = new NameIndex(nameTable);
  const boards = new Map(match.boards.map((board, i) => [board, match.boardOwners[i]!]));

  const getParentChain = async (child: Company): Promise<Company[]> => {
    const chain: Company[] = [];
    const seen = new Set([child.id]);
    let next = child.parent?.company;
    while (next !== undefined && !seen.has(next)) {
      const parent = await getCompany(next);
      if (!parent) break;
      chain.push(parent);
      seen.add(next);
      next = parent.parent?.company;
    }
    return chain;
  };
  const getVentures = async (member: Company): Promise<PageMatch['ventures']> => {
    // Memberships are few: compare ids rather than build the id → position map on a cold worker's first match.
    const ventures: PageMatch['ventures'] = [];
    for (let i = 0; i < match.memberships.length; i += 2) {
      if (match.ids[match.memberships[i]!] !== member.id) continue;
      const venture = await company(match.memberships[i + 1]!);
      const tie = venture?.members?.find((m) => m.company === member.id);
      if (venture && tie) ventures.push({ company: venture, sources: tie.sources });
    }
    return ventures;
  };
  const getMembers = async (venture: Company): Promise<Company[]> =>
    (await Promise.all((venture.members ?? []).map((m) => getCompany(m.company)))).filter((c) => c !== undefined);
  const lookupName = async (name: string): Promise<NameHit | null> => {
    const slot = names.findSlot(name);
    const owner = slot === -1 ? null : await company(nameTable.payload(slot));
    if (!owner) return null;
    const key = nameTable.key(slot);
    const brand = getBrand(owner, key);
    const flags = nameTable.flags(slot);
    return { company: owner, name: getWrittenName(owner, key), ambiguous: (flags & AMBIGUOUS) !== 0, ownPublicName: (flags & OWN_PUBLIC_NAME) !== 0, ...(brand ? { brand } : {}) };
  };
  const ties = async (found: Company): Promise<Omit<PageMatch, 'why'>> => {
    const [parents, ventures, members] = await Promise.all([getParentChain(found), getVentures(found), getMembers(found)]);
    return { company: found, parents, ventures, members };
  };
  const withTies = async (found: Company, why: MatchReason): Promise<PageMatch> => ({ ...(await ties(found)), why });

  return {
    match,
    version: match.version,
    generatedAt: match.generatedAt,
    size: match.ids.length,
    hosts: () => hosts.hosts(),
    getCompany,
    async getRecord(id) {
      const found = await getCompany(id);
      return found ? ties(found) : null;
    },
    lookupName,
    async matchUrl(url) {
      if (!isWebUrl(url)) return null;
      const pageHost = normalizeHost(url);
      if (!pageHost) return null;
      const hit = hosts.lookup(pageHost);
      const found = hit ? await company(hit.value) : null;
      const rule = found?.hosts.find((h) => h.host === hit!.rule);
      if (!hit || !found || !rule) return null;
      return withTies(found, {
        kind: 'host',
        pageHost,
        rule: hit.rule,
        ruleNote: rule.note,
        evidence: rule.evidence,
        confidence: rule.confidence,
        ...(rule.source ? { source: { url: rule.source.url, publisher: rule.source.publisher } } : {}),
      });
    },
    async matchNamed(url, signals) {
      if (!isWebUrl(url)) return null;
      const pageHost = normalizeHost(url);
      if (!pageHost || !getSiteCategory(pageHost)) return null;

      const board = parseJobBoardUrl(url);
      const boardOwner = board ? boards.get(`${board.board}:${board.slug}`) : undefined;
      const boardCompany = boardOwner === undefined ? null : await company(boardOwner);
      if (board && boardCompany) {
        return withTies(boardCompany, { kind: 'employer', pageHost, pageName: board.slug, matchedName: boardCompany.name, source: 'job-board-url' });
      }

      const hits = (
        await Promise.all(
          signals.map(async (signal) => {
            const hit = await lookupName(signal.name);
            return hit && countsAs(hit, signal) ? { signal, ...hit } : null;
          }),
        )
      ).filter((h) => h !== null);
      // A name counts alone when it means nothing else, or when the page names an employer (a posting's
      // hiring organisation, a job board's company field) and the name is that company's own public
      // name: "IBM" as a posting's employer is IBM; "IBM" in a product title or free text is not alone.
      const alone = (h: (typeof hits)[number]) => !h.ambiguous || (h.ownPublicName && h.signal.role === 'employer');
      for (const source of ['structured-data', 'page'] as const) {
        const found = hits.find((h) => h.signal.source === source && alone(h));
        if (found) {
          return withTies(found.company, { kind: found.signal.role, pageHost, pageName: found.signal.name, matchedName: found.name, source });
        }
      }
      // Ambiguous names: only when signals from two different sources name the same company.
      for (const h of hits) {
        const sources = new Set(hits.filter((o) => o.company.id === h.company.id).map((o) => o.signal.source));
        if (sources.size >= 2) {
          return withTies(h.company, {
            kind: h.signal.role,
            pageHost,
            pageName: h.signal.name,
            matchedName: h.name,
            source: h.signal.source,
            corroborated: true,
          });
        }
      }
      return null;
    },
  };
}
