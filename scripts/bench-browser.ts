/**
 * `npm run bench:browser`: what the extension costs a page, in headless Chromium with the built
 * extension, against fixture pages served locally under their real host names (median of 20 loads
 * each). On an unflagged page (www.example.com): how many extension scripts run in it (content-script
 * worlds created, counted over the DevTools protocol) and the page's load time with and without the
 * extension. On flagged pages (the www.wayfair.com fixture, and a real saved Amazon page from
 * shared/data/real-pages): the time from DOMContentLoaded to the panel being in the page, and from
 * DOMContentLoaded to the page's load event (what the extension delays the page's own load by), with
 * the worker running and with it stopped before each load (MV3's state after 30 s idle). Side by side: the same for an "always-on" build of the same code whose panel script runs
 * on every page and asks the worker on every load, which is how comparable extensions work.
 * Prints a table; not a test.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { launchOptions, launchWithExtension, QUIET_ARGS, stopWorkers } from '../tests/e2e/browser';
import { serveSavedPage, startFixtureServer } from '../tests/e2e/server';
import { readManifest, readPage } from '../tests/real-pages';
import { missingShared, REAL_PAGES } from '../tests/shared-files';

const LOADS = Number(process.env.BENCH_LOADS ?? 20);
const UNFLAGGED = 'https://www.example.com/article';
/** The fixture page, then (when shared/ is there) a real saved page. */
const FLAGGED_PAGES = ['https://www.wayfair.com/furniture'];
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
  /** DOMContentLoaded (end) → load event (start): what the page's own load is delayed by. */
  dclToLoad: number;
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
    return { load: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventStart, dclToLoad: nav.loadEventStart - nav.domContentLoadedEventEnd };
  });
  await cdp.detach();
  return { ...timing, panel: panelAt === undefined ? undefined : panelAt - timing.domContentLoaded, extensionWorlds };
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

interface Flagged {
  /** DOMContentLoaded → panel, worker running / stopped before each load. */
  panelWarm?: number;
  panelCold?: number;
  /** DOMContentLoaded → load event, worker running / stopped. */
  dclToLoadWarm: number;
  dclToLoadCold: number;
}

interface Result {
  label: string;
  worlds: number;
  load: number;
  /** Per flagged page (the fixture page, a real saved page). */
  flagged: Flagged[];
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
    const result: Result = { label, worlds: median(unflagged.map((l) => l.extensionWorlds)), load: median(unflagged.map((l) => l.load)), flagged: [] };
    for (const url of FLAGGED_PAGES) {
      await measure(page, url, Boolean(extPath));
      const warm: Load[] = [];
      const cold: Load[] = [];
      // Each load comes from a blank page, where the flagged page before it has been left (its
      // script tells the worker, which would otherwise wake the worker just as the next load starts).
      const leave = async () => {
        await page.goto('about:blank');
        await page.waitForTimeout(100);
      };
      for (let i = 0; i < LOADS; i++) {
        await leave();
        warm.push(await measure(page, url, Boolean(extPath)));
      }
      if (extPath) {
        for (let i = 0; i < LOADS; i++) {
          await leave();
          await stopWorkers(context, page);
          cold.push(await measure(page, url, true));
        }
      }
      result.flagged.push({
        ...(extPath ? { panelWarm: median(warm.map((l) => l.panel ?? NaN)), panelCold: median(cold.map((l) => l.panel ?? NaN)) } : {}),
        dclToLoadWarm: median(warm.map((l) => l.dclToLoad)),
        dclToLoadCold: extPath ? median(cold.map((l) => l.dclToLoad)) : NaN,
      });
    }
    return result;
  } finally {
    await context.close();
  }
}

execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTRACTLENS_OUT_DIR: OURS_DIR } });
execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTRACTLENS_ALWAYS_ON: '1', CONTRACTLENS_OUT_DIR: ALWAYS_ON_DIR } });

const server = await startFixtureServer();
// A real saved page (shared/data/real-pages), served under its own address with its scripts blocked,
// as the e2e suite serves it: flagged as the site's own company (Amazon).
const REAL = 'amazon-365-whole-foods-chips.html.gz';
if (!missingShared(`${REAL_PAGES}/${REAL}`)) {
  const url = new URL(readManifest().find((m) => m.file === REAL)!.url);
  serveSavedPage(server, url, readPage(REAL));
  FLAGGED_PAGES.push(url.href);
} else {
  console.log(`(${REAL_PAGES} not found: the real saved page is left out)`);
}
try {
  const none = await run('no extension', server.port, null);
  const ours = await run('ContractLens', server.port, `${OURS_DIR}/chrome-mv3-test`);
  const always = await run('always-on variant', server.port, `${ALWAYS_ON_DIR}/chrome-mv3-test`);
  const ms = (value: number | undefined) => (value === undefined ? '–' : Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
  console.log(`Chromium headless, ${LOADS} loads each (medians), ${new Date().toISOString().slice(0, 10)}`);
  console.log('| | extension scripts on an unflagged page | unflagged page load | vs. no extension |');
  console.log('|---|---:|---:|---:|');
  for (const r of [none, ours, always]) console.log(`| ${r.label} | ${r.worlds} | ${ms(r.load)} | ${(r.load / none.load).toFixed(2)}× |`);
  FLAGGED_PAGES.forEach((url, i) => {
    console.log(`\nFlagged page ${url}`);
    console.log('| | DOMContentLoaded → panel | same, worker stopped | stopped ÷ running | DOMContentLoaded → load | same, worker stopped | added to DCL → load |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const base = none.flagged[i]!.dclToLoadWarm;
    for (const r of [none, ours, always]) {
      const f = r.flagged[i]!;
      const ratio = f.panelWarm && f.panelCold ? `${(f.panelCold / f.panelWarm).toFixed(2)}×` : '–';
      const added = r === none ? '–' : `+${(Math.max(f.dclToLoadWarm, f.dclToLoadCold) - base).toFixed(1)} ms`;
      console.log(`| ${r.label} | ${ms(f.panelWarm)} | ${ms(f.panelCold)} | ${ratio} | ${ms(f.dclToLoadWarm)} | ${ms(f.dclToLoadCold)} | ${added} |`);
    }
  });
} finally {
  await server.close();
}
