/**
 * The last accepted update, in IndexedDB. Dataset and metadata are one record written in one
 * transaction, so a worker stopped mid-write leaves either the old record or the new one, never a
 * mix. Reads validate again: storage is untrusted after an extension update or by hand.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { Dataset } from '@/data/schema';

export const StoredDataset = z.object({
  dataset: Dataset,
  etag: z.nullable(z.string()),
  acceptedAt: z.string(),
});
export type StoredDataset = z.infer<typeof StoredDataset>;

interface Schema extends DBSchema {
  datasets: { key: string; value: unknown };
}

const DB_NAME = 'contractlens';
const CURRENT = 'current';

let db: Promise<IDBPDatabase<Schema>> | undefined;
function open(): Promise<IDBPDatabase<Schema>> {
  db ??= openDB<Schema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('datasets');
    },
  });
  return db;
}

/** The stored dataset, or null when there is none or it is unreadable (the bundled one serves then). */
export async function readStoredDataset(): Promise<StoredDataset | null> {
  try {
    const parsed = StoredDataset.safeParse(await (await open()).get('datasets', CURRENT));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeStoredDataset(record: StoredDataset): Promise<void> {
  const tx = (await open()).transaction('datasets', 'readwrite');
  await Promise.all([tx.store.put(record, CURRENT), tx.done]);
}

/** For tests: forget the open connection (fake-indexeddb is reset between tests). */
export function resetDatasetStoreConnection(): void {
  db = undefined;
}
