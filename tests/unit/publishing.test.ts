/**
 * The road from the data to installs (issue 30, N6, N10 and the key ceremony): the published dataset
 * is believed only when a pinned key signed it, a new version is one installs take, and the signing
 * step (plain Node, scripts/sign-dataset.mjs) refuses a key that builds do not pin.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_VERSION_STEP, verifySignature } from '@/lib/updates/dataset-update';
import { checkNextVersion, checkPublished } from '@/lib/updates/published';
import { buildDataset } from '@/scripts/build-dataset';
import { generateSigningKeys, signBytes } from '@/lib/updates/signing';
import type { Dataset } from '@/data/schema';

const before = buildDataset();
const bytesOf = (dataset: object) => new Uint8Array(Buffer.from(JSON.stringify(dataset)));
const PUBLISH = path.resolve('scripts/dataset-publish.ts');
const SIGN = path.resolve('scripts/sign-dataset.mjs');

/** A published dataset of `version` and its signature, in a fresh folder. */
function published(version: number, privateKey: string | null) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-publish-'));
  const file = path.join(dir, 'previous.json');
  const bytes = Buffer.from(JSON.stringify({ ...before, version }));
  writeFileSync(file, bytes);
  if (privateKey) writeFileSync(`${file}.sig`, signBytes(privateKey, bytes) + '\n');
  return { dir, file };
}

function publish(args: string[], key?: string) {
  const env = { ...process.env };
  delete env.DATASET_SIGNING_KEY;
  return spawnSync('npx', ['tsx', PUBLISH, ...args], { encoding: 'utf8', env: key ? { ...env, DATASET_SIGNING_KEY: key } : env });
}

describe('the published dataset', () => {
  const ours = generateSigningKeys();
  const theirs = generateSigningKeys();

  it('is believed only when a pinned key signed it', async () => {
    const bytes = bytesOf({ ...before, version: 7 });
    expect(await checkPublished(bytes, signBytes(ours.privateKey, bytes), [theirs.publicKey, ours.publicKey], 'x.json')).toEqual({ version: 7, key: ours.publicKey });
    await expect(checkPublished(bytes, signBytes(theirs.privateKey, bytes), [ours.publicKey], 'x.json')).rejects.toThrow(/x\.json: its signature does not verify with any pinned key/);
    await expect(checkPublished(bytes, 'not a signature', [ours.publicKey], 'x.json')).rejects.toThrow(/does not verify/);
  });

  it('the next version must be newer, and not a jump installs refuse', () => {
    expect(() => checkNextVersion(8, { version: 7, key: ours.publicKey })).not.toThrow();
    expect(() => checkNextVersion(7, { version: 7, key: ours.publicKey })).toThrow(/not above the published version 7/);
    expect(() => checkNextVersion(7 + MAX_VERSION_STEP + 1, { version: 7, key: ours.publicKey })).toThrow(/more than 1000 above the published version 7/);
  });

  it('dataset:publish --previous: one version above a published file it verified; a file signed by no known key, or unsigned, is refused', () => {
    const good = published(before.version + 41, ours.privateKey);
    const out = path.join(good.dir, 'site');
    expect(publish([out, '--previous', good.file], ours.privateKey).status).toBe(0);
    const next = JSON.parse(readFileSync(path.join(out, 'dataset.json'), 'utf8')) as Dataset;
    expect(next.version).toBe(before.version + 42);
    expect(next.contentHash).toBe(before.contentHash);

    const planted = published(1_000_000_000, theirs.privateKey);
    const refused = publish([path.join(planted.dir, 'site'), '--previous', planted.file], ours.privateKey);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('previous.json: its signature does not verify with any pinned key');

    const unsigned = published(before.version, null);
    expect(publish([path.join(unsigned.dir, 'site'), '--previous', unsigned.file, '--unsigned']).stderr).toContain('previous.json.sig: missing');
  }, 60_000);
});

describe('the signing job (scripts/sign-dataset.mjs, plain Node)', () => {
  /** A folder with data/update-source.json pinning `keys` and an unsigned site/dataset.json. */
  function project(keys: string[]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'contractlens-sign-'));
    mkdirSync(path.join(dir, 'data'));
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'data', 'update-source.json'), JSON.stringify({ url: 'https://contractlens.github.io/contractlens/dataset.json', publicKeys: keys }));
    writeFileSync(path.join(dir, 'site', 'dataset.json'), JSON.stringify(before));
    return dir;
  }
  const sign = (cwd: string, key: string) => spawnSync(process.execPath, [SIGN, 'site'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, DATASET_SIGNING_KEY: key } });

  it('signs with a pinned key, and the signature verifies as an install verifies it', async () => {
    const { privateKey, publicKey } = generateSigningKeys();
    const dir = project([publicKey]);
    const result = sign(dir, privateKey);
    expect(result.status).toBe(0);
    const bytes = new Uint8Array(readFileSync(path.join(dir, 'site', 'dataset.json')));
    expect(await verifySignature(publicKey, bytes, readFileSync(path.join(dir, 'site', 'dataset.json.sig'), 'utf8').trim())).toBe(true);
  });

  it('refuses a key the builds do not pin, and says how to fix it', () => {
    const pinned = generateSigningKeys();
    const other = generateSigningKeys();
    const dir = project([pinned.publicKey]);
    const result = sign(dir, other.privateKey);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The signing key's public key ${other.publicKey} is not pinned in data/update-source.json (pinned: ${pinned.publicKey})`);
    expect(result.stderr).toContain('docs/releasing.md');
    expect(() => readFileSync(path.join(dir, 'site', 'dataset.json.sig'))).toThrow();
  });

  it('needs nothing installed: it imports only node: modules', () => {
    const text = readFileSync(SIGN, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((name) => name!.startsWith('node:'))).toBe(true);
    expect(execFileSync(process.execPath, ['--check', SIGN]).toString()).toBe('');
  });
});
