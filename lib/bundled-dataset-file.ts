/** Where the build puts the bundled dataset in the extension (wxt.config.ts), and where the worker reads it. */
export const BUNDLED_DATASET_FILE = 'dataset.json';
