/**
 * `npm run dataset:publish -- [out-dir]`: validates data/, writes a publishable `dataset.json`
 * (version from data/dataset-meta.json, generation time, SHA-256 of the companies) and its detached
 * signature `dataset.json.sig`, signed with DATASET_SIGNING_KEY from the environment. Upload both
 * files side by side to any static host; see the README ("Publishing data updates").
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from './build-dataset';
import { publicKeyOf, signBytes } from '../lib/signing';
import { DatasetError } from '../lib/dataset';

const key = process.env.DATASET_SIGNING_KEY;
if (!key) {
  console.error('DATASET_SIGNING_KEY is not set: make a key pair with `npm run dataset:keygen`.');
  process.exit(1);
}
const outDir = path.resolve(process.argv[2] ?? 'dist-dataset');
try {
  const base = buildDataset();
  const contentHash = createHash('sha256').update(JSON.stringify(base.companies)).digest('hex');
  const dataset = { ...base, generatedAt: new Date().toISOString(), contentHash };
  const bytes = Buffer.from(JSON.stringify(dataset));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'dataset.json'), bytes);
  writeFileSync(path.join(outDir, 'dataset.json.sig'), signBytes(key, bytes) + '\n');
  console.log(`dataset v${dataset.version} (${dataset.companies.length} companies, sha256 ${contentHash.slice(0, 12)}…) → ${outDir}`);
  console.log(`signed for public key ${publicKeyOf(key)}`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
