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
import type { Company } from '../data/schema';

const LEGAL_FORMS = new Set([
  'company',
  'inc', 'incorporated', 'llc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'lp', 'llp', 'lllp', 'pllc',
  'plc', 'gmbh', 'ag', 'sa', 'sas', 'nv', 'bv', 'pty', 'srl', 'spa', 'ab', 'as', 'oy', 'kk',
]);

export function normalizeName(input: string): string {
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
  const words = text.split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) {
    words.pop();
    if (words.length > 1 && words[words.length - 1] === 'and') words.pop();
  }
  return words.join(' ');
}

/** All names a company is known by, as written in its file. */
export function getCompanyNames(company: Company): string[] {
  return [company.name, ...company.legalNames, ...company.aliases, ...(company.brands ?? [])];
}

export interface NameHit {
  company: Company;
  /** The name as written in the dataset that matched. */
  name: string;
  ambiguous: boolean;
}

export class NameIndex {
  private readonly names = new Map<string, NameHit>();

  constructor(companies: readonly Company[]) {
    for (const company of companies) {
      const ambiguous = new Set((company.ambiguousNames ?? []).map(normalizeName));
      for (const name of [...getCompanyNames(company), ...(company.ambiguousNames ?? [])]) {
        const key = normalizeName(name);
        if (!key || this.names.has(key)) continue;
        this.names.set(key, { company, name, ambiguous: ambiguous.has(key) });
      }
    }
  }

  lookup(name: string): NameHit | null {
    const key = normalizeName(name.slice(0, 200));
    return key ? (this.names.get(key) ?? null) : null;
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
