import { describe, expect, it } from 'vitest';
import { checkForUpdate, diffDatasets, UpdateError, type UpdateFailure } from '@/lib/dataset-update';
import { generateSigningKeys, signBytes } from '@/lib/signing';
import { buildDataset } from '@/scripts/build-dataset';
import type { Dataset } from '@/data/schema';
import { compactDataset } from '@/lib/compact-dataset';
import { buildCompanyIndex } from '@/lib/company-index';

const keys = generateSigningKeys();
const URL_ = 'https://updates.example.org/dataset.json';
const bundled = buildDataset();
const current = { index: buildCompanyIndex(bundled), etag: null };

function newerDataset(change: (d: Dataset) => void = () => {}): Dataset {
  const d = structuredClone(bundled);
  d.version = bundled.version + 1;
  change(d);
  return d;
}

type Route = (init: RequestInit | undefined) => Response | Promise<Response>;
function stubFetch(routes: Record<string, Route>): typeof fetch & { calls: string[] } {
  const calls: string[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route(init);
  }) as typeof fetch & { calls: string[] };
  impl.calls = calls;
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

async function failure(routes: Record<string, Route>, limits = {}): Promise<UpdateFailure> {
  try {
    await checkForUpdate({ config: { url: URL_, publicKey: keys.publicKey }, current, fetchImpl: stubFetch(routes), limits });
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
    const result = await checkForUpdate({ config: { url: URL_, publicKey: keys.publicKey }, current, fetchImpl: stubFetch(published(next)) });
    expect(result.outcome).toBe('updated');
    if (result.outcome === 'updated') {
      expect(result.dataset.index.version).toBe(bundled.version + 1);
      expect(result.etag).toBe('"v2"');
      expect(result.change).toEqual({ added: [], removed: ['McKinsey & Company'], changed: [bundled.companies[0]!.name] });
    }
  });

  it('sends If-None-Match and stops at 304 without fetching the signature', async () => {
    let sent: string | undefined;
    const fetchImpl = stubFetch({
      [URL_]: (init) => {
        sent = new Headers(init?.headers).get('if-none-match') ?? undefined;
        return new Response(null, { status: 304 });
      },
    });
    const result = await checkForUpdate({ config: { url: URL_, publicKey: keys.publicKey }, current: { ...current, etag: '"v1"' }, fetchImpl });
    expect(result).toEqual({ outcome: 'not-modified' });
    expect(sent).toBe('"v1"');
    expect(fetchImpl.calls).toEqual([URL_]);
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
    ['the same version', () => published({ ...newerDataset(), version: bundled.version }), 'not-newer'],
  ])('refuses %s', async (_name, routes, code) => {
    expect(await failure(routes())).toBe(code);
  });

  it('refuses a redirect to another origin', async () => {
    const redirected = new Response('{}', { status: 200 });
    Object.defineProperty(redirected, 'redirected', { value: true });
    Object.defineProperty(redirected, 'url', { value: 'https://evil.example.net/dataset.json' });
    expect(await failure({ [URL_]: () => redirected })).toBe('redirect');
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
