/**
 * The directory's view of a dataset: one row per company with what people look a company up by
 * (its names, brands, sites, job boards, and the lookalikes it must not be confused with) and what
 * the directory lists (kinds of work, agencies, ICE and CBP obligations per fiscal year from the award
 * records, last reviewed). Rows are made from a dataset that passed every check, when it is compacted
 * (lib/compact-dataset.ts), and stored beside it, so the directory and the search read one small
 * record instead of parsing every company. No browser API.
 */
import * as z from 'zod/mini';
import { Involvement, type Company } from '../../data/schema';
import { getAwardHistory } from '../award-history';
import { getVerdict, isRecentYear } from '../verdict';
import { VerdictMessage } from '../verdict-schema';

const Text = z.string().check(z.minLength(1), z.maxLength(300));

export const DirectoryRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: Text,
  /** Legal names and aliases. */
  otherNames: z.array(Text),
  brands: z.array(Text),
  /**
   * Names that also mean other things: the company's ambiguous names, and brands that count only as
   * the brand of a product (`productWords`), each with the words that decide it, if any.
   */
  ambiguous: z.array(z.object({ name: Text, productWords: z.optional(z.array(Text)) })),
  hosts: z.array(Text),
  /** Job-board tenants, as `<board>:<slug>` (lib/job-boards.ts). */
  boards: z.array(Text),
  /** Lookalikes that are not this company, with the note saying why. */
  lookalikes: z.array(z.object({ name: Text, note: z.string().check(z.maxLength(600)) })),
  /** The owner's name, when a source says who owns the company. */
  parent: z.optional(z.string()),
  involvement: z.array(Involvement),
  /** The agencies the company's contracts name (award records included), as short tags (agencyTags). */
  agencies: z.array(Text),
  /**
   * Net obligations per federal fiscal year from the award records (ICE and CBP), oldest first:
   * below zero in a year the agencies took back more than they obligated.
   */
  years: z.array(z.object({ fiscalYear: z.int(), usd: z.number(), partial: z.boolean() })),
  lastReviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /**
   * The verdict as of the data's own date (rows are made once per dataset): a page showing it today
   * recomputes "current or past" from its `lastYear` (rowVerdict).
   */
  verdict: VerdictMessage,
});
export type DirectoryRow = z.infer<typeof DirectoryRow>;

export const DirectoryRows = z.array(DirectoryRow);

/**
 * The agencies an entry's `agency` text names, as the short tags the directory filters by: "DHS /
 * ICE" is DHS and ICE, "HHS Office of Refugee Resettlement (indirect)" is HHS ORR. Text that names
 * none of them is kept as written.
 */
export function agencyTags(agency: string): string[] {
  const tags = [
    [/\bICE\b/, 'ICE'],
    [/\bCBP\b/, 'CBP'],
    [/\bDHS\b/, 'DHS'],
    [/\bHHS\b|Refugee Resettlement/, 'HHS ORR'],
    [/Army Corps of Engineers/, 'USACE'],
    [/Department of Defense/, 'DoD'],
  ] as const;
  const found = tags.filter(([pattern]) => pattern.test(agency)).map(([, tag]) => tag);
  return found.length ? found : [agency];
}

export function toDirectoryRow(company: Company, names: ReadonlyMap<string, string>, dataDate: string): DirectoryRow {
  const history = getAwardHistory(company);
  const productBrands = (company.brands ?? []).filter((brand) => brand.productWords?.length);
  return {
    id: company.id,
    name: company.name,
    otherNames: [...new Set([...company.legalNames, ...company.aliases])].filter((name) => name !== company.name),
    brands: (company.brands ?? []).map((brand) => brand.name),
    ambiguous: [
      ...(company.ambiguousNames ?? []).map((name) => ({ name })),
      ...productBrands.map((brand) => ({ name: brand.name, productWords: brand.productWords! })),
    ],
    hosts: company.hosts.map((rule) => rule.host),
    boards: (company.jobBoards ?? []).map((board) => `${board.board}:${board.slug}`),
    lookalikes: (company.doNotConfuse ?? []).flatMap((other) =>
      [...new Set([other.name, ...(other.names ?? [])])].map((name) => ({ name, note: other.note })),
    ),
    ...(company.parent ? { parent: names.get(company.parent.company) ?? company.parent.company } : {}),
    involvement: company.involvement,
    agencies: [...new Set(company.contracts.flatMap((contract) => agencyTags(contract.agency)))],
    years: (history?.years ?? [])
      .map((year) => ({ fiscalYear: year.fiscalYear, usd: Math.round((year.usd - year.takenBack.reduce((n, taken) => n + taken.usd, 0)) * 100) / 100, partial: year.partial }))
      .sort((a, b) => a.fiscalYear - b.fiscalYear),
    lastReviewed: company.lastReviewed,
    verdict: getVerdict(company, dataDate),
  };
}

/** A row's verdict as of `today`: current or past counts from today, not from the data's date. */
export function rowVerdict(row: Pick<DirectoryRow, 'verdict'>, today: string): DirectoryRow['verdict'] {
  const { lastYear } = row.verdict;
  return { ...row.verdict, recent: lastYear !== undefined && isRecentYear(lastYear, today) };
}

/** Rows of a dataset; `dataDate` (YYYY-MM-DD, the dataset's generation date) dates the verdicts. */
export function toDirectoryRows(companies: readonly Company[], dataDate: string): DirectoryRow[] {
  const names = new Map(companies.map((company) => [company.id, company.name] as const));
  return companies.map((company) => toDirectoryRow(company, names, dataDate));
}
