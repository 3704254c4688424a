/**
 * Looking a company up by what a person has in hand: a name ("peraton"), a brand ("ring"), a site
 * ("geogroup.com", "aws.amazon.com") or a job-board tenant. Names are folded as the matcher folds them
 * (lib/names.ts: case, accents, punctuation, "The", legal forms), so "The GEO Group, Inc." and "geo
 * group" meet. A term matches when the query is the whole term, its start, or the start of one of its
 * words ("group" finds "The GEO Group"), never the middle of a word. A site matches when it is the
 * listed host, a subdomain of it, or the start of one. Each company appears once, under its best
 * term; a lookalike the data keeps apart ("HP Inc." beside HPE) appears as a result of its own that
 * says what it is not. No browser API; rows come from lib/directory/rows.ts.
 */
import { normalizeName } from '../names';
import type { DirectoryRow } from './rows';

export type TermKind = 'name' | 'other-name' | 'brand' | 'host' | 'board' | 'lookalike';

/** Ties between equally good matches go to the company's own name first. */
const KIND_ORDER: Record<TermKind, number> = { name: 0, 'other-name': 1, brand: 2, host: 3, board: 4, lookalike: 5 };

interface Term {
  /** Folded text: a normalised name, or a lower-case host or board slug. */
  key: string;
  text: string;
  kind: TermKind;
  row: number;
  /** For a lookalike: why it is not this company. */
  note?: string;
}

export interface SearchHit {
  row: DirectoryRow;
  /** The term that matched, as written. */
  matched: string;
  kind: TermKind;
  /** 0: the whole term; 1: its start; 2: the start of one of its words; (sites) 0: a subdomain. */
  rank: number;
  /**
   * The matched name also means other things: it counts for this company only beside a second sign
   * on the page, or (a brand with product words) only as the brand of such a product.
   */
  ambiguous?: { productWords?: string[] };
  /** A lookalike: the row is the company it is not, and this says why. */
  note?: string;
}

export interface SearchIndex {
  rows: readonly DirectoryRow[];
  terms: Term[];
}

export function buildSearchIndex(rows: readonly DirectoryRow[]): SearchIndex {
  const terms: Term[] = [];
  rows.forEach((row, i) => {
    const name = (text: string, kind: TermKind, note?: string) => {
      const key = normalizeName(text);
      if (key) terms.push({ key, text, kind, row: i, ...(note ? { note } : {}) });
    };
    name(row.name, 'name');
    for (const other of row.otherNames) name(other, 'other-name');
    for (const brand of row.brands) name(brand, 'brand');
    for (const lookalike of row.lookalikes) name(lookalike.name, 'lookalike', lookalike.note);
    for (const host of row.hosts) terms.push({ key: host, text: host, kind: 'host', row: i });
    for (const board of row.boards) {
      terms.push({ key: foldSlug(board.slice(board.indexOf(':') + 1)), text: board, kind: 'board', row: i });
    }
  });
  return { rows, terms };
}

/** Board slugs and queries for them compare as letters and digits only ("careers-peraton"). */
const foldSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A query that looks like a site: no spaces, a dot, or a scheme. Its host, without `www.`. Not
 * lib/hosts.ts normalizeHost: a query is often half typed ("geogroup.c"), and that module brings the
 * Public Suffix List, too large for the popup.
 */
function queryHost(query: string): string | null {
  const text = query.trim().toLowerCase();
  if (/\s/.test(text) || !(text.includes('.') || /^https?:\/\//.test(text))) return null;
  const host = text.replace(/^[a-z]+:\/\//, '').replace(/[/?#:].*$/, '').replace(/\.+$/, '');
  return host.replace(/^www\./, '') || null;
}

function rankName(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  return key.includes(` ${query}`) ? 2 : -1;
}

function rankHost(host: string, query: string): number {
  if (host === query || query.endsWith(`.${host}`)) return 0;
  return host.startsWith(query) ? 1 : -1;
}

/** Matches for a query, best first, at most `limit`. An empty query finds nothing. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const name = normalizeName(query.slice(0, 200));
  const host = queryHost(query.slice(0, 300));
  const plain = query.trim().toLowerCase();
  const slug = foldSlug(plain);
  if (!name && !host) return [];
  const best = new Map<string, { term: Term; rank: number }>();
  for (const term of index.terms) {
    let rank = -1;
    if (term.kind === 'host') rank = host ? rankHost(term.key, host) : plain && term.key.startsWith(plain) ? 1 : -1;
    else if (term.kind === 'board') rank = slug && term.key.startsWith(slug) ? (term.key === slug ? 0 : 1) : -1;
    else if (name) rank = rankName(term.key, name);
    if (rank < 0) continue;
    // One result per company, and one per lookalike name.
    const slot = term.kind === 'lookalike' ? `${term.row}|${term.key}` : `${term.row}`;
    const held = best.get(slot);
    if (!held || rank < held.rank || (rank === held.rank && KIND_ORDER[term.kind] < KIND_ORDER[held.term.kind])) best.set(slot, { term, rank });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_ORDER[a.term.kind] - KIND_ORDER[b.term.kind] ||
        index.rows[a.term.row]!.name.localeCompare(index.rows[b.term.row]!.name),
    )
    .slice(0, limit)
    .map(({ term, rank }) => {
      const row = index.rows[term.row]!;
      const vague = term.kind === 'lookalike' ? undefined : row.ambiguous.find((a) => normalizeName(a.name) === term.key);
      return {
        row,
        matched: term.text,
        kind: term.kind,
        rank,
        ...(vague ? { ambiguous: vague.productWords ? { productWords: vague.productWords } : {} } : {}),
        ...(term.note ? { note: term.note } : {}),
      };
    });
}
