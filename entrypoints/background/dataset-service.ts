/**
 * Which dataset is in use, and the index built from it. At worker start the stored update's index
 * (if any) is read once; the bundled dataset serves when nothing is stored, when the store is
 * unreadable or incomplete, when the stored data was verified with a key this build no longer pins
 * (it is then deleted), or when the bundled one is newer (after an extension update). An accepted
 * update is written first and swapped in after, so the last good dataset keeps serving on any failure.
 */
import { Dataset } from '@/data/schema';
import { compactDataset, type CompactDataset } from '@/lib/compact-dataset';
import { indexCompactDataset, type CompanyIndex } from '@/lib/company-index';
import { keyFingerprint } from '@/lib/dataset-update';
import { clearStoredDataset, readStoredCompany, readStoredDataset, writeStoredDataset } from './dataset-store';

export interface ActiveDataset {
  index: CompanyIndex;
  source: 'bundled' | 'update';
}

/**
 * @param bundledSource The dataset shipped with the extension, or how to read it (the worker reads
 *   its file when it first needs it; tests pass the data).
 * @param updateKey The update channel's pinned public key (base64), or null in a build without one:
 *   only data verified with that very key is served from storage.
 */
export function createDatasetService(bundledSource: unknown, updateKey: string | null = null) {
  let active: Promise<ActiveDataset> | undefined;
  let pinned: Promise<string | null> | undefined;
  const fingerprint = () => (pinned ??= updateKey ? keyFingerprint(updateKey) : Promise.resolve(null));

  const load = async (): Promise<ActiveDataset> => {
    const bundled = Dataset.parse(typeof bundledSource === 'function' ? await (bundledSource as () => Promise<unknown>)() : bundledSource);
    const stored = await readStoredDataset();
    if (stored && stored.keyFingerprint !== (await fingerprint())) {
      // Signed with a key this release no longer trusts (a rotated or withdrawn key): whatever its
      // version, it must not outrank the data this release ships or block later updates.
      await clearStoredDataset().catch(() => undefined);
    } else if (stored && stored.index.version > bundled.version) {
      try {
        const { ids } = stored.index;
        return { index: indexCompactDataset(stored.index, (position) => readStoredCompany(position, ids[position]!)), source: 'update' };
      } catch {
        // An inconsistent stored index: the bundled dataset serves, and the next check refetches.
      }
    }
    const compact = compactDataset(bundled);
    return { index: indexCompactDataset(compact.index, (position) => compact.companies[position]), source: 'bundled' };
  };

  return {
    get(): Promise<ActiveDataset> {
      return (active ??= load());
    },
    async accept(compact: CompactDataset): Promise<ActiveDataset> {
      const key = await fingerprint();
      if (!key) throw new Error('No update key is pinned in this build.');
      await writeStoredDataset(compact, key, new Date().toISOString());
      // Served from memory until the worker stops; a restarted worker reads from the store.
      const next: ActiveDataset = { index: indexCompactDataset(compact.index, (position) => compact.companies[position]), source: 'update' };
      active = Promise.resolve(next);
      return next;
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
