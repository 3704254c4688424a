/**
 * The form the worker keeps a dataset in, in memory and in IndexedDB: a match index (listed hosts,
 * normalised names, job-board slugs, each with its company's position), and apart from it each
 * company's JSON text, which is read and parsed only when that company matches. A cold worker
 * therefore reads a few flat arrays and builds two typed-array tables (lib/key-table.ts) instead of
 * reading, parsing, validating and indexing every company: with 100,000 companies that is the
 * difference between seconds and a fraction of one (`npm run bench`).
 *
 * A compact dataset is only ever made here, from a dataset that passed the schema and the
 * cross-company checks (the build's, or an update's after its signature); a company's text is
 * validated again when it is parsed, since storage outlives the code that wrote it.
 */
import * as z from 'zod/mini';
import { getLatestFiscalYear } from './award-history';
import { Company, type Company as CompanyT, type Dataset } from '../data/schema';
import { HostIndex } from './hosts';
import { hashFrom, KeyTable } from './key-table';
import { pslFingerprint } from './psl-below';
import { collectNames } from './names';
import { toDirectoryRows, type DirectoryRow } from './directory/rows';

/** Bumped whenever the layout changes: a stored dataset of another format is ignored. */
export const COMPACT_FORMAT = 5;

const typedArray = <T extends Uint8Array | Int32Array | Uint32Array>(type: new (n: number) => T) => z.custom<T>((value) => value instanceof type);
// Checked by hand rather than element by element through zod: these arrays hold up to a million strings.
const strings = z.custom<string[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));

const StoredTable = z.object({ slots: typedArray(Int32Array), text: z.string(), size: z.number() });

// Name-table flags (lib/names.ts): AMBIGUOUS, OWN_PUBLIC_NAME.
export { AMBIGUOUS, OWN_PUBLIC_NAME } from './names';

/** What matching needs, without the companies' texts: the part a cold worker reads. */
export const MatchIndex = z.object({
  format: z.literal(COMPACT_FORMAT),
  version: z.number(),
  generatedAt: z.string(),
  /** The dataset's signed expiry (data/schema.ts): the popup says when the data in use is past it. */
  expiresAt: z.string(),
  contentHash: z.optional(z.string()),
  /**
   * The newest federal fiscal year the award records in the dataset cover (lib/award-history.ts): a
   * company whose money stopped earlier reads "no awards in the records since".
   */
  latestFiscalYear: z.optional(z.number()),
  /** Company ids, in the dataset's order; a company's position is its number everywhere below. */
  ids: strings,
  /** A hash of each company's text, to tell which companies an update changed. */
  digests: typedArray(Uint32Array),
  /** Listed hosts → company position (lib/key-table.ts), built once, stored as is. */
  hostTable: StoredTable,
  /** The Public Suffix List the host table's flags were computed with (lib/psl-below.ts). */
  pslFingerprint: z.string(),
  /** Normalised names (lib/names.ts) → company position; flags AMBIGUOUS and OWN_PUBLIC_NAME. */
  nameTable: StoredTable,
  /** `<board>:<slug>`. */
  boards: strings,
  boardOwners: typedArray(Uint32Array),
  /**
   * Joint-venture memberships as pairs (member position, venture position), so that a member's
   * panel can name its ventures without reading every company.
   */
  memberships: typedArray(Uint32Array),
});
export type MatchIndex = z.infer<typeof MatchIndex>;

export interface CompactDataset {
  index: MatchIndex;
  /** Each company's JSON text, by position. */
  companies: string[];
  /** The directory's row of each company, by position (lib/directory/rows.ts): read by extension pages only. */
  rows: DirectoryRow[];
}

export function compactDataset(dataset: Dataset): CompactDataset {
  const hosts: string[] = [];
  const hostOwners: number[] = [];
  const { names, owners, flags } = collectNames(dataset.companies);
  const boards: string[] = [];
  const boardOwners: number[] = [];
  const positions = new Map(dataset.companies.map((c, i) => [c.id, i] as const));
  const memberships: number[] = [];
  dataset.companies.forEach((company, i) => {
    for (const member of company.members ?? []) {
      const position = positions.get(member.company);
      if (position !== undefined) memberships.push(position, i);
    }
    for (const rule of company.hosts) {
      hosts.push(rule.host);
      hostOwners.push(i);
    }
    for (const ref of company.jobBoards ?? []) {
      boards.push(`${ref.board}:${ref.slug.toLowerCase()}`);
      boardOwners.push(i);
    }
  });
  const companies = dataset.companies.map((c) => JSON.stringify(c));
  const latestFiscalYear = getLatestFiscalYear(dataset.companies);
  const hostIndex = new HostIndex();
  hosts.forEach((host, i) => hostIndex.add(host, hostOwners[i]!));
  const hostTable = hostIndex.markPslStates();
  const nameTable = KeyTable.build(names, owners);
  names.forEach((name, i) => {
    if (flags[i]) nameTable.setFlags(nameTable.find(name), flags[i]!);
  });
  return {
    index: {
      format: COMPACT_FORMAT,
      version: dataset.version,
      generatedAt: dataset.generatedAt,
      expiresAt: dataset.expiresAt,
      ...(dataset.contentHash ? { contentHash: dataset.contentHash } : {}),
      ...(latestFiscalYear ? { latestFiscalYear } : {}),
      ids: dataset.companies.map((c) => c.id),
      digests: Uint32Array.from(companies, (text) => hashFrom(text)),
      hostTable: hostTable.toStored(),
      pslFingerprint: pslFingerprint(),
      nameTable: nameTable.toStored(),
      boards,
      boardOwners: Uint32Array.from(boardOwners),
      memberships: Uint32Array.from(memberships),
    },
    companies,
    rows: toDirectoryRows(dataset.companies, dataset.generatedAt.slice(0, 10)),
  };
}

/** One company from its JSON text, validated; null when the text is not a valid company. */
export function parseCompany(text: string): CompanyT | null {
  try {
    const parsed = Company.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Structural check of an index read back from storage (cheap: no company is parsed); the tables are
 * checked when they are opened (KeyTable.from).
 */
export function isConsistent(index: MatchIndex): boolean {
  const n = index.ids.length;
  return (
    index.digests.length === n &&
    index.boards.length === index.boardOwners.length &&
    index.boardOwners.every((o) => o < n) &&
    index.memberships.length % 2 === 0 &&
    index.memberships.every((p) => p < n)
  );
}
