/**
 * USAspending award records → primary-source contract facts for dataset companies.
 *
 * Files are streamed record by record (see csv.ts), so memory stays bounded by the number of
 * distinct awards, not rows. Each row is normalised (formats.ts), filtered by awarding sub-agency,
 * mapped to a company through the curated recipient map (parent UEI, UEI, then normalised name), and
 * added to a per company × agency × fiscal year total with its awards. Unmapped recipients are totalled
 * for the curators' report. Every award, mapped or not, also keeps its money per year and the vendors
 * its descriptions say were bought, for the resales of those vendors' products (resold-facts.ts); a
 * year whose only money is a vehicle's minimum orders is said as a seat (minimum-orders.ts). Output
 * order is fixed, so a re-import is a reviewable diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import type { Contract, Involvement, LargestAward, NetDeobligation } from '../../data/schema';
import { classifyAward } from './involvement';
import { describeTermination, describeTerminations, resolveTermination, terminationEvent, type TerminationEvent } from './termination';
import { normalizeName } from '../../lib/names';
import { awardPage } from '../../lib/award-history';
import { readCsvFile } from './csv';
import { mayNameVendor, vendorsBought, type Vendor } from './resold-vendors';
import { minimumOrderOf } from './minimum-orders';
import { agencyCode, apiResultToRow, detectNativeFormat, presetFormat, PRESETS, type AwardRow, type RowError, type TabularFormat } from './formats';

export const RecipientMap = z.array(
  z.strictObject({
    company: z.string(),
    /** The company's display name, for `npm run data:new-companies` when it has no file yet. */
    name: z.optional(z.string().check(z.minLength(1))),
    /** Recipient names as USAspending spells them (matched after normalisation). */
    names: z._default(z.array(z.string()), []),
    ueis: z._default(z.array(z.string().check(z.regex(/^[A-Z0-9]{12}$/))), []),
    parentUeis: z._default(z.array(z.string().check(z.regex(/^[A-Z0-9]{12}$/))), []),
    /** Why these recipients are this company (a filing, a press release, the company's own name). */
    basis: z.string().check(z.minLength(1)),
  }),
);
export type RecipientMap = z.infer<typeof RecipientMap>;

export const AGENCY_LABELS: Record<string, string> = { '7012': 'ICE', '7014': 'CBP' };

export class ImportError extends Error {}

/** Runs a command-line script's work: an ImportError (bad input) is printed as one line, not a stack. */
export async function runCommand<T>(main: () => Promise<T>): Promise<T> {
  try {
    return await main();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

export interface FileReport {
  file: string;
  format: string;
  rows: number;
  kept: number;
  errors: RowError[];
  errorCount: number;
  /** Rows equal in every column to an earlier row of the same file, skipped (preset files only). */
  duplicates: number;
}

/**
 * What one file holds for one awarding agency: enough to check a claim that the producer cut the
 * slice short (a truncated slice has no negative amounts; see checkTruncatedSlices).
 */
export interface SliceStats {
  file: string;
  /** Awarding sub-agency code. */
  agency: string;
  rows: number;
  negative: number;
  /** Line of the first negative amount, for the error that names it. */
  firstNegativeLine?: number;
  fiscalYears: number[];
}

export interface AwardTotal {
  id: string;
  piid?: string;
  amount: number;
  /** The positive obligations of its records in the bucket's year (before any de-obligation). */
  obligatedInYear: number;
  description?: string;
  /** The distinct descriptions of its records (at most MAX_DESCRIPTIONS), for its category. */
  descriptions: string[];
  productOrService?: string;
  naics?: string;
  first: string;
  last: string;
  /** What its records say about a termination (scripts/usaspending/termination.ts). */
  terminations: TerminationEvent[];
}

export interface Bucket {
  company: string;
  agency: string;
  fiscalYear: number;
  total: number;
  /** The positive obligations only (every record above zero), for coverage of truncated slices. */
  positive: number;
  awards: Map<string, AwardTotal>;
  /** Recipient names as the records spell them, with their obligations. */
  recipients: Map<string, number>;
  /** The same, positive obligations only. */
  recipientsPositive: Map<string, number>;
  /** Obligations by what the awards buy (scripts/usaspending/involvement.ts), one category per award. */
  categories: Map<Involvement, number>;
}

export interface ImportResult {
  files: FileReport[];
  buckets: Bucket[];
  unmapped: Array<{ name: string; total: number; positive: number; rows: number }>;
  /** Per fiscal year, the last action date in the files' records (every agency and recipient). */
  lastActionDate: Map<number, string>;
  /** Per file and awarding agency, the counts a truncation check needs. */
  slices: SliceStats[];
  /**
   * `<agency code>|<fiscal year>` of the facts whose records lack de-obligations (set by
   * checkTruncatedSlices): their amounts are "before de-obligations".
   */
  truncated: Set<string>;
  /** Each award's one kind of work, from all its records (scripts/usaspending/involvement.ts). */
  awardKinds?: Map<string, Involvement>;
  /** Awards whose descriptions say a vendor's product was bought (scripts/usaspending/resold-vendors.ts). */
  resold: ResoldAward[];
}

/** An award whose descriptions name a vendor's product bought, with its money per fiscal year. */
export interface ResoldAward {
  id: string;
  piid?: string;
  /** The recipient (the reseller) as its first record spells it. */
  recipient: string;
  /** The dataset company the recipient maps to, if any. */
  company: string | null;
  agency: string;
  /** Net obligations per fiscal year. */
  byYear: Map<number, number>;
  /** Per vendor, the descriptions that say its product was bought (a few, in the order read). */
  bought: Map<Vendor, string[]>;
  /** How many of its records there are, and per vendor how many say its product was bought. */
  rows: number;
  boughtRows: Map<Vendor, number>;
  /** The vendors its base record (modification 0) says were bought, when the files hold that record. */
  base: Set<Vendor> | null;
}

/** US federal fiscal year: October to September, named after the year it ends in. */
export function fiscalYear(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 10 ? year + 1 : year;
}

function buildResolver(map: RecipientMap) {
  const byUei = new Map<string, string>();
  const byParentUei = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const entry of map) {
    for (const uei of entry.ueis) byUei.set(uei, entry.company);
    for (const uei of entry.parentUeis) byParentUei.set(uei, entry.company);
    for (const name of entry.names) byName.set(normalizeName(name), entry.company);
  }
  return (row: AwardRow): string | undefined =>
    (row.parentUei && byParentUei.get(row.parentUei)) ||
    (row.recipientUei && byUei.get(row.recipientUei)) ||
    (row.parentName && byName.get(normalizeName(row.parentName))) ||
    byName.get(normalizeName(row.recipientName));
}

const MAX_LISTED_ERRORS = 50;
const MAX_DESCRIPTIONS = 20;

/**
 * A copy of a string that does not keep the 1 MB chunk it was sliced from alive (V8 substrings
 * point into their parent): everything kept across rows goes through this.
 */
function detach(value: string): string;
function detach(value: string | undefined): string | undefined;
function detach(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (' ' + value).slice(1);
}

export async function importFiles(
  files: string[],
  options: { recipients: RecipientMap; agencies?: string[]; preset?: string },
): Promise<ImportResult> {
  if (options.preset !== undefined && !Object.hasOwn(PRESETS, options.preset)) {
    throw new ImportError(`--preset ${options.preset}: no such preset (known: ${Object.keys(PRESETS).join(', ')})`);
  }
  const preset = options.preset === undefined ? null : presetFormat(PRESETS[options.preset]!);
  const agencies = new Set(options.agencies ?? ['7012', '7014']);
  const resolve = buildResolver(options.recipients);
  const buckets = new Map<string, Bucket>();
  const unmapped = new Map<string, { name: string; total: number; positive: number; rows: number }>();
  const slices = new Map<string, SliceStats & { years: Set<number> }>();
  const seenAwards = new Set<string>();
  const reports: FileReport[] = [];
  const lastActionDate = new Map<number, string>();
  // Every award's money per year, mapped or not: a reseller is rarely a dataset company, and the
  // description naming the vendor may be on any one of its records.
  const ledgers = new Map<string, ResoldAward>();

  const add = (row: AwardRow, dedupe: boolean, file: string, line: number) => {
    const rowYear = fiscalYear(row.date);
    if ((lastActionDate.get(rowYear) ?? '') < row.date) lastActionDate.set(rowYear, detach(row.date));
    const sliceKey = `${file}|${row.agency}`;
    let slice = slices.get(sliceKey);
    if (!slice) slices.set(sliceKey, (slice = { file, agency: detach(row.agency), rows: 0, negative: 0, fiscalYears: [], years: new Set() }));
    slice.rows += 1;
    slice.years.add(rowYear);
    if (row.amount < 0) {
      slice.negative += 1;
      slice.firstNegativeLine ??= line;
    }
    const positive = row.amount > 0 ? row.amount : 0;
    if (!agencies.has(row.agency)) return false;
    if (dedupe) {
      if (seenAwards.has(row.awardId)) return false;
      seenAwards.add(detach(row.awardId));
    }
    const company = resolve(row);
    const fy = fiscalYear(row.date);
    let ledger = ledgers.get(row.awardId);
    if (!ledger) {
      ledger = { id: detach(row.awardId), piid: detach(row.piid), recipient: detach(row.recipientName), company: company ?? null, agency: detach(row.agency), byYear: new Map(), bought: new Map(), rows: 0, boughtRows: new Map(), base: null };
      ledgers.set(ledger.id, ledger);
    }
    ledger.byYear.set(fy, (ledger.byYear.get(fy) ?? 0) + row.amount);
    ledger.rows += 1;
    const bought = row.description && mayNameVendor(row.description) ? vendorsBought(row.description) : [];
    if (row.modification !== undefined && /^0+$/.test(row.modification)) ledger.base = new Set(bought);
    for (const vendor of bought) {
      const said = ledger.bought.get(vendor) ?? [];
      if (said.length < 3 && !said.includes(row.description!)) said.push(detach(row.description!));
      ledger.bought.set(vendor, said);
      ledger.boughtRows.set(vendor, (ledger.boughtRows.get(vendor) ?? 0) + 1);
    }
    if (!company) {
      const key = normalizeName(row.parentName ?? row.recipientName);
      const entry = unmapped.get(key) ?? { name: detach(row.parentName ?? row.recipientName), total: 0, positive: 0, rows: 0 };
      entry.total += row.amount;
      entry.positive += positive;
      entry.rows += 1;
      unmapped.set(key, entry);
      return true;
    }
    const key = `${company}|${row.agency}|${fy}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { company, agency: row.agency, fiscalYear: fy, total: 0, positive: 0, awards: new Map(), recipients: new Map(), recipientsPositive: new Map(), categories: new Map() }));
    bucket.total += row.amount;
    bucket.positive += positive;
    const recipientTotal = bucket.recipients.get(row.recipientName);
    const recipientName = recipientTotal === undefined ? detach(row.recipientName) : row.recipientName;
    bucket.recipients.set(recipientName, (recipientTotal ?? 0) + row.amount);
    bucket.recipientsPositive.set(recipientName, (bucket.recipientsPositive.get(recipientName) ?? 0) + positive);
    let award = bucket.awards.get(row.awardId);
    if (award) {
      award.amount += row.amount;
      award.obligatedInYear += positive;
      if (row.date < award.first) award.first = detach(row.date);
      if (row.date > award.last) award.last = detach(row.date);
      award.description ??= detach(row.description);
      award.productOrService ??= detach(row.productOrService);
      award.naics ??= detach(row.naics);
    } else {
      const id = detach(row.awardId);
      award = {
        id,
        piid: detach(row.piid),
        amount: row.amount,
        obligatedInYear: positive,
        description: detach(row.description),
        descriptions: [],
        productOrService: detach(row.productOrService),
        naics: detach(row.naics),
        first: detach(row.date),
        last: detach(row.date),
        terminations: [],
      };
      bucket.awards.set(id, award);
    }
    if (row.description && award.descriptions.length < MAX_DESCRIPTIONS && !award.descriptions.includes(row.description)) award.descriptions.push(detach(row.description));
    const termination = terminationEvent(row);
    if (termination) award.terminations.push({ ...termination, date: detach(termination.date) });
    return true;
  };

  for (const file of files) {
    const report: FileReport = { file, format: '', rows: 0, kept: 0, errors: [], errorCount: 0, duplicates: 0 };
    reports.push(report);
    const fail = (line: number, message: string) => {
      report.errorCount += 1;
      if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push({ line, message });
    };

    if (file.endsWith('.json')) {
      report.format = 'search API page';
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new ImportError(`${file}: not valid JSON (${(error as Error).message})`);
      }
      const results = (json as { results?: unknown }).results;
      if (!Array.isArray(results)) throw new ImportError(`${file}: no "results" array: not a spending_by_award or spending_by_transaction page`);
      results.forEach((result, i) => {
        report.rows += 1;
        const row = result && typeof result === 'object' ? apiResultToRow(result as Record<string, unknown>) : 'not an object';
        if (typeof row === 'string') fail(i + 1, `results[${i}]: ${row}`);
        else if (add(row, false, file, i + 1)) report.kept += 1;
      });
      continue;
    }

    let header: string[] | null = null;
    let format: TabularFormat | null = null;
    let index = new Map<string, number>();
    // Exact duplicate rows (every column equal), for files built from paged API results: a page
    // boundary on a non-unique sort key repeats rows (shared/data/more-awards/wrags81-…/PROVENANCE.md).
    // A 16-byte digest per row keeps the memory small; native bulk files are not checked (each of
    // their rows has its own transaction key, and they run to millions of rows).
    const seenRows = new Set<string>();
    for await (const record of readCsvFile(file)) {
      if (!header) {
        header = record.fields.map((h) => h.trim());
        format = preset ?? detectNativeFormat(header);
        if (!format) {
          throw new ImportError(
            `${file}: unknown columns: neither a Contracts_PrimeTransactions nor a Contracts_PrimeAwardSummaries file; use --preset for other files (${Object.keys(PRESETS).join(', ')})`,
          );
        }
        const missing = format.required.filter((column) => !header!.includes(column));
        if (missing.length) throw new ImportError(`${file}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (${format.name})`);
        index = new Map(header.map((h, i) => [h, i] as const));
        report.format = format.name;
        continue;
      }
      report.rows += 1;
      if (record.fields.length !== header.length) {
        fail(record.line, `expected ${header.length} fields, found ${record.fields.length}`);
        continue;
      }
      if (format!.dedupeRows) {
        const digest = createHash('md5').update(record.fields.join('\u0000')).digest('base64');
        if (seenRows.has(digest)) {
          report.duplicates += 1;
          continue;
        }
        seenRows.add(digest);
      }
      const row = format!.toRow((column) => {
        const i = index.get(column);
        return i === undefined ? undefined : record.fields[i];
      });
      if (typeof row === 'string') fail(record.line, row);
      else if (add(row, format!.dedupeAwards, file, record.line)) report.kept += 1;
    }
    if (!header) report.format = 'empty file';
  }

  // One kind of work per award, from all its records' descriptions in every fiscal year (a
  // modification's own wording, "EXTENDS THE PERIOD OF PERFORMANCE", says nothing of what the award
  // buys, and the year that says whom it serves may not be the year with the money).
  const texts = new Map<string, { descriptions: string[]; productOrService?: string; naics?: string }>();
  for (const bucket of buckets.values()) {
    for (const award of bucket.awards.values()) {
      const text = texts.get(award.id) ?? { descriptions: [] };
      for (const d of award.descriptions) if (!text.descriptions.includes(d)) text.descriptions.push(d);
      text.productOrService ??= award.productOrService;
      text.naics ??= award.naics;
      texts.set(award.id, text);
    }
  }
  const kinds = new Map([...texts].map(([id, text]) => [id, classifyAward(text)] as const));
  for (const bucket of buckets.values()) {
    for (const award of bucket.awards.values()) {
      const category = kinds.get(award.id)!;
      bucket.categories.set(category, (bucket.categories.get(category) ?? 0) + award.amount);
    }
  }
  const sortedBuckets = [...buckets.values()].sort(
    (a, b) => a.company.localeCompare(b.company) || a.agency.localeCompare(b.agency) || a.fiscalYear - b.fiscalYear,
  );
  const sortedUnmapped = [...unmapped.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const sliceList = [...slices.values()].map(({ years, ...slice }) => ({ ...slice, fiscalYears: [...years].sort() }));
  const resold = [...ledgers.values()].filter((l) => l.bought.size > 0).sort((a, b) => a.id.localeCompare(b.id));
  return { files: reports, buckets: sortedBuckets, unmapped: sortedUnmapped, lastActionDate, slices: sliceList, truncated: new Set(), awardKinds: kinds, resold };
}

/**
 * Award-record slices (one file, one awarding agency) that their producer cut short, named in
 * data/usaspending-inputs.json with the reason and where it is documented. The importer cannot see
 * a cut from the rows alone, so it is told; it checks what it can (a slice cut before its
 * de-obligations has none).
 */
export const TruncatedSlice = z.strictObject({
  /** The file's name (no folder), as in the PROVENANCE. */
  file: z.string().check(z.minLength(1)),
  /** The awarding agency: ICE, CBP, or a sub-agency code. */
  agency: z.string().check(z.minLength(1)),
  /** `before-deobligations`: every positive obligation is there, none of the negative ones. */
  basis: z.literal('before-deobligations'),
  reason: z.string().check(z.minLength(1)),
  /** Where the cut is documented (a PROVENANCE file). */
  provenance: z.string().check(z.minLength(1)),
});
export type TruncatedSlice = z.infer<typeof TruncatedSlice>;

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** The award files the bundled data is imported from (data/usaspending-inputs.json). */
export const UsaspendingInputs = z.strictObject({
  agencies: z.array(z.string().check(z.regex(/^\d{4}$/))),
  inputs: z.array(
    z.strictObject({
      /** Relative to the project's root (the files live in shared/, beside it: the project keeps no copies). */
      file: z.string().check(z.minLength(1)),
      preset: z.optional(z.string()),
      /** The one fiscal year the file holds (checked against its action dates). */
      fiscalYear: z.int(),
      /** When the producer fetched the records from USAspending (the file's commit date). */
      retrieved: IsoDate,
      provenance: z.string().check(z.minLength(1)),
      /**
       * The copy the records were read in: the file in its producer's public repository at the commit
       * read (https). Every award-record source cites it beside the award's own USAspending page.
       */
      copy: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'expected an https:// URL'))),
    }),
  ).check(z.minLength(1)),
  truncated: z.array(TruncatedSlice),
});
export type UsaspendingInputs = z.infer<typeof UsaspendingInputs>;

/** Reads and validates the inputs file; a bad file names its path and field. */
export function readInputs(file: string): UsaspendingInputs {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(`${file}: ${(error as Error).message}`);
  }
  const parsed = UsaspendingInputs.safeParse(json);
  if (!parsed.success) {
    throw new ImportError(parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

/**
 * Applies the list of truncated slices to an import: marks their agency × fiscal year as "before
 * de-obligations" (result.truncated), and fails when the data contradicts the list (a listed slice
 * with negative amounts is not cut before its de-obligations). Returns warnings for slices not
 * listed that look cut (several rows, none negative), for a curator to check against the PROVENANCE.
 * Listed slices of files not in this import are ignored.
 */
export function checkTruncatedSlices(result: ImportResult, truncated: TruncatedSlice[], listedIn = 'data/usaspending-inputs.json'): string[] {
  const listed = new Set<string>();
  for (const entry of truncated) {
    const agency = agencyCode(entry.agency);
    const slices = result.slices.filter((s) => path.basename(s.file) === entry.file && s.agency === agency);
    for (const slice of slices) {
      listed.add(`${slice.file}|${slice.agency}`);
      if (slice.negative > 0) {
        throw new ImportError(
          `${slice.file}: ${entry.agency} is listed in ${listedIn} as cut short before its de-obligations (${entry.provenance}), but has ${slice.negative} negative amount${slice.negative === 1 ? '' : 's'} (the first on line ${slice.firstNegativeLine}): the list and the data disagree; check the file against its PROVENANCE and correct the list`,
        );
      }
      for (const fy of slice.fiscalYears) result.truncated.add(`${agency}|${fy}`);
    }
  }
  const label = (code: string) => AGENCY_LABELS[code] ?? code;
  return result.slices
    .filter((s) => !listed.has(`${s.file}|${s.agency}`) && s.negative === 0 && s.rows >= 100)
    .map((s) => `warning: ${path.basename(s.file)}: ${label(s.agency)} has ${s.rows} rows and no negative amount (no de-obligations): cut short by its producer? If so, list it in ${listedIn}`);
}

/** Cents: sums of float amounts are kept to two decimals. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** "DELL FEDERAL SYSTEMS L.P" or "A, B and 2 more", largest first. */
function recipientsOf(bucket: Bucket): string {
  const names = [...bucket.recipients].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

export const usd = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A fact id's part: lower case, words joined by hyphens. */
export const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The end of a fiscal year, YYYY-09-30. */
export const fiscalYearEnd = (fy: number) => `${fy}-09-30`;

/**
 * The last date the records cover for a fiscal year still under way on the retrieval date (its
 * last action date in the files); undefined for a year that was over.
 */
export function recordsThrough(result: Pick<ImportResult, 'lastActionDate'>, fy: number, retrieved: string): string | undefined {
  if (retrieved > fiscalYearEnd(fy)) return undefined;
  return result.lastActionDate.get(fy);
}

/**
 * What a bucket's facts say of it: its fiscal year in words ("fiscal year 2026 (records through
 * 2026-08-20)"), the period, and the recipients with the company's name.
 */
function describeBucket(bucket: Bucket, result: Pick<ImportResult, 'lastActionDate'>, names: Map<string, string>, retrieved: string) {
  const through = recordsThrough(result, bucket.fiscalYear, retrieved);
  return {
    year: `fiscal year ${bucket.fiscalYear}${through ? ` (records through ${through})` : ''}`,
    period: { start: `${bucket.fiscalYear - 1}-10-01`, end: fiscalYearEnd(bucket.fiscalYear), ...(through ? { recordsThrough: through } : {}) },
    company: `${recipientsOf(bucket)} (${names.get(bucket.company) ?? bucket.company})`,
  };
}

/**
 * An award's source: its page on USAspending.gov (where anyone can check it) and, as `archivedUrl`,
 * the verbatim copy of USAspending's records the figures were read in. `seen` for an award record
 * means exactly that: read in the agency's own records, in that copy (data/README.md).
 */
function awardSource(award: AwardTotal, fy: number, retrieved: string, copy?: string) {
  const amount = round(award.amount);
  return {
    url: awardPage(award.id),
    // The records' description is procurement text in capitals, often a modification's: the award's
    // number, amount and dates identify it, and its page says the rest.
    title: `Award ${award.piid ?? award.id} (${amount < 0 ? '-' : ''}$${Math.abs(amount).toLocaleString('en-US')} in FY${fy}, actions ${award.first === award.last ? award.first : `${award.first} to ${award.last}`})`,
    publisher: 'USAspending.gov (federal award records)',
    date: retrieved,
    confidence: 'seen' as const,
    primary: true,
    ...(copy ? { archivedUrl: copy } : {}),
  };
}


/**
 * The contract facts for each company: one per agency and fiscal year with money obligated. A net
 * zero or negative year is not evidence of work for the agency: no fact (a negative one is a
 * `net-deobligation` entry, toNetDeobligations). An award that nets to zero or less in the year is
 * not counted among the year's awards.
 *
 * A year still under way says how far its records go (`period.recordsThrough`, and "(records through
 * …)" in the claim). Terminated awards: a total of one award that was terminated carries `status:
 * "terminated"` and `terminatedOn`; a total of several awards never does (only some of its money was
 * in terminated awards): its claim names the terminated awards, and each terminated award with money
 * obligated in the year gets a fact of its own (relation "direct", that award's obligations, counted
 * in the total too, as its claim says).
 */
export function toContractFacts(
  result: ImportResult,
  names: Map<string, string>,
  retrievedOn: string | ((fiscalYear: number) => string),
  topAwards = 3,
  copyOf: (fiscalYear: number) => string | undefined = () => undefined,
): Record<string, Contract[]> {
  const out: Record<string, Contract[]> = {};
  for (const bucket of result.buckets) {
    if (round(bucket.total) <= 0) continue;
    const agency = AGENCY_LABELS[bucket.agency] ?? bucket.agency;
    const retrieved = typeof retrievedOn === 'string' ? retrievedOn : retrievedOn(bucket.fiscalYear);
    // A slice cut before its de-obligations: the total is of positive obligations only (the net is
    // lower), and the claim, the amount and a note say so.
    const truncated = result.truncated.has(`${bucket.agency}|${bucket.fiscalYear}`);
    const before = truncated ? ' before de-obligations' : '';
    const basis = truncated ? { basis: 'before-deobligations' as const } : {};
    const note = truncated
      ? { note: `The ${agency} records of fiscal year ${bucket.fiscalYear} were cut short by the file's producer: they hold every positive obligation but none of the de-obligations (negative records), so the net amount is lower than this.` }
      : {};
    const awards = [...bucket.awards.values()].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
    const total = round(bucket.total);
    // An award that nets to nothing or less in the year is not one of the year's awards; one that was
    // obligated in the year and taken back in full within it (a cancelled order) is said. Only the
    // awards counted are cited: a $0 closeout is no evidence of the year's money.
    const counted = awards.filter((a) => round(a.amount) > 0);
    const top = counted.slice(0, topAwards);
    const withdrawn = awards.filter((a) => round(a.amount) <= 0 && a.obligatedInYear > 0).length;
    const { year, period, company } = describeBucket(bucket, result, names, retrieved);
    const terminated = awards
      .map((award) => ({ award, termination: resolveTermination(award.terminations) }))
      .filter((t): t is { award: AwardTotal; termination: TerminationEvent } => t.termination !== null);
    const single = awards.length === 1 ? terminated[0] : undefined;
    // "Of these" only when every terminated award is one of the awards counted.
    const amongCounted = terminated.every((t) => counted.includes(t.award));
    const ofTerminated = terminated.length
      ? `; ${single || !amongCounted ? '' : 'of these, '}${describeTerminations(terminated.map((t) => ({ award: t.award.piid ?? t.award.id, termination: t.termination })))}`
      : '';
    // A year whose only money is minimum orders for seats on multiple-award vehicles (minimum-orders.ts).
    const seats = counted.map((award) => minimumOrderOf(award));
    const vehicles = seats.every((seat) => seat !== null) && seats.length ? [...new Set(seats.map((seat) => seat!.vehicle))].join(' and ') : null;
    const fact: Contract = {
      id: `${bucket.company}-usaspending-${agency.toLowerCase()}-fy${bucket.fiscalYear}`,
      kind: 'contract',
      relation: 'spending-total',
      agency,
      claim: vehicles
        ? `Federal award records: ${agency} obligated ${usd(total)}${before} in ${year} to ${company} for the minimum obligation of ${counted.length === 1 ? 'its seat' : 'its seats'} on ${vehicles}. A minimum order is what holding a seat guarantees, not the size of any work under the vehicle; orders under it show here when the records have them.`
        : `Federal award records: ${agency} obligated ${usd(total)}${before} in ${year} to ${company}, across ${counted.length} award${counted.length === 1 ? '' : 's'}${withdrawn ? `; ${withdrawn === 1 ? 'one more was' : `${withdrawn} more were`} obligated and taken back in full within the year` : ''}${ofTerminated}.`,
      date: `${bucket.fiscalYear}`,
      ...note,
      period,
      amount: { usd: total, kind: 'obligated', ...basis },
      awardIds: top.map((a) => a.id),
      sources: top.map((award) => awardSource(award, bucket.fiscalYear, retrieved, copyOf(bucket.fiscalYear))),
      ref: `usaspending:${bucket.company}:${bucket.agency}:FY${bucket.fiscalYear}`,
      ...(single ? { status: 'terminated' as const, terminatedOn: single.termination.date } : {}),
      ...(vehicles ? { minimumOrder: { vehicle: vehicles } } : {}),
    };
    const facts = (out[bucket.company] ??= []);
    facts.push(fact);
    if (single) continue;
    const used = new Set<string>();
    for (const { award, termination } of terminated) {
      if (round(award.amount) <= 0) continue;
      const piid = award.piid ?? award.id;
      // Two awards can share a PIID (orders under different contracts): the award id keeps ids unique.
      const id = used.has(slug(piid)) ? slug(award.id) : slug(piid);
      used.add(id);
      facts.push({
        id: `${fact.id}-${id}`,
        kind: 'contract',
        relation: 'direct',
        agency,
        claim: `Federal award records: ${describeTermination(`${agency} award ${piid}`, termination)}; ${agency} obligated ${usd(round(award.amount))}${before} under it in ${year} to ${company}, counted in the ${agency} total for that year.`,
        date: termination.date,
        ...note,
        period,
        amount: { usd: round(award.amount), kind: 'obligated', ...basis },
        awardIds: [award.id],
        sources: [awardSource(award, bucket.fiscalYear, retrieved, copyOf(bucket.fiscalYear))],
        ref: `usaspending:${bucket.company}:${bucket.agency}:FY${bucket.fiscalYear}:${award.id}`,
        status: 'terminated',
        terminatedOn: termination.date,
      });
    }
  }
  return out;
}

/**
 * The years that net to money taken back, per company: one entry per agency and fiscal year whose
 * de-obligations of earlier awards exceed its obligations, never a contract. A slice cut before its
 * de-obligations has none, so it never nets below zero.
 */
export function toNetDeobligations(
  result: ImportResult,
  names: Map<string, string>,
  retrievedOn: string | ((fiscalYear: number) => string),
  copyOf: (fiscalYear: number) => string | undefined = () => undefined,
): Record<string, NetDeobligation[]> {
  const out: Record<string, NetDeobligation[]> = {};
  for (const bucket of result.buckets) {
    if (round(bucket.total) >= 0) continue;
    const retrieved = typeof retrievedOn === 'string' ? retrievedOn : retrievedOn(bucket.fiscalYear);
    (out[bucket.company] ??= []).push(netDeobligation(bucket, AGENCY_LABELS[bucket.agency] ?? bucket.agency, result, names, retrieved, copyOf(bucket.fiscalYear)));
  }
  return out;
}

/**
 * What data/imported/usaspending.json holds per company: its contract facts, then its years of money
 * taken back (the dataset build keeps those apart from the contracts).
 */
export function importedFacts(
  result: ImportResult,
  names: Map<string, string>,
  retrievedOn: string | ((fiscalYear: number) => string),
  copyOf: (fiscalYear: number) => string | undefined = () => undefined,
): Record<string, Array<Contract | NetDeobligation>> {
  const contracts = toContractFacts(result, names, retrievedOn, 3, copyOf);
  const takenBack = toNetDeobligations(result, names, retrievedOn, copyOf);
  return Object.fromEntries(
    [...new Set([...Object.keys(contracts), ...Object.keys(takenBack)])].sort().map((id) => [id, [...(contracts[id] ?? []), ...(takenBack[id] ?? [])]] as const),
  );
}

/** What the agency took back in the bucket's year, from which awards (the largest de-obligations first). */
function netDeobligation(bucket: Bucket, agency: string, result: ImportResult, names: Map<string, string>, retrieved: string, copy?: string): NetDeobligation {
  const takenBack = round(-bucket.total);
  const awards = [...bucket.awards.values()].filter((a) => round(a.amount) < 0).sort((a, b) => a.amount - b.amount || a.id.localeCompare(b.id));
  const { year, period, company } = describeBucket(bucket, result, names, retrieved);
  const top = awards.slice(0, 3);
  return {
    id: `${bucket.company}-usaspending-${agency.toLowerCase()}-fy${bucket.fiscalYear}-taken-back`,
    kind: 'net-deobligation',
    agency,
    claim: `Federal award records: in ${year}, ${agency} took back ${usd(takenBack)} more than it obligated to ${company}: de-obligations of money obligated earlier, on ${awards.length} award${awards.length === 1 ? '' : 's'}. This is money taken back, not a contract.`,
    date: `${bucket.fiscalYear}`,
    period,
    amount: { usd: takenBack, kind: 'deobligated' },
    awardIds: top.map((a) => a.id),
    sources: top.map((award) => awardSource(award, bucket.fiscalYear, retrieved, copy)),
    ref: `usaspending:${bucket.company}:${bucket.agency}:FY${bucket.fiscalYear}`,
  };
}

/**
 * A company's largest awards in the records: each award's net obligations summed over every fiscal
 * year and agency slice it appears in, the largest first, with its years, its one kind of work and
 * its records' own descriptions (for a curator's plain wording, data/award-descriptions.json; not
 * shipped). An award that nets to nothing or less is not among them. A slice cut before its
 * de-obligations makes the sum "before de-obligations".
 */
export function toLargestAwards(result: ImportResult, top = 3): Record<string, LargestAwardRecord[]> {
  const byCompany = new Map<string, Map<string, LargestAwardRecord>>();
  for (const bucket of result.buckets) {
    const truncated = result.truncated.has(`${bucket.agency}|${bucket.fiscalYear}`);
    const awards = byCompany.get(bucket.company) ?? new Map<string, LargestAwardRecord>();
    byCompany.set(bucket.company, awards);
    for (const award of bucket.awards.values()) {
      const seen = awards.get(award.id);
      const positive = round(award.amount) > 0;
      if (seen) {
        seen.usd += award.amount;
        if (positive) {
          seen.first = Math.min(seen.first, bucket.fiscalYear);
          seen.last = Math.max(seen.last, bucket.fiscalYear);
        }
        if (truncated) seen.basis = 'before-deobligations';
        for (const d of award.descriptions) if (seen.records.length < MAX_RECORD_WORDINGS && !seen.records.includes(d)) seen.records.push(d);
      } else {
        awards.set(award.id, {
          id: award.id,
          piid: award.piid ?? award.id,
          agency: AGENCY_LABELS[bucket.agency] ?? bucket.agency,
          usd: award.amount,
          // A year in which the award netted to nothing does not date it.
          first: positive ? bucket.fiscalYear : Infinity,
          last: positive ? bucket.fiscalYear : -Infinity,
          kind: result.awardKinds?.get(award.id) ?? 'professional-services',
          ...(truncated ? { basis: 'before-deobligations' as const } : {}),
          records: award.descriptions.slice(0, MAX_RECORD_WORDINGS),
        });
      }
    }
  }
  return Object.fromEntries(
    [...byCompany]
      .map(([company, awards]) => {
        const largest = [...awards.values()]
          .map((a) => ({ ...a, usd: round(a.usd) }))
          // A seat's minimum order is no award for work (minimum-orders.ts): never "$250 for detention".
          .filter((a) => a.usd > 0 && Number.isFinite(a.first) && !minimumOrderOf({ amount: a.usd, descriptions: a.records }))
          .sort((a, b) => b.usd - a.usd || a.id.localeCompare(b.id))
          .slice(0, top);
        return [company, largest] as const;
      })
      .filter(([, largest]) => largest.length > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** How many of an award's distinct descriptions are kept for the curator: the first ones name the work. */
const MAX_RECORD_WORDINGS = 6;

/** One of a company's largest awards as the importer writes it (data/schema.ts LargestAward, plus `records`). */
export type LargestAwardRecord = Omit<LargestAward, 'description'> & {
  /** The award's records' own descriptions, as written (for the curator; not shipped). */
  records: string[];
};

export function formatReport(result: ImportResult, limit = 40): string {
  const lines: string[] = [];
  for (const f of result.files) {
    lines.push(`${path.basename(f.file)}: ${f.format}, ${f.rows} rows, ${f.duplicates} exact duplicate${f.duplicates === 1 ? '' : 's'} skipped, ${f.kept} kept, ${f.errorCount} malformed`);
    for (const e of f.errors) lines.push(`  line ${e.line}: ${e.message}`);
    if (f.errorCount > f.errors.length) lines.push(`  … and ${f.errorCount - f.errors.length} more`);
  }
  lines.push('', 'Unmapped recipients by obligations (add the real companies to data/recipients.json):');
  for (const u of result.unmapped.slice(0, limit)) lines.push(`  ${u.total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).padStart(18)}  ${u.name} (${u.rows} rows)`);
  if (result.unmapped.length > limit) lines.push(`  … and ${result.unmapped.length - limit} more`);
  return lines.join('\n');
}

/**
 * Imports the files named in an inputs list (data/usaspending-inputs.json) together: checks that
 * each is there and holds only its fiscal year, applies the list of truncated slices, and gives each
 * fiscal year its file's retrieval date.
 */
export async function importInputs(
  inputs: UsaspendingInputs,
  recipients: RecipientMap,
  listedIn = 'data/usaspending-inputs.json',
): Promise<{ result: ImportResult; warnings: string[]; retrievedFor: (fiscalYear: number) => string; copyFor: (fiscalYear: number) => string | undefined }> {
  const missing = inputs.inputs.filter((i) => !existsSync(i.file)).map((i) => i.file);
  if (missing.length) {
    throw new ImportError(`${listedIn}: not found (the award files are read from shared/, beside the project; the project keeps no copies): ${missing.join(', ')}`);
  }
  const presets = new Set(inputs.inputs.map((i) => i.preset));
  if (presets.size > 1) throw new ImportError(`${listedIn}: inputs: every file must use the same preset (found ${[...presets].join(', ')})`);
  const years = new Map<number, string>();
  for (const input of inputs.inputs) {
    if (years.has(input.fiscalYear)) throw new ImportError(`${listedIn}: inputs: two files for fiscal year ${input.fiscalYear} (${years.get(input.fiscalYear)}, ${input.file})`);
    years.set(input.fiscalYear, input.file);
  }
  const result = await importFiles(inputs.inputs.map((i) => i.file), { recipients, agencies: inputs.agencies, preset: inputs.inputs[0]!.preset });
  for (const input of inputs.inputs) {
    const other = result.slices.filter((s) => s.file === input.file).flatMap((s) => s.fiscalYears).filter((fy) => fy !== input.fiscalYear);
    if (other.length) throw new ImportError(`${input.file}: has action dates in fiscal year ${[...new Set(other)].join(', ')}, but ${listedIn} says it holds fiscal year ${input.fiscalYear}`);
  }
  const warnings = checkTruncatedSlices(result, inputs.truncated, listedIn);
  const retrieved = new Map(inputs.inputs.map((i) => [i.fiscalYear, i.retrieved] as const));
  const retrievedFor = (fy: number) => {
    const date = retrieved.get(fy);
    if (!date) throw new ImportError(`${listedIn}: no file for fiscal year ${fy}`);
    return date;
  };
  const copies = new Map(inputs.inputs.map((i) => [i.fiscalYear, i.copy] as const));
  return { result, warnings, retrievedFor, copyFor: (fy) => copies.get(fy) };
}
