/**
 * `npm run data:diff -- <old dataset.json> <new dataset.json>`: what the new dataset changes, in
 * Markdown (lib/updates/dataset-diff.ts), so a reviewer sees the effect of a data change before it ships.
 * Either file may be a published dataset (`npm run dataset:publish`) or the build's
 * `data/generated/dataset.json`. Each is validated first; a bad file is named with its problem.
 */
import { DatasetError } from '../lib/dataset';
import { diffDatasetFiles, formatDatasetDiff } from '../lib/updates/dataset-diff';
import { readDatasetFile } from './build-dataset';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  console.error('usage: npm run data:diff -- <old dataset.json> <new dataset.json>');
  process.exit(2);
}
try {
  process.stdout.write(formatDatasetDiff(await diffDatasetFiles(readDatasetFile(oldFile), readDatasetFile(newFile))));
} catch (error) {
  console.error(error instanceof DatasetError ? error.problems.join('\n') : error);
  process.exit(1);
}
