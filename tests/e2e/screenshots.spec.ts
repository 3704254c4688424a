/**
 * Screenshots for the README: the panel in light and dark, the collapsed tab, the popup, the options
 * page and the Spanish panel. `npm run screenshots` writes them to docs/screenshots/; a normal test
 * run writes them to the test output only.
 */
import path from 'node:path';
import { test, expect, launchWithExtension, openPopup, panel, serveJobPostings, tabIdOf, waitForPanelRegistration, openDetails } from './fixtures';

const outDir = (name: string) =>
  process.env.UPDATE_SCREENSHOTS ? path.resolve('docs/screenshots', name) : test.info().outputPath(name);

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot: panel on www.wayfair.com (${scheme})`, async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('http://www.wayfair.com/');
    await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
    await page.screenshot({ path: outDir(`panel-${scheme}.png`) });
  });
}

for (const [width, name] of [[1280, 'product-page.png'], [400, 'product-page-narrow.png']] as const) {
  test(`screenshot: a product page with its buy box, ${width} px wide`, async ({ context }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('http://www.bestbuy.com/site/dell-xps-13-buy-box');
    await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
    await expect(page.getByTestId(width < 600 ? 'sticky-cart' : 'add-to-cart')).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: outDir(name) });
  });
}

test('screenshot: collapsed tab, popup and options', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ autoOpened: { 'github.com github': new Date().toISOString() } }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 500 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('http://github.com/');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
  await page.screenshot({ path: outDir('collapsed-tab.png') });

  // As it opens: this page's company and verdict, the search, the master switch, the rest folded.
  const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page), folded: true });
  await popup.setViewportSize({ width: 360, height: 600 });
  await expect(popup.getByTestId('tab-company')).toHaveText('GitHub');
  await popup.locator('input:focus').evaluate((el) => (el as HTMLInputElement).blur());
  await popup.screenshot({ path: outDir('popup.png') });

  const options = await context.newPage();
  await options.setViewportSize({ width: 820, height: 1100 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('show-alerts')).toBeVisible();
  await options.screenshot({ path: outDir('options.png') });
});

test('screenshot: the panel in Spanish', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    await waitForPanelRegistration(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('https://jobs.lever.co/palantir/ff1029bd');
    await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
    await page.screenshot({ path: outDir('panel-es.png') });
  } finally {
    await context.close();
  }
});

test('screenshot: a company from the award records, on a job posting', async ({ context, fixtureServer }) => {
  serveJobPostings(fixtureServer, (key) => (key === 'acquisition-logistics' ? 'Acquisition Logistics' : undefined));
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('https://www.linkedin.com/jobs/view/acquisition-logistics/');
    const region = panel(page).getByTestId('contractlens-panel');
    await expect(region.getByRole('heading', { level: 2 })).toHaveText('Acquisition Logistics');
    await openDetails(page);
    await expect(region).toContainText('fiscal year 2026, records through August 20, 2026');
    await expect(region).toContainText('terminated by the agency on April 17, 2026');
    await page.screenshot({ path: outDir('panel-award-record.png') });
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});

test('screenshot: the popup search, the directory, a record and the welcome page', async ({ context, extensionId }) => {
  const popup = await openPopup(context, { folded: true });
  await popup.setViewportSize({ width: 360, height: 460 });
  await popup.getByTestId('popup-search').fill('ring');
  await expect(popup.getByTestId('search-results')).toBeVisible();
  await popup.screenshot({ path: outDir('popup-search.png') });

  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${extensionId}/directory.html?kind=detention-operations`);
  await expect(page.getByTestId('directory-count')).toContainText('Showing');
  // Largest first, as it opens.
  await expect(page.getByRole('columnheader', { name: 'All years' })).toHaveAttribute('aria-sort', 'descending');
  await page.locator('.controls').evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: outDir('directory.png') });

  await page.goto(`chrome-extension://${extensionId}/directory.html?company=geo-group`);
  await expect(page.getByTestId('company-record')).toBeVisible();
  await page.screenshot({ path: outDir('directory-record.png') });

  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByTestId('discreet')).toBeVisible();
  await page.screenshot({ path: outDir('welcome.png') });
});

test('screenshot: markers in a job search list, one previewed; the directory at a phone\'s width', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 520 });
  await page.goto('https://www.linkedin.com/jobs/search-results/?keywords=analyst');
  const booz = page.getByRole('button', { name: /^Booz Allen Hamilton: Direct/ });
  await expect(booz).toBeVisible();
  await expect(page.locator('contractlens-marker')).toHaveCount(3);
  await booz.hover();
  await expect(page.locator('contractlens-marker').first().getByRole('tooltip')).toBeVisible();
  await page.screenshot({ path: outDir('markers.png') });

  const phone = await context.newPage();
  await phone.setViewportSize({ width: 400, height: 760 });
  await phone.goto(`chrome-extension://${extensionId}/directory.html`);
  await expect(phone.getByTestId('directory-count')).toContainText('Showing');
  await phone.locator('.controls').evaluate((el) => el.scrollIntoView());
  await phone.screenshot({ path: outDir('directory-narrow.png') });
});
