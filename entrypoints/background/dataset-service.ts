/**
 * Which dataset is in use, and the index built from it. At worker start the stored update's index
 * (if any) is read once; the bundled dataset serves when nothing is stored, when the store is
 * unreadable, or when the bundled one is newer (after an extension update). An accepted update is
 * written first and swapped in after, so the last good dataset keeps serving on any failure.
 */
import { Dataset } from '@/data/schema';
import { compactDataset, type CompactDataset } from '@/lib/compact-dataset';
import { indexCompactDataset, type CompanyIndex } from '@/lib/company-index';
import { readStoredCompany, readStoredDataset, writeStoredDataset } from './dataset-store';

export interface ActiveDataset {
  index: CompanyIndex;
  etag: string | null;
  source: 'bundled' | 'update';
}

export function createDatasetService(bundledJson: unknown) {
  let active: Promise<ActiveDataset> | undefined;

  const load = async (): Promise<ActiveDataset> => {
    const bundled = Dataset.parse(bundledJson);
    const stored = await readStoredDataset();
    if (stored && stored.index.version > bundled.version) {
      try {
        return { index: indexCompactDataset(stored.index, readStoredCompany), etag: stored.etag, source: 'update' };
      } catch {
        // An inconsistent stored index: the bundled dataset serves, and the next check refetches.
      }
    }
    const compact = compactDataset(bundled);
    return { index: indexCompactDataset(compact.index, (position) => compact.companies[position]), etag: null, source: 'bundled' };
  };

  return {
    get(): Promise<ActiveDataset> {
      return (active ??= load());
    },
    async accept(compact: CompactDataset, etag: string | null): Promise<ActiveDataset> {
      await writeStoredDataset(compact, etag, new Date().toISOString());
      // Served from memory until the worker stops; a restarted worker reads from the store.
      const next: ActiveDataset = { index: indexCompactDataset(compact.index, (position) => compact.companies[position]), etag, source: 'update' };
      active = Promise.resolve(next);
      return next;
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
