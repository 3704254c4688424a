/**
 * Which dataset is in use, and the index built from it. At worker start the stored index (if any) is
 * read once: an update verified with the key this build pins and newer than the bundled dataset, or
 * the compact copy of the bundled dataset itself, kept there so that a waking worker reads a small
 * index rather than parsing the whole bundled file (5 MB) again. The bundled file is read, validated
 * and compacted when nothing usable is stored: first start, an extension update that ships other
 * data (its version and content hash are pinned at build time), an unreadable or incomplete store,
 * or data verified with a key this build no longer pins (deleted). The copy is then written for the
 * next start, off the path of the first answer. An accepted update is written first and swapped in
 * after, so the last good dataset keeps serving on any failure.
 */
import { Dataset } from '@/data/schema';
import type { BundledMeta } from '@/lib/bundled-dataset-file';
import { compactDataset, type CompactDataset } from '@/lib/compact-dataset';
import { indexCompactDataset, type CompanyIndex } from '@/lib/company-index';
import { keyFingerprint } from '@/lib/updates/dataset-update';
import { toDirectoryRows, type DirectoryRow } from '@/lib/directory/rows';
import { clearStoredDataset, readStoredCompany, readStoredDataset, readStoredRows, writeStoredDataset, type StoredDataset } from './dataset-store';

/** An active dataset made from a compact one in memory (the bundled one, or an update just accepted). */
function fromCompact(compact: CompactDataset, source: ActiveDataset['source']): ActiveDataset {
  return { index: indexCompactDataset(compact.index, (position) => compact.companies[position]), source, rows: async () => compact.rows };
}

/** Rows read from the store once, or made from the companies when none are stored. */
function storedRows(index: CompanyIndex): () => Promise<DirectoryRow[]> {
  let rows: Promise<DirectoryRow[]> | undefined;
  return () =>
    (rows ??= readStoredRows(index.match).then(
      async (stored) =>
        stored ?? toDirectoryRows((await Promise.all(index.match.ids.map((id) => index.getCompany(id)))).filter((c) => c !== undefined), index.generatedAt.slice(0, 10)),
    ));
}

export interface ActiveDataset {
  index: CompanyIndex;
  source: 'bundled' | 'update';
  /**
   * The directory's rows of this dataset (lib/directory/rows.ts), for extension pages: kept in
   * memory when the dataset was compacted here, else read from the store once; a dataset stored
   * without them has them made from its companies.
   */
  rows: () => Promise<DirectoryRow[]>;
}

/**
 * @param bundledSource The dataset shipped with the extension, or how to read it (the worker reads
 *   its file when it needs it; tests pass the data).
 * @param updateKeys The update channel's pinned public keys (base64: the current one, and the next
 *   during a rotation), or none in a build without one: only data verified with one of these very
 *   keys is served from storage.
 * @param bundledMeta The shipped dataset's version and content hash, known without reading it: with
 *   it, a stored copy of that very dataset serves without the file being read. Without it (tests),
 *   the bundled dataset is read at every start, as before.
 */
export function createDatasetService(bundledSource: unknown, updateKeys: readonly string[] = [], bundledMeta: BundledMeta | null = null) {
  let active: Promise<ActiveDataset> | undefined;
  let pinned: Promise<string[]> | undefined;
  const fingerprints = () => (pinned ??= Promise.all(updateKeys.map(keyFingerprint)));
  const readBundled = async (): Promise<Dataset> =>
    Dataset.parse(typeof bundledSource === 'function' ? await (bundledSource as () => Promise<unknown>)() : bundledSource);
  const fromStore = (stored: StoredDataset, source: ActiveDataset['source']): ActiveDataset | null => {
    try {
      const { ids } = stored.index;
      const index = indexCompactDataset(stored.index, (position) => readStoredCompany(position, ids[position]!));
      return { index, source, rows: storedRows(index) };
    } catch {
      // An inconsistent stored index: the bundled dataset serves, and the next check refetches.
      return null;
    }
  };

  const load = async (): Promise<ActiveDataset> => {
    let stored = await readStoredDataset();
    if (stored && stored.source !== 'bundled' && !(await fingerprints()).includes(stored.keyFingerprint)) {
      // Signed with a key this release no longer trusts (a rotated or withdrawn key): whatever its
      // version, it must not outrank the data this release ships or block later updates.
      await clearStoredDataset().catch(() => undefined);
      stored = null;
    }
    // The stored copy of the very dataset this build ships: nothing to read or validate again.
    if (stored?.source === 'bundled' && bundledMeta && stored.index.version === bundledMeta.version && stored.index.contentHash === bundledMeta.contentHash) {
      const served = fromStore(stored, 'bundled');
      if (served) return served;
    }
    const update = stored?.source !== 'bundled' ? stored : null;
    // The bundled version: pinned in the build, else (tests) read from the data itself.
    let bundled: Dataset | null = bundledMeta ? null : await readBundled();
    if (update && update.index.version > (bundledMeta ?? bundled!).version) {
      const served = fromStore(update, 'update');
      if (served) return served;
    }
    bundled ??= await readBundled();
    const compact = compactDataset(bundled);
    // Kept for the next worker start (only in builds that pin the bundled dataset's identity), after
    // this answer: a failed write costs only a slower next start.
    if (bundledMeta) void writeStoredDataset(compact, '', new Date().toISOString(), 'bundled').catch(() => undefined);
    return fromCompact(compact, 'bundled');
  };

  return {
    get(): Promise<ActiveDataset> {
      return (active ??= load());
    },
    /** `publicKey`: the pinned key the update was verified with, kept (as its fingerprint) with the data. */
    async accept(compact: CompactDataset, publicKey: string): Promise<ActiveDataset> {
      if (!updateKeys.includes(publicKey)) throw new Error('The update was not verified with a key this build pins.');
      await writeStoredDataset(compact, await keyFingerprint(publicKey), new Date().toISOString());
      // Served from memory until the worker stops; a restarted worker reads from the store.
      const next = fromCompact(compact, 'update');
      active = Promise.resolve(next);
      return next;
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
