/**
 * `npm run data:diff -- <old dataset.json> <new dataset.json>`: what the new dataset changes, in
 * Markdown (lib/updates/dataset-diff.ts), so a reviewer sees the effect of a data change before it ships.
 * Either file may be a published dataset (`npm run dataset:publish`) or the build's
 * `data/generated/dataset.json`. Each is validated first; a bad file is named with its problem.
 */
import { readFileSync } from 'node:fs';
import { Dataset } from '../data/schema';
import { formatIssues } from '../lib/dataset';
import { diffDatasetFiles, formatDatasetDiff } from '../lib/updates/dataset-diff';

function read(file: string | undefined): Dataset {
  if (!file) {
    console.error('usage: npm run data:diff -- <old dataset.json> <new dataset.json>');
    process.exit(2);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    console.error(formatIssues(file, parsed.error).join('\n'));
    process.exit(1);
  }
  return parsed.data;
}

const [oldFile, newFile] = process.argv.slice(2);
const before = read(oldFile);
const after = read(newFile);
process.stdout.write(formatDatasetDiff(await diffDatasetFiles(before, after)));
