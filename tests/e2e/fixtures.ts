/**
 * Playwright fixtures: a Chromium with the built extension loaded (headless), every host name mapped
 * to the local fixture server, and the browser's own background traffic pointed at a closed port, so
 * the whole suite runs offline. Uses Playwright's own Chromium when installed, else Debian's.
 */
import { test as base, expect as baseExpect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './server';

export { EXT_PATH, TEST_EXT_PATH, QUIET_ARGS, launchWithExtension, launchOptions, waitForPanelRegistration } from './browser';
import { launchWithExtension, waitForPanelRegistration } from './browser';

export const expect = baseExpect;

export const test = base.extend<
  { context: BrowserContext; serviceWorker: Worker; extensionId: string },
  { fixtureServer: FixtureServer }
>({
  fixtureServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ fixtureServer }, use) => {
    const context = await launchWithExtension(fixtureServer.port);
    await waitForPanelRegistration(context);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await waitForPanelRegistration(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});


export function panel(page: Page) {
  return page.locator('contractlens-panel');
}

/** Opens the panel's record ("Details"), as a reader wanting more than the first view would. */
export async function openDetails(page: Page): Promise<void> {
  const region = panel(page).getByTestId('contractlens-panel');
  await region.getByTestId('details-button').click();
  await baseExpect(region.getByTestId('details')).toBeVisible();
}

/** Waits long enough for the content script to have asked and mounted, had it been injected. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1200);
}

/** The tab id of a page (ids are visible without the `tabs` permission): brought to the front, then asked. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/**
 * The toolbar popup, opened as a page (Playwright cannot click the toolbar button); `?tabId=` makes it
 * describe that tab instead of itself.
 */
/**
 * Opens the popup, and (unless `folded`) unfolds its settings and data lines as a user changing them
 * would: the popup opens on this page's status and the search, with those one click away.
 */
export async function openPopup(context: BrowserContext, options: { tabId?: number; folded?: boolean } = {}): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html${options.tabId ? `?tabId=${options.tabId}` : ''}`);
  await expect(popup.getByTestId('show-alerts')).toBeVisible();
  if (!options.folded) {
    await popup.getByTestId('more-settings').locator('summary').click();
    const data = popup.getByTestId('data-status');
    await data.waitFor();
    if ((await data.getAttribute('open')) === null) await data.locator('summary').click();
  }
  return popup;
}

/** Waits until the settings in storage match: a toggle in the popup is saved asynchronously. */
export async function expectStoredSettings(worker: Worker, expected: Record<string, unknown>): Promise<void> {
  await expect
    .poll(async () => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>))
    .toMatchObject(expected);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * LinkedIn job postings made up for a test: `https://www.linkedin.com/jobs/view/<key>/` names the
 * employer `employerFor(key)` in its JSON-LD and in LinkedIn's top card (two independent signals, so
 * names that need a second one match too). Until the test removes the route
 * (`fixtureServer.routes.delete('www.linkedin.com')`).
 */
export function serveJobPostings(fixtureServer: FixtureServer, employerFor: (key: string) => string | undefined): void {
  fixtureServer.routes.set('www.linkedin.com', (req, res) => {
    const key = /\/jobs\/view\/([a-z0-9-]+)/.exec(req.url ?? '')?.[1];
    const name = key ? employerFor(key) : undefined;
    res.writeHead(name ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    if (!name) {
      res.end('not found');
      return;
    }
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Analyst', hiringOrganization: { '@type': 'Organization', name } }).replace(/</g, '\\u003c');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Analyst</title>
<script type="application/ld+json">${jsonLd}</script></head>
<body><main><div class="job-details-jobs-unified-top-card__company-name"><a href="#">${escapeHtml(name)}</a></div><h1>Analyst</h1></main></body></html>`);
  });
}
