/**
 * `npm run dataset:publish -- [out-dir] [--valid-days N] [--previous published.json]`: validates
 * data/, writes a publishable `dataset.json` (version, generation time, expiry, SHA-256 of the
 * companies) and its detached signature `dataset.json.sig`, signed with DATASET_SIGNING_KEY from the
 * environment. The version is data/dataset-meta.json's, or with `--previous` (the dataset now
 * published) one above that one's, so every publication is newer than the last, a renewal of the
 * expiry included. Upload both files side by side to any static host; the project's data workflow
 * (.github/workflows/data.yml) does it for GitHub Pages. Past its expiry (default 90 days) installs
 * say the data has expired: publish again before then (the workflow does it every week).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset, readDatasetFile } from './build-dataset';
import { publicKeyOf, signBytes } from '../lib/updates/signing';
import { DatasetError } from '../lib/dataset';
import { nextPublishVersion } from '../lib/updates/dataset-update';
import { Dataset } from '../data/schema';

const DEFAULT_VALID_DAYS = 90;

const key = process.env.DATASET_SIGNING_KEY;
if (!key) {
  console.error('DATASET_SIGNING_KEY is not set: make a key pair with `npm run dataset:keygen`.');
  process.exit(1);
}
const args = process.argv.slice(2);
const daysAt = args.indexOf('--valid-days');
const validDays = daysAt >= 0 ? Number(args.splice(daysAt, 2)[1]) : DEFAULT_VALID_DAYS;
if (!Number.isInteger(validDays) || validDays < 1 || validDays > 366) {
  console.error('--valid-days must be a whole number of days from 1 to 366.');
  process.exit(1);
}
const previousAt = args.indexOf('--previous');
const previousFile = previousAt >= 0 ? args.splice(previousAt, 2)[1] : undefined;
const outDir = path.resolve(args[0] ?? 'dist-dataset');
try {
  const previous = previousFile ? readDatasetFile(previousFile) : undefined;
  const { companies, version: metaVersion, contentHash } = buildDataset();
  const version = nextPublishVersion(metaVersion, previous);
  const now = Date.now();
  const dataset = Dataset.parse({
    version,
    generatedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + validDays * 86_400_000).toISOString(),
    contentHash,
    companies,
  });
  const bytes = Buffer.from(JSON.stringify(dataset));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'dataset.json'), bytes);
  writeFileSync(path.join(outDir, 'dataset.json.sig'), signBytes(key, bytes) + '\n');
  console.log(`dataset v${dataset.version} (${dataset.companies.length} companies, sha256 ${contentHash!.slice(0, 12)}…, expires ${dataset.expiresAt}) → ${outDir}`);
  console.log(`signed for public key ${publicKeyOf(key)}`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
