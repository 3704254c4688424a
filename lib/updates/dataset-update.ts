/**
 * One dataset update check, with every defence the update channel needs. A compromised or broken
 * update server must never be able to put false accusations or scripts in front of users, so:
 *
 *  1. GET the dataset with a timeout, no cookies, no HTTP cache, a size cap enforced while
 *     streaming, and no redirect at all (the redirect target is never contacted). The only
 *     conditional header is If-None-Match with the content hash of the data in use, which every
 *     install of the same data sends alike: a server's own ETag is never stored or sent back, since
 *     a CDN could hand each install a different one and tell them apart.
 *  2. GET its detached signature (`<url>.sig`, base64 Ed25519 over the exact bytes) and verify it
 *     with WebCrypto against the public keys pinned at build time (the current one, and the next
 *     during a rotation), before parsing anything.
 *  3. Parse and validate with the same zod schema and cross-company rules as the build.
 *  4. Accept only a version newer than the one in use, by at most MAX_VERSION_STEP, and not yet
 *     expired. The same version with the same content hash is "up to date" (a host that ignores
 *     If-None-Match sends the same file again).
 *
 * Only `fetch` and `crypto.subtle` are used, both present in browsers and in Node, so this module is
 * unit-tested in Node with a stubbed fetch. Storing and swapping in the result is the caller's job.
 */
import { Dataset, type Dataset as DatasetT } from '../../data/schema';
import { checkCompanies, formatIssues } from '../dataset';
import { compactDataset, parseCompany, type CompactDataset } from '../compact-dataset';
import type { CompanyIndex } from '../company-index';

export const UPDATE_LIMITS = {
  timeoutMs: 10_000,
  maxDatasetBytes: 8 * 1024 * 1024,
  maxSignatureBytes: 1024,
} as const;

/**
 * The most a version may grow in one update. Versions are bumped by one per release, so 1000 is
 * years of releases; without a bound, one dataset signed at version 2^53−1 (by a key that leaked, or
 * by mistake) would make every later update "not newer" for good.
 */
export const MAX_VERSION_STEP = 1000;

/**
 * The version a new publication gets: one above the dataset now published (so a weekly renewal of
 * the expiry, with unchanged companies, is still newer), and never below data/dataset-meta.json's.
 */
export function nextPublishVersion(metaVersion: number, published?: { version: number }): number {
  return Math.max(metaVersion, published ? published.version + 1 : metaVersion);
}

export type UpdateFailure =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirect'
  | 'too-large'
  | 'bad-signature'
  | 'invalid-json'
  | 'invalid-data'
  | 'not-newer'
  | 'version-jump'
  | 'expired';

export class UpdateError extends Error {
  /**
   * @param message English, for logs and tests.
   * @param detail The variable part (an HTTP status, an origin, validation problems) that the
   *   popup inserts into its own translated sentence for the code.
   */
  constructor(
    readonly code: UpdateFailure,
    message: string,
    readonly detail = '',
  ) {
    super(message);
    this.name = 'UpdateError';
  }
}

export interface UpdateConfig {
  url: string;
  /**
   * base64 of the raw 32-byte Ed25519 public keys the data may be signed with: the current key, and
   * during a rotation the next one (lib/updates/update-config.ts).
   */
  publicKeys: string[];
}

export interface DatasetChange {
  added: string[];
  removed: string[];
  changed: string[];
}

export type UpdateResult =
  | { outcome: 'not-modified' }
  /** `publicKey`: the pinned key the update's signature verified with. */
  | { outcome: 'updated'; dataset: CompactDataset; change: DatasetChange; publicKey: string };

export interface CheckOptions {
  config: UpdateConfig;
  current: { index: CompanyIndex };
  fetchImpl?: typeof fetch;
  limits?: Partial<typeof UPDATE_LIMITS>;
  /** ms since the epoch, for the expiry check. */
  now?: number;
}

function base64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * SHA-256 (hex) of a raw public key: stored with an accepted dataset, so that data verified with a
 * key a later release no longer pins is dropped rather than kept (entrypoints/background/dataset-store.ts).
 */
export async function keyFingerprint(publicKeyBase64: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', base64ToBytes(publicKeyBase64)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads a body while counting bytes, and stops (cancelling the download) past the cap. */
async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new UpdateError('too-large', `The ${what} is larger than the ${maxBytes.toLocaleString('en-US')}-byte limit.`);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new UpdateError('too-large', `The ${what} is larger than the ${maxBytes.toLocaleString('en-US')}-byte limit.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function get(
  fetchImpl: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  what: string,
): Promise<Response> {
  let response: Response;
  try {
    // redirect 'manual': a redirect ends the request without contacting its target (like 'error'),
    // and is told apart from a network failure so the popup can say what happened.
    // cache 'no-store': the HTTP cache would store the server's ETag and send it back by itself.
    response = await fetchImpl(url, { headers, signal, credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer' });
  } catch (error) {
    if (signal.aborted) throw new UpdateError('timeout', `The update server did not answer in time (${what}).`);
    throw new UpdateError('network', `Could not reach the update server (${what}): ${(error as Error).message}`);
  }
  // Browsers give an opaque response (type 'opaqueredirect', status 0, no Location); Node the 3xx.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
    await response.body?.cancel();
    // No readable Location (a browser hides it): the message says only that it was refused. An
    // empty one must not be resolved against the update's own address, which would name that host.
    const location = response.headers.get('location')?.trim();
    let target = '';
    try {
      if (location) target = new URL(location, url).origin;
    } catch {
      // An unreadable Location: the same.
    }
    throw new UpdateError('redirect', `The update server redirected the ${what}${target ? ` (to ${target})` : ''}; redirects are refused and were not followed.`, target);
  }
  return response;
}

export async function verifySignature(publicKeyBase64: string, data: Uint8Array<ArrayBuffer>, signatureBase64: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', base64ToBytes(publicKeyBase64), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(signatureBase64), data);
  } catch {
    return false;
  }
}

/** Parses and validates a dataset with the build's own rules; errors name the field. */
export function parseDataset(bytes: Uint8Array): DatasetT {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new UpdateError('invalid-json', 'The update is not valid JSON.');
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    const problems = formatIssues('dataset', parsed.error);
    const detail = `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`;
    throw new UpdateError('invalid-data', `The update failed validation: ${detail}`, detail);
  }
  const problems = checkCompanies(parsed.data.companies, (i) => `companies[${i}] (${parsed.data.companies[i]!.id})`);
  if (problems.length) throw new UpdateError('invalid-data', `The update failed validation: ${problems.slice(0, 3).join('; ')}`, problems.slice(0, 3).join('; '));
  return parsed.data;
}

/** Companies added, removed and changed, by name (only those companies are read and parsed). */
export async function diffDatasets(before: CompanyIndex, after: CompactDataset): Promise<DatasetChange> {
  const old = new Map(before.match.ids.map((id, i) => [id, i]));
  const next = new Set(after.index.ids);
  const nameAfter = (i: number) => parseCompany(after.companies[i]!)?.name ?? after.index.ids[i]!;
  const added = after.index.ids.flatMap((id, i) => (old.has(id) ? [] : [nameAfter(i)]));
  const changed = after.index.ids.flatMap((id, i) => {
    const was = old.get(id);
    return was !== undefined && before.match.digests[was] !== after.index.digests[i] ? [nameAfter(i)] : [];
  });
  const removed = await Promise.all(before.match.ids.filter((id) => !next.has(id)).map(async (id) => (await before.getCompany(id))?.name ?? id));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

export async function checkForUpdate({ config, current, fetchImpl = fetch, limits = {}, now = Date.now() }: CheckOptions): Promise<UpdateResult> {
  const { timeoutMs, maxDatasetBytes, maxSignatureBytes } = { ...UPDATE_LIMITS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // The signed content hash, quoted like an ETag: the same for every install of the same data. A
    // host that serves the dataset with that ETag answers 304; any other sends the file again.
    const { contentHash } = current.index.match;
    const headers: Record<string, string> = contentHash ? { 'if-none-match': `"${contentHash}"` } : {};
    const response = await get(fetchImpl, config.url, headers, controller.signal, 'dataset');
    if (response.status === 304) return { outcome: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel();
      throw new UpdateError('http-status', `The update server answered HTTP ${response.status}.`, String(response.status));
    }
    const bytes = await readCapped(response, maxDatasetBytes, 'dataset');

    const sigResponse = await get(fetchImpl, `${config.url}.sig`, {}, controller.signal, 'signature');
    if (!sigResponse.ok) {
      await sigResponse.body?.cancel();
      throw new UpdateError('bad-signature', `The signature could not be fetched (HTTP ${sigResponse.status}).`);
    }
    const signature = new TextDecoder().decode(await readCapped(sigResponse, maxSignatureBytes, 'signature'));
    let publicKey: string | undefined;
    for (const key of config.publicKeys) {
      if (await verifySignature(key, bytes, signature)) {
        publicKey = key;
        break;
      }
    }
    if (!publicKey) throw new UpdateError('bad-signature', 'The update’s signature does not match ContractLens’s publishing key; refused.');

    const parsed = parseDataset(bytes);
    const { version } = parsed;
    if (version === current.index.version && contentHash !== undefined && parsed.contentHash === contentHash) return { outcome: 'not-modified' };
    if (version <= current.index.version) {
      throw new UpdateError('not-newer', `The update (version ${version}) is not newer than the data in use (version ${current.index.version}).`, String(version));
    }
    if (version > current.index.version + MAX_VERSION_STEP) {
      throw new UpdateError(
        'version-jump',
        `The update's version (${version}) is more than ${MAX_VERSION_STEP} above the data in use (version ${current.index.version}); refused.`,
        String(version),
      );
    }
    if (Date.parse(parsed.expiresAt) <= now) {
      throw new UpdateError('expired', `The update expired on ${parsed.expiresAt}; refused.`, parsed.expiresAt.slice(0, 10));
    }
    const dataset = compactDataset(parsed);
    return { outcome: 'updated', dataset, change: await diffDatasets(current.index, dataset), publicKey };
  } catch (error) {
    if (error instanceof UpdateError) throw error;
    if (controller.signal.aborted) throw new UpdateError('timeout', 'The update server did not answer in time.');
    throw new UpdateError('network', `The update failed: ${(error as Error).message}`, (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}
