import { describe, expect, it } from 'vitest';
import { checkForUpdate, diffDatasets, MAX_VERSION_STEP, UpdateError, type UpdateFailure } from '@/lib/updates/dataset-update';
import { generateSigningKeys, signBytes } from '@/lib/updates/signing';
import { buildDataset } from '@/scripts/build-dataset';
import type { Dataset } from '@/data/schema';
import { compactDataset } from '@/lib/compact-dataset';
import { buildCompanyIndex, indexCompactDataset } from '@/lib/company-index';

const keys = generateSigningKeys();
const URL_ = 'https://updates.example.org/dataset.json';
const bundled = buildDataset();
const current = { index: buildCompanyIndex(bundled) };

function newerDataset(change: (d: Dataset) => void = () => {}): Dataset {
  const d = structuredClone(bundled);
  d.version = bundled.version + 1;
  change(d);
  return d;
}

type Route = (init: RequestInit | undefined) => Response | Promise<Response>;
/** Routes by URL; follows a 3xx's Location itself unless asked not to, as fetch does. */
function stubFetch(routes: Record<string, Route>): typeof fetch & { calls: string[]; inits: (RequestInit | undefined)[] } {
  const calls: string[] = [];
  const inits: (RequestInit | undefined)[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    let url = String(input);
    for (;;) {
      calls.push(url);
      inits.push(init);
      const route = routes[url];
      if (!route) throw new TypeError('Failed to fetch');
      const response = await route(init);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location || init?.redirect === 'manual') return response;
      if (init?.redirect === 'error') throw new TypeError('Failed to fetch');
      url = new URL(location, url).href;
    }
  }) as typeof fetch & { calls: string[]; inits: (RequestInit | undefined)[] };
  impl.calls = calls;
  impl.inits = inits;
  return impl;
}

function published(dataset: unknown, { sign = true, privateKey = keys.privateKey } = {}): Record<string, Route> {
  const body = typeof dataset === 'string' ? dataset : JSON.stringify(dataset);
  const bytes = new TextEncoder().encode(body);
  return {
    [URL_]: () => new Response(body, { status: 200, headers: { etag: '"v2"' } }),
    [`${URL_}.sig`]: () => new Response(sign ? signBytes(privateKey, bytes) : 'AAAA', { status: 200 }),
  };
}

async function failure(routes: Record<string, Route>, limits = {}, now?: number): Promise<UpdateFailure> {
  try {
    await checkForUpdate({ config: { url: URL_, publicKeys: [keys.publicKey] }, current, fetchImpl: stubFetch(routes), limits, now });
  } catch (error) {
    expect(error).toBeInstanceOf(UpdateError);
    return (error as UpdateError).code;
  }
  throw new Error('the update was accepted');
}

describe('checkForUpdate', () => {
  it('accepts a newer, signed, valid dataset and says what changed', async () => {
    const next = newerDataset((d) => {
      d.companies = d.companies.filter((c) => c.id !== 'mckinsey');
      d.companies[0]!.summary += ' Updated.';
    });
    const fetchImpl = stubFetch(published(next));
    const result = await checkForUpdate({ config: { url: URL_, publicKeys: [keys.publicKey] }, current, fetchImpl });
    expect(result.outcome).toBe('updated');
    if (result.outcome === 'updated') {
      expect(result.dataset.index.version).toBe(bundled.version + 1);
      expect(result.change).toEqual({ added: [], removed: ['McKinsey & Company'], changed: [bundled.companies[0]!.name] });
    }
    // No cookies, no HTTP cache (it would keep the server's ETag and send it back), no redirects.
    for (const init of fetchImpl.inits) expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'manual' });
  });

  it('sends If-None-Match with the content hash of the data in use, never the server’s ETag, and stops at 304 without fetching the signature', async () => {
    const sent: (string | null)[] = [];
    const next = newerDataset((d) => (d.contentHash = 'a'.repeat(64)));
    const body = JSON.stringify(next);
    const fetchImpl = stubFetch({
      [URL_]: (init) => {
        const tag = new Headers(init?.headers).get('if-none-match');
        sent.push(tag);
        // A server that hands out a per-install ETag, and answers 304 to the signed hash.
        return tag === `"${next.contentHash}"` ? new Response(null, { status: 304 }) : new Response(body, { headers: { etag: '"install-1234"' } });
      },
      [`${URL_}.sig`]: () => new Response(signBytes(keys.privateKey, new TextEncoder().encode(body))),
    });
    const config = { url: URL_, publicKeys: [keys.publicKey] };
    const first = await checkForUpdate({ config, current, fetchImpl });
    expect(first.outcome).toBe('updated');
    if (first.outcome !== 'updated') return;
    const calls = fetchImpl.calls.length;
    const second = await checkForUpdate({ config, current: { index: indexCompactDataset(first.dataset.index, (p) => first.dataset.companies[p]) }, fetchImpl });
    expect(second).toEqual({ outcome: 'not-modified' });
    expect(sent).toEqual([`"${bundled.contentHash}"`, `"${next.contentHash}"`]);
    expect(fetchImpl.calls.slice(calls)).toEqual([URL_]);
  });

  it('the same version with the same content is up to date (a host that ignores If-None-Match), with other content refused', async () => {
    const config = { url: URL_, publicKeys: [keys.publicKey] };
    const same = { ...structuredClone(bundled), generatedAt: '2026-12-01T00:00:00.000Z' };
    expect(await checkForUpdate({ config, current, fetchImpl: stubFetch(published(same)) })).toEqual({ outcome: 'not-modified' });
    const changed = newerDataset((d) => {
      d.version = bundled.version;
      d.contentHash = 'b'.repeat(64);
    });
    expect(await failure(published(changed))).toBe('not-newer');
  });

  it('refuses a version more than MAX_VERSION_STEP above the data in use, such as 2^53−1', async () => {
    expect(await failure(published(newerDataset((d) => (d.version = Number.MAX_SAFE_INTEGER))))).toBe('version-jump');
    expect(await failure(published(newerDataset((d) => (d.version = bundled.version + MAX_VERSION_STEP + 1))))).toBe('version-jump');
    const config = { url: URL_, publicKeys: [keys.publicKey] };
    const atBound = await checkForUpdate({ config, current, fetchImpl: stubFetch(published(newerDataset((d) => (d.version = bundled.version + MAX_VERSION_STEP)))) });
    expect(atBound.outcome).toBe('updated');
  });

  it('refuses data past its signed expiry', async () => {
    const next = newerDataset();
    expect(await failure(published(next), {}, Date.parse(next.expiresAt))).toBe('expired');
    const before = await checkForUpdate({ config: { url: URL_, publicKeys: [keys.publicKey] }, current, fetchImpl: stubFetch(published(next)), now: Date.parse(next.expiresAt) - 1000 });
    expect(before.outcome).toBe('updated');
  });

  it.each<[string, () => Record<string, Route>, UpdateFailure]>([
    ['HTTP 500', () => ({ [URL_]: () => new Response('oops', { status: 500 }) }), 'http-status'],
    ['no server', () => ({}), 'network'],
    ['invalid JSON', () => published('{"version": 2, '), 'invalid-json'],
    ['schema-invalid data', () => published(newerDataset((d) => ((d.companies[0] as any).hosts = 'all'))), 'invalid-data'],
    ['a javascript: source URL', () => published(newerDataset((d) => (d.companies[0]!.contracts[0]!.sources[0]!.url = 'javascript:alert(1)'))), 'invalid-data'],
    ['a name claimed twice', () => published(newerDataset((d) => d.companies[1]!.aliases.push(d.companies[0]!.name))), 'invalid-data'],
    ['a host claimed twice', () => published(newerDataset((d) => d.companies[1]!.hosts.push({ host: d.companies.find((c) => c.hosts.length)!.hosts[0]!.host, evidence: 'x', confidence: 'reported' }))), 'invalid-data'],
    ['a bad signature', () => published(newerDataset(), { sign: false }), 'bad-signature'],
    ['a signature by another key', () => published(newerDataset(), { privateKey: generateSigningKeys().privateKey }), 'bad-signature'],
    ['an older version', () => published({ ...newerDataset(), version: bundled.version - 1 }), 'not-newer'],
    ['the same version with other content', () => published({ ...newerDataset(), version: bundled.version, contentHash: 'c'.repeat(64) }), 'not-newer'],
    ['no expiry', () => published({ ...newerDataset(), expiresAt: undefined }), 'invalid-data'],
  ])('refuses %s', async (_name, routes, code) => {
    expect(await failure(routes())).toBe(code);
  });

  it('refuses a redirect without contacting its target, on any origin', async () => {
    const evil = 'https://evil.example.net/dataset.json';
    const same = 'https://updates.example.org/elsewhere.json';
    for (const target of [evil, same]) {
      const fetchImpl = stubFetch({
        ...published(newerDataset()),
        [URL_]: () => new Response(null, { status: 302, headers: { location: target } }),
        [target]: () => new Response(JSON.stringify(newerDataset())),
      });
      fetchImpl.calls.length = 0;
      await expect(checkForUpdate({ config: { url: URL_, publicKeys: [keys.publicKey] }, current, fetchImpl })).rejects.toMatchObject({ code: 'redirect', detail: new URL(target).origin });
      expect(fetchImpl.calls).toEqual([URL_]);
    }
    // What a browser gives for redirect 'manual': an opaque response without status or Location.
    // The message names no host: not the update's own, which is not where it was sent.
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const refused = checkForUpdate({ config: { url: URL_, publicKeys: [keys.publicKey] }, current, fetchImpl: stubFetch({ [URL_]: () => opaque }) });
    await expect(refused).rejects.toMatchObject({ code: 'redirect', detail: '' });
    await expect(refused).rejects.toThrow('The update server redirected the dataset; redirects are refused and were not followed.');
  });

  it('refuses an oversize body while streaming, even without Content-Length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    expect(await failure({ [URL_]: () => new Response(endless, { status: 200 }) }, { maxDatasetBytes: 256 * 1024 })).toBe('too-large');
    expect(pulled).toBeLessThan(10);
    expect(await failure({ [URL_]: () => new Response('x', { status: 200, headers: { 'content-length': String(10 ** 9) } }) })).toBe('too-large');
  });

  it('times out when the server never answers', async () => {
    const hanging: Route = (init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await failure({ [URL_]: hanging }, { timeoutMs: 50 })).toBe('timeout');
  });
});

describe('diffDatasets', () => {
  it('lists added, removed and changed companies by name', async () => {
    const next = newerDataset((d) => {
      const extra = structuredClone(d.companies[0]!);
      extra.id = 'new-co';
      extra.name = 'New Co';
      extra.hosts = [];
      d.companies.push(extra);
      d.companies = d.companies.filter((c) => c.id !== 'wayfair');
      d.companies.find((c) => c.id === 'palantir')!.summary += ' Changed.';
    });
    expect(await diffDatasets(buildCompanyIndex(bundled), compactDataset(next))).toEqual({ added: ['New Co'], removed: ['Wayfair'], changed: ['Palantir Technologies'] });
  });
});
