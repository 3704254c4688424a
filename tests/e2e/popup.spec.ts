import { test, expect, expectStoredSettings, openPopup, panel, settle, tabIdOf, openDetails } from './fixtures';

test('the popup names the flagged company of the current tab', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('http://github.com/');
  await expect(panel(page)).toHaveCount(1);
  const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page) });
  await expect(popup.getByTestId('tab-company')).toHaveText('GitHub');
  await expect(popup.getByTestId('tab-status')).toContainText('owned by Microsoft');

  const other = await context.newPage();
  await other.goto('http://www.example.com/');
  const popup2 = await openPopup(context);
  await expect(popup2.getByTestId('tab-status')).toContainText('Nothing on this page');
  await expect(popup2.getByTestId('tab-status')).toContainText('That does not mean it has no ties');
});

test('the popup opens short: this page, the search and the master switch; the rest one click away', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page)).toHaveCount(1);
  const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page), folded: true });
  await expect(popup.getByTestId('tab-company')).toHaveText('Wayfair');
  await expect(popup.getByTestId('popup-search')).toBeVisible();
  await expect(popup.getByTestId('show-alerts')).toBeVisible();
  // Folded: which pages and kinds, auto-open and discreet mode; the data in one line; no empty "Muted".
  await expect(popup.getByTestId('category-shopping')).toBeHidden();
  await expect(popup.getByTestId('auto-open')).toBeHidden();
  await expect(popup.getByTestId('check-now')).toBeHidden();
  await expect(popup.getByTestId('data-status').locator('summary')).toHaveText(/^Data of [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(popup.getByText('Muted', { exact: true })).toHaveCount(0);
  // Within the 600 px a browser gives a popup before it scrolls (it was about 1,100 px tall).
  expect(await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeLessThan(600);
  await popup.getByText('Where and how: pages, kinds of work, opening, discreet mode').click();
  await expect(popup.getByTestId('category-shopping')).toBeVisible();
  await expect(popup.getByTestId('auto-open')).toBeVisible();
  await popup.getByTestId('data-status').locator('summary').click();
  await expect(popup.getByTestId('data-version')).toBeVisible();
});

test('silencing a site (confirmed) survives a reload and is undone from the popup', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await panel(page).getByText('Mute…').click();
  await panel(page).getByRole('button', { name: 'Everything on wayfair.com…' }).click();
  await expect(panel(page).getByTestId('site-confirm')).toContainText('No panel on wayfair.com until the end you choose.');
  await panel(page).getByRole('button', { name: 'Silence wayfair.com until I undo it' }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.reload();
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page) });
  await expect(popup.getByTestId('mutes')).toContainText('wayfair.com');
  await popup.getByRole('button', { name: 'Undo the mute of the site wayfair.com' }).click();
  await expect(popup.getByTestId('mutes')).toHaveCount(0);

  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-company', 'wayfair');
});

test('the master switch stops the panel from the next page load', async ({ context, serviceWorker }) => {
  const popup = await openPopup(context);
  const toggle = popup.getByTestId('show-alerts');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expectStoredSettings(serviceWorker, { showAlerts: false });

  const page = await context.newPage();
  await page.goto('http://aws.amazon.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  await popup.reload();
  await expect(popup.getByTestId('show-alerts')).not.toBeChecked();
  await popup.getByTestId('show-alerts').check();
  await expectStoredSettings(serviceWorker, { showAlerts: true });
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
});

test('alerts follow the kinds of work switched on: only detention and surveillance, for example', async ({ context, serviceWorker }) => {
  const popup = await openPopup(context);
  for (const kind of ['transport-deportation-flights', 'border-barrier-construction', 'it-cloud', 'equipment-supplies', 'professional-services']) {
    await popup.getByTestId(`involvement-${kind}`).uncheck();
  }
  await expectStoredSettings(serviceWorker, { involvement: { 'detention-operations': true, 'surveillance-data': true, 'it-cloud': false, 'equipment-supplies': false } });

  // Wayfair sold furniture, Amazon hosts systems: neither is detention or surveillance.
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
  await page.goto('http://aws.amazon.com/');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  await popup.getByTestId('involvement-it-cloud').check();
  await expectStoredSettings(serviceWorker, { involvement: { 'it-cloud': true } });
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
  await openDetails(page);
  await expect(panel(page).getByTestId('involvement')).toHaveText('Kinds of work: IT and cloud');
});
