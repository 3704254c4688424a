/**
 * Screenshots of the panel and popup for the README. `npm run screenshots` writes them to
 * docs/screenshots/; a normal test run writes them to the test output only.
 */
import path from 'node:path';
import { test, expect, panel } from './fixtures';

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

test('screenshot: popup on github.com', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('http://github.com/');
  await expect(panel(page)).toHaveCount(1);
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 420 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('tab-company')).toHaveText('GitHub');
  await popup.screenshot({ path: outDir('popup.png') });
});
