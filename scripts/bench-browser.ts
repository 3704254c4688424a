/**
 * `npm run bench:browser`: what the extension costs a page, in headless Chromium with the built
 * extension, against fixture pages served locally under their real host names (median of 20 loads
 * each). On an unflagged page (www.example.com): how many extension scripts run in it (content-script
 * worlds created, counted over the DevTools protocol) and the page's load time with and without the
 * extension. On a flagged page (www.wayfair.com): the time from DOMContentLoaded to the panel being
 * in the page, with the worker running and with it stopped before each load (a cold worker's first
 * answer). Side by side: the same for an "always-on" build of the same code whose panel script runs
 * on every page and asks the worker on every load, which is how comparable extensions work.
 * Prints a table; not a test.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { launchOptions, launchWithExtension, QUIET_ARGS } from '../tests/e2e/browser';
import { startFixtureServer } from '../tests/e2e/server';

const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const UNFLAGGED = 'https://www.example.com/article';
const FLAGGED = 'https://www.wayfair.com/furniture';
// Test builds (`--mode test`) of the same code: the release build's panel is in a closed shadow root,
// where the page's observer could not see it appear; the open root is the only difference that matters
// here (the test clock is read only by the worker, and only where a test sets it).
const OURS_DIR = '.output-bench';
const ALWAYS_ON_DIR = '.output-bench-always-on';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Records, in the page, when the panel (or its collapsed tab) is first in the page: mutation
 * observers on the document and then on the panel's open shadow root. (requestAnimationFrame does
 * not run in an init script here, and polling would slow the page being measured.)
 */
// A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
const PANEL_WATCH = `(() => {
  const found = (root) => root.querySelector('.panel, .tab');
  const mark = () => { if (window.__panelAt === undefined) window.__panelAt = performance.now(); };
  const watchShadow = (shadow) => {
    if (found(shadow)) return mark();
    const inner = new MutationObserver(() => { if (found(shadow)) { mark(); inner.disconnect(); } });
    inner.observe(shadow, { childList: true, subtree: true });
  };
  const outer = new MutationObserver(() => {
    const host = document.querySelector('contractlens-panel');
    if (host && host.shadowRoot) { outer.disconnect(); watchShadow(host.shadowRoot); }
  });
  outer.observe(document, { childList: true, subtree: true });
})();`;

interface Load {
  /** Navigation start → load event end, ms. */
  load: number;
  domContentLoaded: number;
  /** DOMContentLoaded → panel in the page, ms (undefined when no panel appeared within 5 s). */
  panel?: number;
  /** Extension content-script worlds created in the page. */
  extensionWorlds: number;
}

async function measure(page: Page, url: string, waitForPanel: boolean): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  let extensionWorlds = 0;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin.startsWith('chrome-extension://')) extensionWorlds++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  let panelAt: number | undefined;
  if (waitForPanel) {
    panelAt = await page
      .waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt, undefined, { timeout: 5000 })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => undefined);
  } else {
    // Long enough for a document_idle content script to have started.
    await page.waitForTimeout(300);
  }
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { load: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventStart };
  });
  await cdp.detach();
  return { ...timing, panel: panelAt === undefined ? undefined : panelAt - timing.domContentLoaded, extensionWorlds };
}

async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function waitForRegistration(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 100; i++) {
    if ((await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the panel script was never registered');
}

/** Every visit opens the panel (the default opens it once a day, then shows the collapsed tab). */
async function openEveryVisit(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), autoOpen: 'every-visit' }, settings$: { v: 5 } });
  });
}

interface Result {
  label: string;
  worlds: number;
  load: number;
  panelWarm?: number;
  panelCold?: number;
}

async function run(label: string, port: number, extPath: string | null): Promise<Result> {
  const context = extPath
    ? await launchWithExtension(port, [], extPath)
    : await chromium.launchPersistentContext('', {
        ...launchOptions(),
        headless: true,
        ignoreHTTPSErrors: true,
        args: [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`, '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors', ...QUIET_ARGS],
      });
  try {
    if (extPath) {
      await waitForRegistration(context);
      await openEveryVisit(context);
    }
    await context.addInitScript({ content: PANEL_WATCH });
    const page = await context.newPage();
    await measure(page, UNFLAGGED, false); // warm-up: connection, caches
    const unflagged: Load[] = [];
    for (let i = 0; i < LOADS; i++) unflagged.push(await measure(page, UNFLAGGED, false));
    const result: Result = { label, worlds: median(unflagged.map((l) => l.extensionWorlds)), load: median(unflagged.map((l) => l.load)) };
    if (!extPath) return result;
    await measure(page, FLAGGED, true);
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < LOADS; i++) warm.push((await measure(page, FLAGGED, true)).panel ?? NaN);
    for (let i = 0; i < LOADS; i++) {
      await stopWorker(context, page);
      cold.push((await measure(page, FLAGGED, true)).panel ?? NaN);
    }
    return { ...result, panelWarm: median(warm), panelCold: median(cold) };
  } finally {
    await context.close();
  }
}

execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTRACTLENS_OUT_DIR: OURS_DIR } });
execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTRACTLENS_ALWAYS_ON: '1', CONTRACTLENS_OUT_DIR: ALWAYS_ON_DIR } });

const server = await startFixtureServer();
try {
  const none = await run('no extension', server.port, null);
  const ours = await run('ContractLens', server.port, `${OURS_DIR}/chrome-mv3-test`);
  const always = await run('always-on variant', server.port, `${ALWAYS_ON_DIR}/chrome-mv3-test`);
  const ms = (value: number | undefined) => (value === undefined ? '–' : Number.isNaN(value) ? 'no panel' : `${value.toFixed(1)} ms`);
  console.log(`Chromium headless, ${LOADS} loads each (medians), ${new Date().toISOString().slice(0, 10)}`);
  console.log('| | extension scripts on an unflagged page | unflagged page load | vs. no extension | flagged page: DOMContentLoaded → panel in the page | same, worker stopped before each load |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of [none, ours, always]) {
    console.log(`| ${r.label} | ${r.worlds} | ${ms(r.load)} | ${(r.load / none.load).toFixed(2)}× | ${ms(r.panelWarm)} | ${ms(r.panelCold)} |`);
  }
} finally {
  await server.close();
}
