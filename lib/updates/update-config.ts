/**
 * Where updates come from, fixed at build time (wxt.config.ts). By default the project's own update
 * source, `data/update-source.json`: the published dataset's address (the project's GitHub Pages) and
 * the Ed25519 public keys it may be signed with, the current one first and, during a key rotation,
 * the next one. DATASET_URL and DATASET_PUBLIC_KEY (keys separated by commas) replace it, both or
 * neither; CONTRACTLENS_UPDATES=off builds without any update source (offline builds, the test
 * builds), which then makes no network request at all.
 */
import type { UpdateConfig } from './dataset-update';

declare const __CONTRACTLENS_UPDATE__: UpdateConfig | null;

export const UPDATE_CONFIG: UpdateConfig | null = typeof __CONTRACTLENS_UPDATE__ === 'undefined' ? null : __CONTRACTLENS_UPDATE__;

/** At most this many keys are trusted at once: the current one and the next (a rotation). */
export const MAX_PUBLIC_KEYS = 2;

function checkConfig(url: string, publicKeys: string[], where: { url: string; keys: string }): UpdateConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${where.url} is not a URL: ${url}`);
  }
  const testHost = parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1' || parsed.hostname.endsWith('.test');
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && testHost)) {
    throw new Error(`${where.url} must be https:// (plain http only for localhost or *.test hosts): ${url}`);
  }
  if (publicKeys.length < 1 || publicKeys.length > MAX_PUBLIC_KEYS) {
    throw new Error(`${where.keys} must list 1 or ${MAX_PUBLIC_KEYS} public keys (the current one, and the next during a rotation).`);
  }
  publicKeys.forEach((key, i) => {
    if (!/^[A-Za-z0-9+/]{43}=$/.test(key)) {
      throw new Error(`${where.keys}[${i}] must be the base64 of a raw 32-byte Ed25519 public key (see npm run dataset:keygen).`);
    }
  });
  if (new Set(publicKeys).size !== publicKeys.length) throw new Error(`${where.keys} lists the same key twice.`);
  return { url: parsed.href, publicKeys };
}

/**
 * The build's update source from the environment and the project's file (its parsed JSON, or
 * undefined when absent); throws a message naming the variable or field at fault.
 */
export function readUpdateConfig(env: Record<string, string | undefined>, file?: unknown): UpdateConfig | null {
  const switchValue = env.CONTRACTLENS_UPDATES?.trim();
  if (switchValue && switchValue !== 'off' && switchValue !== 'on') throw new Error(`CONTRACTLENS_UPDATES must be "off" or "on", not "${switchValue}".`);
  if (switchValue === 'off') return null;
  const url = env.DATASET_URL?.trim();
  const publicKey = env.DATASET_PUBLIC_KEY?.trim();
  if (url || publicKey) {
    if (!url || !publicKey) throw new Error('Set both DATASET_URL and DATASET_PUBLIC_KEY to use another update source, or neither.');
    return checkConfig(url, publicKey.split(',').map((k) => k.trim()).filter(Boolean), { url: 'DATASET_URL', keys: 'DATASET_PUBLIC_KEY' });
  }
  if (file === undefined) return null;
  const source = file as { url?: unknown; publicKeys?: unknown };
  const where = { url: 'data/update-source.json: url', keys: 'data/update-source.json: publicKeys' };
  if (typeof source?.url !== 'string') throw new Error(`${where.url} must be a string`);
  if (!Array.isArray(source.publicKeys) || !source.publicKeys.every((k) => typeof k === 'string')) throw new Error(`${where.keys} must be a list of strings`);
  return checkConfig(source.url, source.publicKeys as string[], where);
}
