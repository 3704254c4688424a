/**
 * Which dataset is in use, and the index built from it. At worker start the stored update (if any)
 * is read once; the bundled dataset serves when nothing is stored, when the store is unreadable, or
 * when the bundled one is newer (after an extension update). An accepted update is written first and
 * swapped in after, so the last good dataset keeps serving on any failure.
 */
import { Dataset, type Dataset as DatasetT } from '@/data/schema';
import { buildCompanyIndex, type CompanyIndex } from '@/lib/company-index';
import { readStoredDataset, writeStoredDataset } from './dataset-store';

export interface ActiveDataset {
  dataset: DatasetT;
  index: CompanyIndex;
  etag: string | null;
  source: 'bundled' | 'update';
}

export function createDatasetService(bundledJson: unknown) {
  let active: Promise<ActiveDataset> | undefined;

  const load = async (): Promise<ActiveDataset> => {
    const bundled = Dataset.parse(bundledJson);
    const stored = await readStoredDataset();
    if (stored && stored.dataset.version > bundled.version) {
      return { dataset: stored.dataset, index: buildCompanyIndex(stored.dataset), etag: stored.etag, source: 'update' };
    }
    return { dataset: bundled, index: buildCompanyIndex(bundled), etag: null, source: 'bundled' };
  };

  return {
    get(): Promise<ActiveDataset> {
      return (active ??= load());
    },
    async accept(dataset: DatasetT, etag: string | null): Promise<ActiveDataset> {
      await writeStoredDataset({ dataset, etag, acceptedAt: new Date().toISOString() });
      const next: ActiveDataset = { dataset, index: buildCompanyIndex(dataset), etag, source: 'update' };
      active = Promise.resolve(next);
      return next;
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
