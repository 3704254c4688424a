/**
 * Where the build puts the bundled dataset in the extension (wxt.config.ts), and where the worker
 * reads it: the dataset's JSON, gzipped (data/generated/dataset.json.gz).
 */
export const BUNDLED_DATASET_FILE = 'dataset.json.gz';

/** The version and content hash of the dataset this build ships, pinned at build time (wxt.config.ts). */
export interface BundledMeta {
  version: number;
  contentHash?: string;
}

declare const __CONTRACTLENS_BUNDLED__: BundledMeta | undefined;
export const BUNDLED_META: BundledMeta | null = typeof __CONTRACTLENS_BUNDLED__ === 'undefined' ? null : __CONTRACTLENS_BUNDLED__;
