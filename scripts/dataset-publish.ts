/**
 * `npm run dataset:publish -- [out-dir] [--valid-days N] [--previous published.json] [--unsigned]`:
 * validates data/, writes a publishable `dataset.json` (version, generation time, expiry, SHA-256 of
 * the companies) and its detached signature `dataset.json.sig`, signed with DATASET_SIGNING_KEY from
 * the environment. The version is data/dataset-meta.json's, or with `--previous` (the dataset now
 * published, its signature beside it as `published.json.sig`) one above that one's, so every
 * publication is newer than the last, a renewal of the expiry included; the published file must
 * verify with a pinned key (data/update-source.json's, or the signing key's own) and the new version
 * must be one installs take (lib/updates/published.ts). `--unsigned` writes the file only: the data
 * workflow signs it in a job of its own (scripts/sign-dataset.mjs), away from every package.
 * Upload both files side by side to any static host; the project's data workflow
 * (.github/workflows/data.yml) does it for GitHub Pages. Past its expiry (default 90 days) installs
 * say the data has expired: publish again before then (the workflow does it every week).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDataset } from './build-dataset';
import { publicKeyOf, signBytes } from '../lib/updates/signing';
import { DatasetError } from '../lib/dataset';
import { nextPublishVersion } from '../lib/updates/dataset-update';
import { checkNextVersion, checkPublished } from '../lib/updates/published';
import { readUpdateConfig } from '../lib/updates/update-config';
import { Dataset } from '../data/schema';

const DEFAULT_VALID_DAYS = 90;

const args = process.argv.slice(2);
const unsignedAt = args.indexOf('--unsigned');
const unsigned = unsignedAt >= 0 && Boolean(args.splice(unsignedAt, 1));
const key = unsigned ? undefined : process.env.DATASET_SIGNING_KEY;
if (!unsigned && !key) {
  console.error('DATASET_SIGNING_KEY is not set: make a key pair with `npm run dataset:keygen` (or write the file --unsigned).');
  process.exit(1);
}
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
  const pinned = readUpdateConfig({}, JSON.parse(readFileSync('data/update-source.json', 'utf8')))?.publicKeys ?? [];
  const keys = key ? [...new Set([...pinned, publicKeyOf(key)])] : pinned;
  let published;
  if (previousFile) {
    const sigFile = `${previousFile}.sig`;
    if (!existsSync(sigFile)) throw new Error(`${sigFile}: missing; the published dataset's signature must be beside it (its version is not taken unsigned).`);
    published = await checkPublished(new Uint8Array(readFileSync(previousFile)), readFileSync(sigFile, 'utf8'), keys, previousFile);
  }
  const { companies, version: metaVersion, contentHash } = buildDataset();
  const version = nextPublishVersion(metaVersion, published);
  checkNextVersion(version, published);
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
  console.log(`dataset v${dataset.version} (${dataset.companies.length} companies, sha256 ${contentHash!.slice(0, 12)}…, expires ${dataset.expiresAt}) → ${outDir}`);
  if (key) {
    writeFileSync(path.join(outDir, 'dataset.json.sig'), signBytes(key, bytes) + '\n');
    console.log(`signed for public key ${publicKeyOf(key)}`);
  } else {
    console.log(`unsigned: node scripts/sign-dataset.mjs ${path.relative(process.cwd(), outDir) || '.'} signs it`);
  }
} catch (error) {
  console.error(error instanceof DatasetError || error instanceof Error ? error.message : error);
  process.exit(1);
}
