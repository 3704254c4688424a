/**
 * Ed25519 keys and signatures for published datasets, in Node (publishing side and tests). The
 * private key travels as base64 PKCS#8 DER (the `DATASET_SIGNING_KEY` environment variable); the
 * public key as base64 of the raw 32 bytes, which is what the extension pins and WebCrypto imports.
 */
import { generateKeyPairSync } from 'node:crypto';

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

export function generateSigningKeys(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    // SPKI for Ed25519 is a fixed 12-byte prefix followed by the 32 raw key bytes.
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64'),
  };
}

// Signing itself is plain Node in scripts/sign-dataset.mjs, which the data workflow's signing job runs
// with nothing installed; the publishing script and the tests use the same functions.
export { publicKeyOf, signBytes } from '../../scripts/sign-dataset.mjs';
