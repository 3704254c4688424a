/**
 * Ed25519 keys and signatures for published datasets, in Node (publishing side and tests). The
 * private key travels as base64 PKCS#8 DER (the `DATASET_SIGNING_KEY` environment variable); the
 * public key as base64 of the raw 32 bytes, which is what the extension pins and WebCrypto imports.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';

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

function loadPrivateKey(privateKey: string) {
  const text = privateKey.trim();
  return text.startsWith('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
}

export function publicKeyOf(privateKey: string): string {
  return createPublicKey(loadPrivateKey(privateKey)).export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');
}

/** base64 Ed25519 signature over the exact bytes. */
export function signBytes(privateKey: string, bytes: Uint8Array): string {
  return sign(null, bytes, loadPrivateKey(privateKey)).toString('base64');
}
