/**
 * Company and brand names → company, by whole normalised names only, never substrings.
 *
 * Normalising folds case and diacritics, turns "&" into "and", drops punctuation, a leading "The"
 * and trailing legal forms (Inc, LLC, Corp, Ltd, L.P., plc, GmbH …), so "The GEO Group, Inc." and
 * "GEO Group" meet (and "McKinsey & Company" and "McKinsey & Co."), while "Amazonas Coffee", "Palantir Pizza" or "Oracle Salesforce Consulting LLC"
 * stay different names. Names a company shares with unrelated things ("Ring", "Spectrum") are kept
 * apart as ambiguous (every name of a company that normalises to the same text is then ambiguous
 * too): the matcher accepts them only with a second, independent signal.
 */
import type { Brand, Company } from '../data/schema';
import { KeyTable } from './key-table';

const LEGAL_FORMS = new Set([
  'company',
  'inc', 'incorporated', 'llc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'lp', 'llp', 'lllp', 'pllc',
  'plc', 'gmbh', 'ag', 'sa', 'sas', 'nv', 'bv', 'pty', 'srl', 'spa', 'ab', 'as', 'oy', 'kk',
]);

export function normalizeName(input: string): string {
  return normalizeAscii(input) ?? normalizeUnicode(input);
}

/**
 * The same result as normalizeUnicode for plain ASCII input (tested on random strings), in one pass
 * without regular expressions: most names on pages are ASCII, and this is the hot path of a lookup.
 * Returns null at the first non-ASCII character.
 */
function normalizeAscii(input: string): string | null {
  if (input.length > BUFFER.length / 4) return null;
  // 1. Lower-case letters and digits; every other run of characters is one space; "&" is "and".
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    let c = input.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      BUFFER[n++] = c;
    } else if (c !== 39 && c !== 96) {
      // Apostrophes join ("Macy's" → "macys"); anything else separates words.
      if (n > 0 && BUFFER[n - 1] !== SPACE) BUFFER[n++] = SPACE;
      if (c === 38) {
        BUFFER[n++] = 97;
        BUFFER[n++] = 110;
        BUFFER[n++] = 100;
        BUFFER[n++] = SPACE;
      }
    }
  }
  if (n > 0 && BUFFER[n - 1] === SPACE) n--;
  // 2. Runs of one-letter words become one word ("h p e" → "hpe").
  let w = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && BUFFER[j] !== SPACE) j++;
    const single = j - i === 1 && BUFFER[i]! >= 97;
    for (let k = i; k < j; k++) BUFFER[w++] = BUFFER[k]!;
    if (j < n) {
      const nextSingle = (j + 2 === n || BUFFER[j + 2] === SPACE) && BUFFER[j + 1]! >= 97;
      if (!(single && nextSingle)) BUFFER[w++] = SPACE;
    }
    i = j + 1;
  }
  n = w;
  // 3. A leading "The" and trailing legal forms go, but never the only word.
  let from = 0;
  if (n > 4 && BUFFER[0] === 116 && BUFFER[1] === 104 && BUFFER[2] === 101 && BUFFER[3] === SPACE) from = 4;
  for (;;) {
    const last = lastSpace(n);
    if (last < from || !isLegalForm(last + 1, n)) break;
    n = last;
    const before = lastSpace(n);
    if (before >= from && n - before === 4 && BUFFER[before + 1] === 97 && BUFFER[before + 2] === 110 && BUFFER[before + 3] === 100) n = before;
  }
  // One string is made per call, here: this path runs on every name a page gives.
  return String.fromCharCode.apply(null, BUFFER.slice(from, n));
}

const SPACE = 32;
const BUFFER: number[] = new Array<number>(2048).fill(0);

function lastSpace(end: number): number {
  let i = end - 1;
  while (i >= 0 && BUFFER[i] !== SPACE) i--;
  return i;
}

function wordHash(codes: ArrayLike<number>, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash, 31) + codes[i]! | 0;
  return hash;
}

const LEGAL_FORM_HASHES = new Map([...LEGAL_FORMS].map((form) => [wordHash([...form].map((c) => c.charCodeAt(0)), 0, form.length), form]));

function isLegalForm(from: number, to: number): boolean {
  const form = to - from <= 12 ? LEGAL_FORM_HASHES.get(wordHash(BUFFER, from, to)) : undefined;
  if (form === undefined || form.length !== to - from) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== BUFFER[from + i]) return false;
  return true;
}

function finishWords(words: string[]): string {
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) {
    words.pop();
    if (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  }
  return words.join(' ');
}

export function normalizeUnicode(input: string): string {
  let text = input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // "l p" (from "L.P.") → "lp", "h p e" → "hpe": runs of single letters were one abbreviation.
  text = text.replace(/\b(?:\p{L} )+\p{L}\b/gu, (run) => run.replace(/ /g, ''));
  return finishWords(text.split(' ').filter(Boolean));
}

/** All names a company is known by, as written in its file. */
export function getCompanyNames(company: Company): string[] {
  return [company.name, ...company.legalNames, ...company.aliases, ...(company.publicNames ?? []).map((p) => p.name), ...(company.brands ?? []).map((b) => b.name)];
}

/** The company's brand whose normalised name is `key`, if `key` is one of its brands. */
export function getBrand(company: Company, key: string): Brand | undefined {
  return company.brands?.find((brand) => normalizeName(brand.name) === key);
}

/**
 * Whether a product's name (a page's title or Product.name) has one of a brand's product words, as
 * whole words ("Ring Video Doorbell" has "doorbell"; "Ring Light Stand" has none of Ring's); a word
 * also matches with a plural "s" ("cameras").
 */
export function hasProductWord(product: string | undefined, words: readonly string[]): boolean {
  if (!product) return false;
  const text = ` ${normalizeUnicode(product.slice(0, 300))} `;
  return words.some((word) => text.includes(` ${word} `) || text.includes(` ${word}s `));
}

/** Every normalised name of these companies, each once (the first company keeps it), with its owner. */
/** Name flag: the name also means other things, and needs a second signal. */
export const AMBIGUOUS = 1;
/** Name flag: an ambiguous name that is the company's own public name: alone, it names an employer. */
export const OWN_PUBLIC_NAME = 2;

/** Every company's normalised names, their owner's position, and their flags (AMBIGUOUS, OWN_PUBLIC_NAME). */
export function collectNames(companies: readonly Company[]): { names: string[]; owners: number[]; flags: number[] } {
  const names: string[] = [];
  const owners: number[] = [];
  const flags: number[] = [];
  const seen = new Set<string>();
  companies.forEach((company, i) => {
    const vague = new Set((company.ambiguousNames ?? []).map(normalizeName));
    const own = new Set((company.publicNames ?? []).map((p) => normalizeName(p.name)));
    for (const name of [...getCompanyNames(company), ...(company.ambiguousNames ?? [])]) {
      const key = normalizeName(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      names.push(key);
      owners.push(i);
      flags.push(vague.has(key) ? AMBIGUOUS | (own.has(key) ? OWN_PUBLIC_NAME : 0) : 0);
    }
  });
  return { names, owners, flags };
}

/** The company's name as written in its file whose normalised form is `key` (for "matched …"). */
export function getWrittenName(company: Company, key: string): string {
  return [...getCompanyNames(company), ...(company.ambiguousNames ?? [])].find((name) => normalizeName(name) === key) ?? company.name;
}

/** Normalised names → their position in `keys`, in a typed-array table (lib/key-table.ts). */
export class NameIndex {
  private readonly table: KeyTable;

  constructor(keys: readonly string[] | KeyTable) {
    this.table = keys instanceof KeyTable ? keys : KeyTable.build(keys);
  }

  /** The table slot of the name's normalised form, or -1. Names are cut at 200 characters. */
  findSlot(name: string): number {
    const key = normalizeName(name.slice(0, 200));
    return key ? this.table.find(key) : -1;
  }

  /** The payload of the name's normalised form (its position among the keys, by default), or -1. */
  find(name: string): number {
    const slot = this.findSlot(name);
    return slot === -1 ? -1 : this.table.payload(slot);
  }
}

/** Normalised names claimed by more than one company: each is a build error. */
export function findNameClashes(companies: readonly Company[]): Array<{ key: string; ids: string[] }> {
  const owners = new Map<string, Set<string>>();
  for (const company of companies) {
    for (const name of [...getCompanyNames(company), ...(company.ambiguousNames ?? [])]) {
      const key = normalizeName(name);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(company.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, ids: [...ids].sort() }));
}
