/**
 * Plain descriptions of awards (data/award-descriptions.json), written by a curator who read the
 * award's records. The records' own wording is procurement text in capitals, often a modification's
 * ("THIS MODIFICATION EXERCISES OPTION PERIOD 3 …"), which tells a reader nothing; the panel says a
 * reviewed description instead, or else only the award's kind of work. A description may use only
 * words its records use, the expansion of an acronym they use ("HSI": Homeland Security
 * Investigations), the agency's name and a few joining words: a curator can shorten, reorder and
 * spell out, never add a claim. A record's label for people ("illegal aliens") is never repeated.
 */
import * as z from 'zod/mini';
import type { LargestAward } from '../../data/schema';
import type { LargestAwardRecord } from './import';

export const AwardDescriptions = z.record(
  z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)),
  z.strictObject({
    /** The company whose largest awards hold it (a check that the id was not pasted into the wrong place). */
    company: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(3), z.maxLength(140)),
    /** When the records were read, YYYY-MM-DD. */
    reviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  }),
);
export type AwardDescriptions = z.infer<typeof AwardDescriptions>;

/** Acronyms of the records and the words they stand for. */
const EXPANSIONS: Record<string, string> = {
  ice: 'immigration and customs enforcement',
  cbp: 'customs and border protection',
  dhs: 'department of homeland security',
  hsi: 'homeland security investigations',
  ero: 'enforcement and removal operations',
  opr: 'office of professional responsibility',
  aor: 'area of responsibility',
  om: 'operations and maintenance',
  ihsc: 'ice health service corps',
  ofo: 'office of field operations',
  taccomm: 'tactical communications',
  it: 'information technology',
};

const JOINING = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with']);

const words = (text: string) => text.toLowerCase().replace(/&/g, '').match(/[a-z0-9]+/g) ?? [];

/** The words of `description` its records do not allow (empty when it may be used). */
export function unsupportedWords(description: string, award: Pick<LargestAwardRecord, 'records' | 'agency'>): string[] {
  const allowed = new Set([...JOINING, ...words(award.agency)]);
  for (const word of [...award.records.flatMap(words), ...words(award.agency)]) {
    allowed.add(word);
    for (const expanded of words(EXPANSIONS[word] ?? '')) allowed.add(expanded);
  }
  return [...new Set(words(description).filter((word) => !allowed.has(word)))];
}

/**
 * Each company's largest awards as shipped: the records' wording left out, a reviewed description
 * added where there is one. Problems name the file, the award and what is wrong.
 */
export function describeLargestAwards(
  largest: Record<string, LargestAwardRecord[]>,
  reviewed: AwardDescriptions,
  where = 'data/award-descriptions.json',
): { awards: Record<string, LargestAward[]>; problems: string[] } {
  const problems: string[] = [];
  const found = new Set<string>();
  const awards = Object.fromEntries(
    Object.entries(largest).map(([company, list]) => [
      company,
      list.map(({ records, ...award }) => {
        const review = reviewed[award.id];
        if (!review) return award;
        found.add(award.id);
        if (review.company !== company) problems.push(`${where}: ${award.id}: company is "${review.company}", but the award is one of ${company}'s`);
        const extra = unsupportedWords(review.description, { records, agency: award.agency });
        if (extra.length) problems.push(`${where}: ${award.id}: description uses words its records do not: ${extra.join(', ')}`);
        if (/\b(illegal|aliens?)\b/i.test(review.description)) problems.push(`${where}: ${award.id}: description repeats a record's label for people: write "noncitizens"`);
        return { ...award, description: review.description };
      }),
    ]),
  );
  for (const id of Object.keys(reviewed)) {
    if (!found.has(id)) problems.push(`${where}: ${id}: not among any company's largest awards in data/imported/usaspending.json (re-imported? remove it or review the new largest)`);
  }
  return { awards, problems };
}
