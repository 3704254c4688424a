/**
 * The last accepted update, in IndexedDB, in its compact form (lib/compact-dataset.ts): the match
 * index in one record, which a cold worker reads, and each company's text in a store of its own,
 * read when that company matches. Both are written in one transaction, aborted on any error (also
 * one thrown synchronously half-way through), so a failed or interrupted write leaves the old
 * dataset or the new one, never a mix.
 *
 * Reads trust nothing (storage outlives the code that wrote it): the index's shape and consistency
 * are checked, and the companies store must hold exactly the index's companies. Each company is
 * keyed by [position, id], so that check reads only keys (cheap even at 100k companies), and a
 * company is only ever read under the id the index expects; its text is validated again when it is
 * first parsed. Anything else: no stored dataset, and the bundled one serves.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { isConsistent, MatchIndex, type CompactDataset } from '@/lib/compact-dataset';
import { DirectoryRows, type DirectoryRow } from '@/lib/directory/rows';

export const StoredDataset = z.object({
  index: MatchIndex,
  /**
   * SHA-256 of the public key the data was verified with (lib/updates/dataset-update.ts keyFingerprint): a
   * release that pins another key drops data signed with the old one.
   */
  keyFingerprint: z.string(),
  acceptedAt: z.string(),
  /**
   * 'bundled': the compact copy of the dataset the extension ships, kept so that a waking worker
   * reads its small index instead of parsing the whole file (no key: it came with the code). Absent
   * on updates, and on records written before the copy was kept.
   */
  source: z.optional(z.literal('bundled')),
});
export type StoredDataset = z.infer<typeof StoredDataset>;

type CompanyKey = [position: number, id: string];

interface Schema extends DBSchema {
  datasets: { key: string; value: unknown };
  companies: { key: CompanyKey; value: string };
}

const DB_NAME = 'contractlens';
const CURRENT = 'current';
/** The directory's rows of the current dataset, apart from its index: a cold worker never reads them. */
const DIRECTORY = 'directory';

const StoredRows = z.object({ version: z.number(), contentHash: z.optional(z.string()), rows: DirectoryRows });

let db: Promise<IDBPDatabase<Schema>> | undefined;
function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 3, {
    upgrade(database) {
      // Version 1 kept the whole dataset in one record; version 2 keyed companies by position alone
      // and stored the server's ETag instead of the key's fingerprint. Earlier data is dropped: the
      // bundled dataset serves until the next check.
      for (const name of Array.from(database.objectStoreNames)) database.deleteObjectStore(name);
      database.createObjectStore('datasets');
      database.createObjectStore('companies');
    },
  });
  return db;
}

/** True when the companies store holds exactly one text per company of the index, under its id. */
async function companiesMatch(database: IDBPDatabase<Schema>, index: MatchIndex): Promise<boolean> {
  const keys = await database.getAllKeys('companies');
  return keys.length === index.ids.length && keys.every(([position, id], i) => position === i && id === index.ids[i]);
}

/** The stored index, or null when there is none or it is unreadable (the bundled dataset serves then). */
export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const database = await open();
    const parsed = StoredDataset.safeParse(await database.get('datasets', CURRENT));
    if (!parsed.success || !isConsistent(parsed.data.index)) return null;
    return (await companiesMatch(database, parsed.data.index)) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One company's text of the stored dataset, by position and the id the index gives it. */
export async function readStoredCompany(position: number, id: string): Promise<string | undefined> {
  try {
    const text = await (await open()).get('companies', [position, id]);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The directory's rows stored with the dataset of this version and content hash; null when there are
 * none (a dataset stored before rows were kept) or they are of another dataset or unreadable.
 */
export async function readStoredRows(index: Pick<MatchIndex, 'version' | 'contentHash'>): Promise<DirectoryRow[] | null> {
  try {
    const parsed = StoredRows.safeParse(await (await open()).get('datasets', DIRECTORY));
    return parsed.success && parsed.data.version === index.version && parsed.data.contentHash === index.contentHash ? parsed.data.rows : null;
  } catch {
    return null;
  }
}

export async function writeStoredDataset(compact: CompactDataset, keyFingerprint: string, acceptedAt: string, source?: 'bundled'): Promise<void> {
  const tx = (await open()).transaction(['datasets', 'companies'], 'readwrite');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    const companies = tx.objectStore('companies');
    pending.push(companies.clear());
    compact.companies.forEach((text, position) => pending.push(companies.put(text, [position, compact.index.ids[position]!])));
    pending.push(tx.objectStore('datasets').put({ index: compact.index, keyFingerprint, acceptedAt, ...(source ? { source } : {}) } satisfies StoredDataset, CURRENT));
    const { version, contentHash } = compact.index;
    pending.push(tx.objectStore('datasets').put({ version, ...(contentHash ? { contentHash } : {}), rows: compact.rows } satisfies z.infer<typeof StoredRows>, DIRECTORY));
    await Promise.all(pending);
  } catch (error) {
    // Without this, the requests made before a synchronous throw would still commit: a cleared
    // store with part of the new companies under the old index.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await Promise.allSettled(pending);
    throw error;
  }
}

/** Forgets the stored dataset (data signed with a key no longer pinned). */
export async function clearStoredDataset(): Promise<void> {
  const tx = (await open()).transaction(['datasets', 'companies'], 'readwrite');
  await Promise.all([tx.objectStore('datasets').clear(), tx.objectStore('companies').clear(), tx.done]);
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetDatasetStoreConnection(): void {
  db = undefined;
}
