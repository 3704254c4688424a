/**
 * Signs a dataset for publication: `node scripts/sign-dataset.mjs <dir>` writes `<dir>/dataset.json.sig`
 * (base64 Ed25519 over the file's exact bytes) with the private key in DATASET_SIGNING_KEY (base64
 * PKCS#8 DER, or PEM). Plain Node, no package: the data workflow's signing job runs it with the key
 * and nothing else installed, so no dependency's code ever runs next to the key.
 *
 * It refuses (exit 1, saying why and what to do) to sign with a key whose public half is not one that
 * data/update-source.json pins: installs would refuse the data, and the weekly renewal would let the
 * published data expire unnoticed. The same functions sign for `npm run dataset:publish`
 * (lib/updates/signing.ts re-exports them).
 */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function loadPrivateKey(privateKey) {
  const text = privateKey.trim();
  return text.startsWith('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
}

/** The base64 raw 32-byte public key (what builds pin) of a private key. */
export function publicKeyOf(privateKey) {
  // SPKI for Ed25519 is a fixed 12-byte prefix followed by the 32 raw key bytes.
  return createPublicKey(loadPrivateKey(privateKey)).export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');
}

/** base64 Ed25519 signature over the exact bytes. */
export function signBytes(privateKey, bytes) {
  return sign(null, bytes, loadPrivateKey(privateKey)).toString('base64');
}

/** Why this key must not sign for these pinned keys, or null when it may. */
export function unpinnedKeyProblem(privateKey, pinnedKeys, sourceFile = 'data/update-source.json') {
  const key = publicKeyOf(privateKey);
  if (pinnedKeys.includes(key)) return null;
  return [
    `The signing key's public key ${key} is not pinned in ${sourceFile} (pinned: ${pinnedKeys.join(', ') || 'none'}).`,
    'Installs would refuse data signed with it. Either set DATASET_SIGNING_KEY (the "dataset-signing"',
    "environment's secret) to the private key of a pinned key, or, for a new key, pin its public key in",
    `${sourceFile} and release a build with it first (docs/releasing.md, "The signing key").`,
  ].join('\n');
}

function main() {
  const dir = process.argv[2];
  const privateKey = process.env.DATASET_SIGNING_KEY;
  if (!dir) throw new Error('Usage: node scripts/sign-dataset.mjs <dir with dataset.json>');
  if (!privateKey) throw new Error('DATASET_SIGNING_KEY is not set: make a key pair with `npm run dataset:keygen` (docs/releasing.md).');
  const sourceFile = 'data/update-source.json';
  const pinned = JSON.parse(readFileSync(sourceFile, 'utf8')).publicKeys ?? [];
  const problem = unpinnedKeyProblem(privateKey, pinned, sourceFile);
  if (problem) throw new Error(problem);
  const file = path.join(dir, 'dataset.json');
  const bytes = readFileSync(file);
  const { version } = JSON.parse(bytes.toString('utf8'));
  if (!Number.isInteger(version) || version < 1) throw new Error(`${file}: "version" must be a whole number above 0`);
  writeFileSync(`${file}.sig`, signBytes(privateKey, bytes) + '\n');
  console.log(`${file} (version ${version}) signed with the pinned key ${publicKeyOf(privateKey)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
