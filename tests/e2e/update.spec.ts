/**
 * Dataset updates end to end, in Chromium, against an update server on 127.0.0.1 (the fixture
 * server answering for updates.contractlens.test). The extension under test is a separate build
 * pinned to a throwaway Ed25519 key made here, so nothing depends on a real publishing key.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect, EXT_PATH, expectStoredSettings, launchWithExtension, openPopup, panel, settle, waitForPanelRegistration } from './fixtures';
import { buildDataset, contentHashOf } from '../../scripts/build-dataset';
import { generateSigningKeys, signBytes } from '../../lib/updates/signing';
import { ALL_SITE_PATTERNS } from '../../lib/sites';
import type { Dataset } from '../../data/schema';

const UPDATE_HOST = 'updates.contractlens.test';
const DATASET_URL = `https://${UPDATE_HOST}/dataset.json`;
const OUT_DIR = path.resolve('.output-e2e-update');
// A test build (open shadow root, test clock) with an update channel.
const EXT = path.join(OUT_DIR, 'chrome-mv3-test');
const keys = generateSigningKeys();
const bundled = buildDataset();

/** The bundled data plus a company on newco-fixture.com, minus Wayfair: a visible add and remove. */
function datasetV2(version = bundled.version + 1): Dataset {
  const d = structuredClone(bundled);
  d.version = version;
  const newco = structuredClone(d.companies.find((c) => c.id === 'geo-group')!);
  Object.assign(newco, {
    id: 'newco-test',
    name: 'NewCo Test Detention',
    legalNames: [],
    aliases: [],
    brands: undefined,
    ambiguousNames: undefined,
    // GEO's own public names are GEO's: a second company may not carry them.
    publicNames: undefined,
    hosts: [{ host: 'newco-fixture.com', evidence: 'test fixture', confidence: 'reported' }],
  });
  d.companies = d.companies.filter((c) => c.id !== 'wayfair').concat(newco);
  d.contentHash = contentHashOf(d.companies);
  return d;
}

type Handler = http.RequestListener;

/**
 * Serves a body and its signature, with an ETag of the host's own (derived from the body, like a
 * static host) that the extension must never send back.
 */
function serveSigned(body: string, { privateKey = keys.privateKey } = {}): Handler {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  const signature = signBytes(privateKey, Buffer.from(body));
  return (req, res) => {
    if (req.url === '/dataset.json.sig') res.writeHead(200, { 'content-type': 'text/plain' }).end(signature);
    else if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
    else res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  };
}

const test = base.extend<{ updContext: BrowserContext; routes: Map<string, Handler> }>({
  routes: async ({ fixtureServer }, use) => {
    fixtureServer.routes.clear();
    await use(fixtureServer.routes);
    fixtureServer.routes.clear();
  },
  updContext: async ({ fixtureServer, routes }, use) => {
    // Until a test says otherwise, the update server has nothing new: the start-up check is a no-op.
    routes.set(UPDATE_HOST, (_req, res) => res.writeHead(304).end());
    const context = await launchWithExtension(fixtureServer.port, [], EXT);
    await waitForPanelRegistration(context);
    await use(context);
    await context.close();
  },
});

test.beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
    env: { ...process.env, DATASET_URL, DATASET_PUBLIC_KEY: keys.publicKey, CONTRACTLENS_OUT_DIR: OUT_DIR },
    stdio: 'ignore',
  });
});

async function openDataPopup(context: BrowserContext): Promise<Page> {
  const popup = await openPopup(context);
  await expect(popup.getByTestId('data-version')).toBeVisible();
  return popup;
}

async function checkNow(popup: Page): Promise<void> {
  await popup.getByTestId('check-now').click();
  await expect(popup.getByTestId('check-now')).toHaveText('Check now', { timeout: 20_000 });
}

async function expectPanel(context: BrowserContext, url: string, company: string | null): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  if (company) await expect(panel(page)).toHaveAttribute('data-company', company);
  else {
    await settle(page);
    await expect(panel(page)).toHaveCount(0);
  }
  await page.close();
}

test('the update build requires host access only to the bundled sites and the job boards and stores; other sites are optional', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXT, 'manifest.json'), 'utf8')) as { host_permissions: string[]; optional_host_permissions?: string[] };
  expect(manifest.host_permissions).not.toContain('*://*/*');
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  expect(manifest.host_permissions).toEqual(expect.arrayContaining(['*://*.wayfair.com/*', ...ALL_SITE_PATTERNS, `https://${UPDATE_HOST}/*`]));
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
});

test('an update adds and removes companies, their hosts follow (new sites once allowed), and the popup says what changed', async ({ updContext: context, routes, fixtureServer }) => {
  await expectPanel(context, 'http://newco-fixture.com/', null);
  await expectPanel(context, 'http://www.wayfair.com/', 'wayfair');

  const v2 = datasetV2();
  routes.set(UPDATE_HOST, serveSigned(JSON.stringify(v2)));
  const popup = await openDataPopup(context);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version} `);
  await expect(popup.getByTestId('data-expiry')).toContainText('Valid until');
  await expect(popup.getByTestId('host-permission')).toHaveCount(0);
  await checkNow(popup);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);
  await expect(popup.getByTestId('what-changed')).toContainText('Added: NewCo Test Detention');
  await expect(popup.getByTestId('what-changed')).toContainText('Removed: Wayfair');
  await expect(popup.getByTestId('last-error')).toHaveCount(0);

  // newco-fixture.com is outside the access the install was given: no panel until the user allows it.
  await expect(popup.getByTestId('host-permission')).toContainText('1 new site in the data needs your permission');
  await expect(popup.getByTestId('allow-hosts')).toBeVisible();
  await expectPanel(context, 'http://newco-fixture.com/', null);
  const worker = context.serviceWorkers()[0]!;
  const registered = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches ?? []);
  expect(registered).not.toContain('*://*.newco-fixture.com/*');
  expect(registered).toContain('*://*.amazon.com/*');
  await expectPanel(context, 'http://www.wayfair.com/', null);

  // The next check asks with the signed content hash, never with the server's own ETag, and an
  // unchanged dataset (same version and hash) changes nothing.
  const before = fixtureServer.hits.length;
  await checkNow(popup);
  const conditional = fixtureServer.hits.slice(before).filter((h) => h.host === UPDATE_HOST && h.url === '/dataset.json');
  expect(conditional.map((h) => h.headers['if-none-match'])).toEqual([`"${v2.contentHash}"`]);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);
  await expect(popup.getByTestId('last-error')).toHaveCount(0);
});

test('data past its signed expiry says so, even when the server keeps answering "not modified"', async ({ updContext: context }) => {
  const popup = await openDataPopup(context);
  await popup.evaluate((now) => chrome.storage.local.set({ nowOverride: now }), Date.parse(bundled.expiresAt) + 86_400_000);
  await checkNow(popup);
  await popup.reload();
  await expect(popup.getByTestId('last-error')).toHaveCount(0);
  await expect(popup.getByTestId('data-expiry')).toContainText(/This data expired on .*facts may be out of date/);
});

test('a week without a successful check says so, and the popup names where updates come from', async ({ updContext: context }) => {
  const popup = await openDataPopup(context);
  await expect(popup.getByTestId('update-source')).toHaveText(`Updates come from ${UPDATE_HOST}, signed with ContractLens's publishing key.`);
  await checkNow(popup);
  await expect(popup.getByTestId('check-overdue')).toHaveCount(0);
  // Eight days on, every check since failing (the source is gone): the popup says the data may fall behind.
  await popup.evaluate((now) => chrome.storage.local.set({ nowOverride: now }), Date.now() + 8 * 86_400_000);
  await popup.reload();
  await expect(popup.getByTestId('check-overdue')).toContainText('No update has got through for over a week');
});

test('key rotation across two releases: data signed with a key the new release no longer pins is dropped, the new key\'s data is taken', async ({ fixtureServer, routes }, testInfo) => {
  test.setTimeout(120_000);
  const next = generateSigningKeys();
  const dir = path.resolve('.output-e2e-rotate');
  const ext = path.join(dir, 'chrome-mv3-test');
  const profile = testInfo.outputPath('profile');
  const build = (publicKeys: string[]) =>
    execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
      env: { ...process.env, DATASET_URL, DATASET_PUBLIC_KEY: publicKeys.join(','), CONTRACTLENS_OUT_DIR: dir },
      stdio: 'ignore',
    });
  const launch = async () => {
    const context = await launchWithExtension(fixtureServer.port, [], ext, profile);
    await waitForPanelRegistration(context);
    return context;
  };

  // Release 1 pins the current key and the next one; it takes data signed with the current key.
  build([keys.publicKey, next.publicKey]);
  routes.set(UPDATE_HOST, serveSigned(JSON.stringify(datasetV2())));
  let context = await launch();
  let popup = await openDataPopup(context);
  await checkNow(popup);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);
  await context.close();

  // Release 2 pins only the next key: on upgrade the old key's data is dropped and the bundled data serves…
  build([next.publicKey]);
  // A release is a higher version: the browser then installs the new files (same folder, same id).
  const manifestFile = path.join(ext, 'manifest.json');
  writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version: '999.0.0' }));
  routes.set(UPDATE_HOST, (_req, res) => res.writeHead(304).end());
  // A browser started on the profile would keep running the worker script it registered before; an
  // installed update replaces it (the stored data, in IndexedDB, stays).
  rmSync(path.join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  context = await launch();
  popup = await openDataPopup(context);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version} `);
  await expect(popup.getByTestId('data-version')).toContainText('built in');
  // …data still signed with the old key is refused, and the new key's data is taken.
  routes.set(UPDATE_HOST, serveSigned(JSON.stringify(datasetV2(bundled.version + 2))));
  await checkNow(popup);
  await expect(popup.getByTestId('last-error')).toContainText('signature');
  routes.set(UPDATE_HOST, serveSigned(JSON.stringify(datasetV2(bundled.version + 2)), { privateKey: next.privateKey }));
  await checkNow(popup);
  await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 2} `);
  await expect(popup.getByTestId('last-error')).toHaveCount(0);
  await context.close();
});

const v3 = () => datasetV2(bundled.version + 2);
const REFUSALS: Array<[string, () => Handler, RegExp]> = [
  ['HTTP 500', () => (_req, res) => res.writeHead(500).end('boom'), /HTTP 500/],
  ['invalid JSON', () => serveSigned('{"version": 9, "companies": ['), /not valid JSON/],
  ['schema-invalid data', () => serveSigned(JSON.stringify({ ...v3(), companies: [{ id: 'x' }] })), /failed validation/],
  [
    'a javascript: source URL',
    () => {
      const d = v3();
      d.companies[0]!.contracts[0]!.sources[0]!.url = 'javascript:alert(document.cookie)';
      return serveSigned(JSON.stringify(d));
    },
    /failed validation.*https/,
  ],
  ['a bad signature', () => serveSigned(JSON.stringify(v3()), { privateKey: generateSigningKeys().privateKey }), /signature does not match/],
  ['an older version', () => serveSigned(JSON.stringify({ ...v3(), version: bundled.version })), /not newer/],
  ['a version of 2^53−1', () => serveSigned(JSON.stringify({ ...v3(), version: Number.MAX_SAFE_INTEGER })), /too far above the data in use/],
  [
    'an oversize body',
    () => (req, res) => {
      if (req.url === '/dataset.json.sig') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 12 && res.write(chunk)) sent += 1;
        if (sent < 12) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      pump();
    },
    /larger than the size limit/,
  ],
  [
    'a redirect to another origin',
    () => (_req, res) => res.writeHead(302, { location: 'https://elsewhere.contractlens.test/dataset.json' }).end(),
    /answered with a redirect; redirects are refused and not followed/,
  ],
];

for (const [name, handler, message] of REFUSALS) {
  test(`refuses ${name}: the reason is shown, the data and settings in use are kept`, async ({ updContext: context, routes, fixtureServer }) => {
    routes.set(UPDATE_HOST, serveSigned(JSON.stringify(datasetV2())));
    routes.set('elsewhere.contractlens.test', serveSigned(JSON.stringify(v3())));
    const popup = await openDataPopup(context);
    await checkNow(popup);
    await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);

    // A setting made before the bad update.
    const page = await context.newPage();
    await page.goto('http://aws.amazon.com/');
    await panel(page).getByText('Mute…').click();
    await panel(page).getByRole('button', { name: 'Every company on aws.amazon.com…' }).click();
    await panel(page).getByRole('button', { name: 'Silence aws.amazon.com until I undo it' }).click();
    // Stored before the page goes (a panel shown from a kept answer sends it once the worker answers).
    const worker = context.serviceWorkers()[0]!;
    await expect
      .poll(() => worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('settings')).settings ?? {})))
      .toContain('aws.amazon.com');
    await page.close();

    routes.set(UPDATE_HOST, handler());
    await popup.reload();
    await checkNow(popup);
    await expect(popup.getByTestId('last-error')).toContainText(message);
    await expect(popup.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);
    await expect(popup.getByTestId('mutes')).toContainText('aws.amazon.com');
    await expectPanel(context, 'http://www.wayfair.com/', null);
    await expectPanel(context, 'http://aws.amazon.com/', null);
    // A redirect is refused without contacting its target.
    expect(fixtureServer.hits.filter((h) => h.host === 'elsewhere.contractlens.test')).toEqual([]);
  });
}

test('refuses a server that never answers, after the timeout', async ({ updContext: context, routes }) => {
  test.setTimeout(60_000);
  routes.set(UPDATE_HOST, () => undefined);
  const popup = await openDataPopup(context);
  await checkNow(popup);
  await expect(popup.getByTestId('last-error')).toContainText('did not answer in time');
  await expectPanel(context, 'http://www.wayfair.com/', 'wayfair');
});

test('a worker stopped in the middle of an update leaves a consistent store', async ({ updContext: context, routes }) => {
  const body = JSON.stringify(datasetV2());
  // Headers and half the body, then silence.
  routes.set(UPDATE_HOST, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    res.write(body.slice(0, body.length / 2));
  });
  const popup = await openDataPopup(context);
  void popup.getByTestId('check-now').click();
  await expect(popup.getByTestId('check-now')).toHaveText('Checking…');

  const cdp = await context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The next worker serves the data it had, and a later good update goes through.
  await expectPanel(context, 'http://www.wayfair.com/', 'wayfair');
  await expectPanel(context, 'http://newco-fixture.com/', null);
  routes.set(UPDATE_HOST, serveSigned(body));
  const again = await openDataPopup(context);
  await expect(again.getByTestId('data-version')).toContainText(`Version ${bundled.version} `);
  await checkNow(again);
  await expect(again.getByTestId('data-version')).toContainText(`Version ${bundled.version + 1} `);
  await expectPanel(context, 'http://www.wayfair.com/', null);
});

test('privacy: the only requests the extension makes are the dataset and its signature, and none with updates off', async ({
  updContext: context,
  routes,
  fixtureServer,
}) => {
  routes.set(UPDATE_HOST, serveSigned(JSON.stringify(datasetV2())));
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) return;
    if (request.serviceWorker()) extensionRequests.push(request.url());
  });

  const visited = ['http://www.amazon.com/', 'http://www.example.com/', 'http://github.com/', 'http://news.example.org/', 'http://www.hpe.com/'];
  const popup = await openDataPopup(context);
  await checkNow(popup);
  fixtureServer.hits.length = 0;
  for (const url of visited) {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    await page.close();
  }
  await checkNow(popup);
  const allowed = new Set([DATASET_URL, `${DATASET_URL}.sig`]);
  expect(extensionRequests.length).toBeGreaterThan(0);
  for (const url of extensionRequests) expect(allowed).toContain(url);
  // Every request the server saw is a page we opened or the dataset: content scripts sent nothing.
  const visitedHosts = new Set(visited.map((u) => new URL(u).host));
  for (const hit of fixtureServer.hits) {
    if (hit.host === UPDATE_HOST) expect(['/dataset.json', '/dataset.json.sig']).toContain(hit.url);
    else expect(visitedHosts).toContain(hit.host);
  }

  // Updates off: no request at all, even across a worker restart.
  await popup.getByTestId('update-period').selectOption('off');
  await expectStoredSettings(context.serviceWorkers()[0]!, { updates: { enabled: false } });
  await expect(popup.getByTestId('check-now')).toBeDisabled();
  const cdp = await context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  fixtureServer.hits.length = 0;
  extensionRequests.length = 0;
  for (const url of visited) {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    await page.close();
  }
  expect(extensionRequests).toEqual([]);
  expect(fixtureServer.hits.filter((h) => h.host === UPDATE_HOST)).toEqual([]);
});

test('the released build asks the project\'s own update source (data/update-source.json) and no other address, but not in its first hour: the welcome page\'s "never" comes first', async ({ fixtureServer, routes }) => {
  const official = JSON.parse(readFileSync('data/update-source.json', 'utf8')) as { url: string };
  const source = new URL(official.url);
  routes.set(source.hostname, (_req, res) => res.writeHead(304).end());
  fixtureServer.hits.length = 0;
  const context = await launchWithExtension(fixtureServer.port, [], EXT_PATH);
  const status = (worker: import('@playwright/test').Worker) =>
    worker.evaluate(async () => ((await chrome.storage.local.get('updateStatus')).updateStatus ?? {}) as { firstSeenAt?: string; lastCheckAt?: string });
  try {
    const worker = await waitForPanelRegistration(context);
    await expect.poll(async () => (await status(worker)).firstSeenAt).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fixtureServer.hits.filter((h) => h.host === source.hostname)).toEqual([]);
    expect((await status(worker)).lastCheckAt).toBeUndefined();
    // An hour on (the record says the worker first ran two hours ago): its next start checks.
    await worker.evaluate(async () => {
      const current = ((await chrome.storage.local.get('updateStatus')).updateStatus ?? {}) as object;
      await chrome.storage.local.set({ updateStatus: { ...current, firstSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString() } });
    });
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await openDataPopup(context);
    await expect.poll(() => fixtureServer.hits.filter((h) => h.host === source.hostname).map((h) => h.url)).toContain(source.pathname);
    await expect(popup.getByTestId('update-source')).toContainText(`Updates come from ${source.host}`);
    await expect(popup.getByTestId('last-error')).toHaveCount(0);
    // Nothing else was asked for: no page was opened, and the check is the only request.
    expect(new Set(fixtureServer.hits.map((h) => h.host))).toEqual(new Set([source.hostname]));
  } finally {
    await context.close();
  }
});
