/**
 * The last accepted update, in IndexedDB, in its compact form (lib/compact-dataset.ts): the match
 * index in one record, which a cold worker reads, and each company's text in a store of its own,
 * read when that company matches. Both are written in one transaction, so a worker stopped
 * mid-write leaves either the old dataset or the new one, never a mix. Reads check the index's shape
 * and consistency (storage outlives the code that wrote it); each company is validated again when
 * it is first parsed, and must carry the id the index expects.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { isConsistent, MatchIndex, type CompactDataset } from '@/lib/compact-dataset';

export const StoredDataset = z.object({
  index: MatchIndex,
  etag: z.nullable(z.string()),
  acceptedAt: z.string(),
});
export type StoredDataset = z.infer<typeof StoredDataset>;

interface Schema extends DBSchema {
  datasets: { key: string; value: unknown };
  companies: { key: number; value: string };
}

const DB_NAME = 'contractlens';
const CURRENT = 'current';

let db: Promise<IDBPDatabase<Schema>> | undefined;
function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 2, {
    upgrade(database, oldVersion) {
      // Version 1 kept the whole dataset in one record, which version 2 no longer reads.
      if (oldVersion >= 1) database.deleteObjectStore('datasets');
      database.createObjectStore('datasets');
      database.createObjectStore('companies');
    },
  });
  return db;
}

/** The stored index, or null when there is none or it is unreadable (the bundled dataset serves then). */
export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const parsed = StoredDataset.safeParse(await (await open()).get('datasets', CURRENT));
    return parsed.success && isConsistent(parsed.data.index) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One company's text of the stored dataset, by position. */
export async function readStoredCompany(position: number): Promise<string | undefined> {
  try {
    const text = await (await open()).get('companies', position);
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

export async function writeStoredDataset(compact: CompactDataset, etag: string | null, acceptedAt: string): Promise<void> {
  const tx = (await open()).transaction(['datasets', 'companies'], 'readwrite');
  const companies = tx.objectStore('companies');
  await Promise.all([
    companies.clear(),
    ...compact.companies.map((text, position) => companies.put(text, position)),
    tx.objectStore('datasets').put({ index: compact.index, etag, acceptedAt } satisfies StoredDataset, CURRENT),
    tx.done,
  ]);
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetDatasetStoreConnection(): void {
  db = undefined;
}
