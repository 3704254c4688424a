/**
 * Firefox smoke test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * Firefox build installed as a temporary add-on. Firefox has no host-resolver rules, so it uses the
 * fixture server as its HTTP proxy; real host names reach the fixture pages offline.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { test as base, expect } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './server';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The Firefox test build (`wxt build -b firefox --mode test`): the panel's shadow root is open, so the
// test can find its buttons; the clicks themselves are real input, as the panel accepts no other.
const EXT = path.resolve(process.env.FIREFOX_EXT_PATH ?? '.output/firefox-mv2-test');

// The add-on's internal id, fixed so that its pages have a known address (moz-extension://<this>/);
// --remote-allow-system-access lets WebDriver open those pages (Firefox refuses it otherwise).
const ADDON_UUID = '6f1c3c0e-5b1e-4b7c-9f3a-2f0c2d1b7a11';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

const test = base.extend<Record<never, never>, { firefox: { browser: Browser; server: FixtureServer } }>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`No Firefox build at ${EXT}: run npx wxt build -b firefox --mode test`);
      const server = await startFixtureServer();
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ 'contractlens@contractlens.org': ADDON_UUID }),
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': server.port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
        },
      });
      await browser.installExtension(EXT);
      await use({ browser, server });
      await browser.close();
      await server.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.skip(!existsSync(FIREFOX), `Firefox not installed at ${FIREFOX}`);

/** The company id on the panel, or null; waits for the panel (registration happens at start-up). */
async function panelCompany(page: Page, url: string, { expectPanel }: { expectPanel: boolean }): Promise<string | null> {
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.waitForSelector('contractlens-panel', { timeout: expectPanel ? 2500 : 2000 }).catch(() => null);
    if (found) return page.$eval('contractlens-panel', (el) => el.getAttribute('data-company'));
    if (!expectPanel) return null;
  }
  return null;
}

test('Firefox: panels on www.wayfair.com and aws.amazon.com, Dismiss works, nothing on www.example.com', async ({ firefox }) => {
  const page = await firefox.browser.newPage();
  expect(await panelCompany(page, 'http://www.wayfair.com/', { expectPanel: true })).toBe('wayfair');
  const heading = await page.$eval('contractlens-panel', (el) => el.shadowRoot?.querySelector('h2')?.textContent);
  expect(heading).toBe('Wayfair');

  // A script's click does nothing; the user's Dismiss hides it now, and on the next load of the same site.
  const dismiss = (await page.evaluateHandle(() =>
    [...(document.querySelector('contractlens-panel')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Dismiss'),
  )).asElement() as import('puppeteer-core').ElementHandle<HTMLButtonElement>;
  await dismiss.evaluate((button) => button.click());
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await page.$('contractlens-panel')).not.toBeNull();
  await dismiss.click();
  // The panel goes; a note with an undo stays a few seconds.
  await page.waitForFunction(() => !document.querySelector('contractlens-panel')?.shadowRoot?.querySelector('[data-testid="contractlens-panel"]'), { timeout: 5000 });
  expect(await page.$eval('contractlens-panel', (el) => el.shadowRoot?.querySelector('[data-testid="hidden-note"]')?.textContent)).toContain('Hidden: Wayfair on wayfair.com, until the browser restarts.');
  expect(await panelCompany(page, 'http://www.wayfair.com/sofas', { expectPanel: false })).toBeNull();

  expect(await panelCompany(page, 'http://aws.amazon.com/', { expectPanel: true })).toBe('amazon');
  expect(await panelCompany(page, 'http://www.example.com/', { expectPanel: false })).toBeNull();
  // The fixture server really served these pages through the proxy.
  expect(firefox.server.hits.map((h) => h.host)).toEqual(expect.arrayContaining(['www.wayfair.com', 'aws.amazon.com', 'www.example.com']));
});

test('Firefox: markers beside listed employers of a job search list; a marker opens the panel', async ({ firefox }) => {
  const page = await firefox.browser.newPage();
  let count = 0;
  for (let attempt = 0; attempt < 8 && count < 3; attempt++) {
    await page.goto('http://www.linkedin.com/jobs/search-results/?keywords=analyst', { waitUntil: 'load' });
    count = await page
      .waitForFunction(() => document.querySelectorAll('contractlens-marker').length >= 3, { timeout: 3000 })
      .then(() => page.$$eval('contractlens-marker', (els) => els.length))
      .catch(() => 0);
  }
  expect(count).toBe(3);
  expect(await page.$$eval('contractlens-marker', (els) => els.map((el) => el.getAttribute('data-company')))).toEqual(['booz-allen', 'leidos', 'palantir']);
  const label = await page.$eval('contractlens-marker', (el) => el.shadowRoot?.querySelector('button')?.textContent);
  expect(label).toMatch(/^Direct · [A-Z, ]+$/);
  const button = (await page.evaluateHandle(() => document.querySelector('contractlens-marker')?.shadowRoot?.querySelector('button'))).asElement() as import('puppeteer-core').ElementHandle<HTMLButtonElement>;
  await button.click();
  await page.waitForSelector('contractlens-panel', { timeout: 5000 });
  expect(await page.$eval('contractlens-panel', (el) => el.getAttribute('data-company'))).toBe('booz-allen');
});

/**
 * Opens one of the extension's pages. Firefox never reports such a navigation as finished to
 * WebDriver BiDi, so the test waits for the page's content instead (the caller's waitForSelector).
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 2000 }).catch(() => undefined);
}

test('Firefox: the welcome page; the directory searches and opens a record; the popup searches', async ({ firefox }) => {
  // (Firefox shows the tab the extension opened at install to WebDriver as about:blank: that it opens
  // on install is checked in Chromium and in Node; here, the page itself.)
  const welcome = await firefox.browser.newPage();
  await openExtensionPage(welcome, `${ORIGIN}/welcome.html`);
  await welcome.waitForSelector('h1');
  expect(await welcome.$eval('h1', (h) => h.textContent)).toBe('Welcome to ContractLens');
  expect(await welcome.$$eval('[data-testid="privacy-promise"] li', (items) => items.length)).toBe(3);
  const origin = ORIGIN;

  const page = await firefox.browser.newPage();
  await openExtensionPage(page, `${origin}/directory.html?q=${encodeURIComponent('geogroup.com')}`);
  await page.waitForSelector('[data-testid="directory-table"] tbody tr[data-company]');
  expect(await page.$eval('[data-testid="directory-table"] tbody tr[data-company]', (tr) => tr.getAttribute('data-company'))).toBe('geo-group');
  await page.click('[data-testid="directory-table"] tbody tr[data-company] th a');
  await page.waitForSelector('[data-testid="company-record"] h1');
  expect(await page.$eval('[data-testid="company-record"] h1', (h) => h.textContent)).toBe('The GEO Group');

  await openExtensionPage(page, `${origin}/popup.html`);
  await page.waitForSelector('[data-testid="popup-search"]');
  await page.type('[data-testid="popup-search"]', 'ring');
  await page.waitForSelector('[data-testid="search-results"] li');
  expect(await page.$eval('[data-testid="search-results"] li', (li) => li.textContent)).toContain('Brand: Ring');
});

test('Firefox for Android\'s size: at a phone\'s width with touch, the panel is a short sheet a tap opens, and the popup fits', async ({ firefox }) => {
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 390, height: 844, hasTouch: true });
  // A site the other Firefox tests did not visit: they dismissed Wayfair on wayfair.com and spent
  // aws.amazon.com's panel for the day (its tab shows there now).
  expect(await panelCompany(page, 'http://www.allmodern.com/', { expectPanel: true })).toBe('wayfair');
  const box = () =>
    page.$eval('contractlens-panel', (el) => {
      const rect = el.shadowRoot!.querySelector('[data-testid="contractlens-panel"]')!.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, height: rect.height };
    });
  await page.waitForFunction(() => document.querySelector('contractlens-panel')?.shadowRoot?.querySelector('[data-testid="contractlens-panel"]'), { timeout: 5000 });
  const first = await box();
  // Inside the screen, and at most a quarter of its height: the page stays usable.
  expect(first.left).toBeGreaterThanOrEqual(0);
  expect(first.right).toBeLessThanOrEqual(390);
  expect(first.bottom).toBeLessThanOrEqual(844);
  expect(first.height).toBeLessThanOrEqual(844 / 4);
  // A tap on "Details" (touch input, no hover) opens the record.
  const details = await page.$eval('contractlens-panel', (el) => {
    const button = el.shadowRoot!.querySelector('[data-testid="details-button"]')!.getBoundingClientRect();
    return { x: button.left + button.width / 2, y: button.top + button.height / 2 };
  });
  await page.touchscreen.tap(details.x, details.y);
  await page.waitForFunction(() => /Contracts and sales/.test(document.querySelector('contractlens-panel')?.shadowRoot?.textContent ?? ''), { timeout: 5000 });
  expect((await box()).right).toBeLessThanOrEqual(390);

  // The popup, as Firefox for Android shows it (a page of its own): nothing wider than the phone.
  await openExtensionPage(page, `${ORIGIN}/popup.html`);
  await page.waitForSelector('[data-testid="popup-search"]');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
