/**
 * Controls against alert fatigue and for discretion: the once-a-day auto-open guard (with the
 * extension's clock moved through its storage override), mutes that end by themselves, discreet
 * mode, and the toolbar badge and tooltip per tab.
 */
import type { Worker } from '@playwright/test';
import { test, expect, expectStoredSettings, openPopup, panel, settle, tabIdOf } from './fixtures';

const DAY = 86_400_000;

async function setClock(worker: Worker, at: number): Promise<void> {
  await worker.evaluate((ms) => chrome.storage.local.set({ nowOverride: ms }), at);
}

async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

test('the panel opens by itself once a day per company and site; otherwise a collapsed tab opens it', async ({ context, serviceWorker }) => {
  const start = Date.parse('2026-11-22T09:00:00Z');
  await setClock(serviceWorker, start);
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();

  await page.goto('http://www.wayfair.com/furniture');
  const tab = panel(page).getByTestId('contractlens-tab');
  await expect(tab).toBeVisible();
  await expect(panel(page).getByTestId('contractlens-panel')).toHaveCount(0);
  await tab.click();
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();

  // Another company, or the same company on another site, still opens by itself: a site neither
  // reads nor spends another site's record (issue 30, N3).
  await page.goto('http://aws.amazon.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  await page.goto('http://www.allmodern.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();

  await setClock(serviceWorker, start + DAY - 60_000);
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
  await setClock(serviceWorker, start + DAY + 60_000);
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
});

test('muting a company for a day covers all its sites and ends by itself; the popup shows the time left', async ({ context, serviceWorker }) => {
  const start = Date.parse('2026-11-22T09:00:00Z');
  await setClock(serviceWorker, start);
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  const region = panel(page).getByTestId('contractlens-panel');
  await region.getByText('Mute…').click();
  await region.getByRole('button', { name: 'Wayfair everywhere for 1 day' }).click();
  await expect(panel(page)).toHaveCount(0);

  for (const url of ['http://www.wayfair.com/', 'http://www.perigold.com/']) {
    await page.goto(url);
    await settle(page);
    await expect(panel(page)).toHaveCount(0);
  }
  const popup = await openPopup(context);
  await expect(popup.getByTestId('mutes')).toContainText('Company: Wayfair (for 24 more hours)');
  await popup.close();

  await setClock(serviceWorker, start + DAY + 1000);
  await page.goto('http://www.perigold.com/');
  await expect(panel(page)).toHaveAttribute('data-company', 'wayfair');
});

test('discreet mode: nothing in the page, neutral badge and tooltip, details on request from the popup', async ({ context, serviceWorker }) => {
  const settingsPopup = await openPopup(context);
  await settingsPopup.getByTestId('discreet').check();
  await expectStoredSettings(serviceWorker, { discreet: true });
  await settingsPopup.close();

  const page = await context.newPage();
  await page.goto('http://github.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
  const tabId = await tabIdOf(serviceWorker, page);
  expect(await badgeOf(serviceWorker, tabId)).toEqual({ text: '!', title: 'ContractLens' });
  // Grey, not the accent colour.
  expect(await serviceWorker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId)).toEqual([110, 110, 115, 255]);

  const popup = await openPopup(context, { tabId });
  await expect(popup.getByTestId('tab-company')).toHaveText('GitHub');
  await popup.getByTestId('show-details').click();
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  await expect(panel(page)).toHaveAttribute('data-company', 'github');
});

test('the badge and tooltip name the company per tab, survive the page removing the panel, and go with the page', async ({ context, serviceWorker }) => {
  const flagged = await context.newPage();
  await flagged.goto('https://jobs.lever.co/palantir/ff1029bd');
  await expect(panel(flagged)).toHaveCount(1);
  const other = await context.newPage();
  await other.goto('http://www.example.com/');
  await settle(other);

  const flaggedId = await tabIdOf(serviceWorker, flagged);
  const otherId = await tabIdOf(serviceWorker, other);
  expect(await badgeOf(serviceWorker, flaggedId)).toEqual({ text: '!', title: 'ContractLens: Palantir Technologies (employer on this page)' });
  expect((await badgeOf(serviceWorker, otherId)).text).toBe('');

  await flagged.evaluate(() => document.querySelector('contractlens-panel')?.remove());
  expect((await badgeOf(serviceWorker, flaggedId)).text).toBe('!');

  await flagged.goto('http://www.example.com/');
  await settle(flagged);
  await expect.poll(async () => (await badgeOf(serviceWorker, flaggedId)).text).toBe('');
});

test('the small tab can be taken off one site from the popup; the toolbar badge stays, other sites keep their tab', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  await page.goto('http://www.wayfair.com/furniture');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();

  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, { tabId, folded: true });
  const tabSwitch = popup.getByTestId('tab-on-site');
  await expect(popup.getByText('Small tab on wayfair.com', { exact: true })).toBeVisible();
  await expect(popup.getByTitle('Off: nothing in the page unless the panel opens by itself; the badge on the toolbar button still marks it.')).toBeVisible();
  await expect(tabSwitch).toBeChecked();
  await tabSwitch.uncheck();
  await expectStoredSettings(serviceWorker, { noTabSites: ['wayfair.com'] });

  await page.goto('http://www.wayfair.com/sofas');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
  expect((await badgeOf(serviceWorker, tabId)).text).not.toBe('');
  // Another site keeps its tab.
  await page.goto('http://aws.amazon.com/');
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  await page.goto('http://aws.amazon.com/ec2/');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
  // "Show details" still shows the panel on wayfair.com, and the options page puts the tab back.
  await page.goto('http://www.wayfair.com/sofas');
  await settle(page);
  const again = await openPopup(context, { tabId, folded: true });
  await again.getByTestId('show-details').click();
  await expect(panel(page).getByTestId('contractlens-panel')).toBeVisible();
  const options = await context.newPage();
  await options.goto(popup.url().replace(/popup\.html.*$/, 'options.html'));
  await expect(options.getByTestId('no-tab-sites')).toContainText('wayfair.com');
  await options.getByRole('button', { name: 'Show the tab again' }).click();
  await expectStoredSettings(serviceWorker, { noTabSites: [] });
  await page.goto('http://www.wayfair.com/beds');
  await expect(panel(page).getByTestId('contractlens-tab')).toBeVisible();
});
