import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, panel, settle } from './fixtures';

async function openPopup(context: BrowserContext, extensionId: string, forPage?: Page): Promise<Page> {
  let query = '';
  if (forPage) {
    // Tab ids are visible without extra permissions: take the id of the page brought to the front.
    await forPage.bringToFront();
    const id = await context.serviceWorkers()[0]!.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    query = `?tabId=${id}`;
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return popup;
}

test('the popup names the flagged company of the current tab', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('http://github.com/');
  await expect(panel(page)).toHaveCount(1);
  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByTestId('tab-company')).toHaveText('GitHub');
  await expect(popup.getByTestId('tab-status')).toContainText('owned by Microsoft');

  const other = await context.newPage();
  await other.goto('http://www.example.com/');
  const popup2 = await openPopup(context, extensionId);
  await expect(popup2.getByTestId('tab-status')).toContainText('Nothing on this page');
});

test('"Don\'t show on this site" survives a reload and is undone from the popup', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await panel(page).getByRole('button', { name: 'Don’t show on this site' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.reload();
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  const popup = await openPopup(context, extensionId, page);
  await expect(popup.getByTestId('mutes')).toContainText('wayfair.com');
  await popup.getByRole('button', { name: 'Undo the mute of the site wayfair.com' }).click();
  await expect(popup.getByTestId('mutes')).toHaveCount(0);

  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-company', 'wayfair');
});

test('the master switch stops the panel from the next page load', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  const toggle = popup.getByTestId('show-alerts');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();

  const page = await context.newPage();
  await page.goto('http://aws.amazon.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  await popup.reload();
  await expect(popup.getByTestId('show-alerts')).not.toBeChecked();
  await popup.getByTestId('show-alerts').check();
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
});
