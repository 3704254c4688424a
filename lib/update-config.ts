/**
 * Where updates come from, fixed at build time from DATASET_URL and DATASET_PUBLIC_KEY (see
 * wxt.config.ts). A build without both has no update channel and makes no network request at all.
 */
import type { UpdateConfig } from './dataset-update';

declare const __CONTRACTLENS_UPDATE__: UpdateConfig | null;

export const UPDATE_CONFIG: UpdateConfig | null = typeof __CONTRACTLENS_UPDATE__ === 'undefined' ? null : __CONTRACTLENS_UPDATE__;

/** Checks the build-time values; throws a message naming the variable at fault. */
export function readUpdateConfig(env: Record<string, string | undefined>): UpdateConfig | null {
  const url = env.DATASET_URL?.trim();
  const publicKey = env.DATASET_PUBLIC_KEY?.trim();
  if (!url && !publicKey) return null;
  if (!url || !publicKey) throw new Error('Set both DATASET_URL and DATASET_PUBLIC_KEY to enable dataset updates, or neither.');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATASET_URL is not a URL: ${url}`);
  }
  const testHost = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname.endsWith('.test');
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && testHost)) {
    throw new Error(`DATASET_URL must be https:// (plain http only for localhost or *.test hosts): ${url}`);
  }
  if (!/^[A-Za-z0-9+/]{43}=$/.test(publicKey)) {
    throw new Error('DATASET_PUBLIC_KEY must be the base64 of a raw 32-byte Ed25519 public key (see npm run dataset:keygen).');
  }
  return { url: parsed.href, publicKey };
}
