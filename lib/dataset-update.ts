/**
 * One dataset update check, with every defence the update channel needs. A compromised or broken
 * update server must never be able to put false accusations or scripts in front of users, so:
 *
 *  1. GET the dataset with If-None-Match (304: nothing to do), a timeout, no cookies, a size cap
 *     enforced while streaming, and no redirect to another origin.
 *  2. GET its detached signature (`<url>.sig`, base64 Ed25519 over the exact bytes) and verify it
 *     with WebCrypto against the public key pinned at build time, before parsing anything.
 *  3. Parse and validate with the same zod schema and cross-company rules as the build.
 *  4. Accept only a version newer than the one in use.
 *
 * Only `fetch` and `crypto.subtle` are used, both present in browsers and in Node, so this module is
 * unit-tested in Node with a stubbed fetch. Storing and swapping in the result is the caller's job.
 */
import { Dataset, type Dataset as DatasetT } from '../data/schema';
import { checkCompanies, formatIssues } from './dataset';
import { compactDataset, parseCompany, type CompactDataset } from './compact-dataset';
import type { CompanyIndex } from './company-index';

export const UPDATE_LIMITS = {
  timeoutMs: 10_000,
  maxDatasetBytes: 8 * 1024 * 1024,
  maxSignatureBytes: 1024,
} as const;

export type UpdateFailure =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'redirect'
  | 'too-large'
  | 'bad-signature'
  | 'invalid-json'
  | 'invalid-data'
  | 'not-newer';

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
  /** base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
}

export interface DatasetChange {
  added: string[];
  removed: string[];
  changed: string[];
}

export type UpdateResult =
  | { outcome: 'not-modified' }
  | { outcome: 'updated'; dataset: CompactDataset; etag: string | null; change: DatasetChange };

export interface CheckOptions {
  config: UpdateConfig;
  current: { index: CompanyIndex; etag: string | null };
  fetchImpl?: typeof fetch;
  limits?: Partial<typeof UPDATE_LIMITS>;
}

function base64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
    response = await fetchImpl(url, { headers, signal, credentials: 'omit', cache: 'no-cache', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch (error) {
    if (signal.aborted) throw new UpdateError('timeout', `The update server did not answer in time (${what}).`);
    throw new UpdateError('network', `Could not reach the update server (${what}): ${(error as Error).message}`);
  }
  if (response.redirected && new URL(response.url).origin !== new URL(url).origin) {
    await response.body?.cancel();
    const origin = new URL(response.url).origin;
    throw new UpdateError('redirect', `The update server redirected the ${what} to another site (${origin}); refused.`, origin);
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

export async function checkForUpdate({ config, current, fetchImpl = fetch, limits = {} }: CheckOptions): Promise<UpdateResult> {
  const { timeoutMs, maxDatasetBytes, maxSignatureBytes } = { ...UPDATE_LIMITS, ...limits };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = current.etag ? { 'if-none-match': current.etag } : {};
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
    if (!(await verifySignature(config.publicKey, bytes, signature))) {
      throw new UpdateError('bad-signature', 'The update’s signature does not match ContractLens’s publishing key; refused.');
    }

    const dataset = compactDataset(parseDataset(bytes));
    const { version } = dataset.index;
    if (version <= current.index.version) {
      throw new UpdateError('not-newer', `The update (version ${version}) is not newer than the data in use (version ${current.index.version}).`, String(version));
    }
    return { outcome: 'updated', dataset, etag: response.headers.get('etag'), change: await diffDatasets(current.index, dataset) };
  } catch (error) {
    if (error instanceof UpdateError) throw error;
    if (controller.signal.aborted) throw new UpdateError('timeout', 'The update server did not answer in time.');
    throw new UpdateError('network', `The update failed: ${(error as Error).message}`, (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}
