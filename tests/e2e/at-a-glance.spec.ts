/**
 * Issue 28, in Chromium: the panel says in one look what the company did and never costs the user
 * the page. A dismissal hides one company on one site (a job board, a store), with an undo; silencing
 * a site is a separate, confirmed choice; the first view (name, verdict, one rounded figure) takes
 * at most a quarter of the window at 1280×800 and at 400×800, and covers neither the buy button nor
 * a sticky cart bar (a mock product page shaped like a store's, and real saved Amazon and Wayfair pages); it
 * minimises to a tab and docks in another corner, remembered for the site.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openPopup, panel, serveJobPostings, settle, tabIdOf } from './fixtures';
import { readManifest, readPage } from '../real-pages';
import { serveSavedPage } from './server';
import { missingShared, REAL_PAGES } from '../shared-files';

const EMPLOYERS: Record<string, string> = { booz: 'Booz Allen Hamilton', palantir: 'Palantir Technologies' };
const region = (page: Page) => panel(page).getByTestId('contractlens-panel');
const MOCK_PRODUCT = 'http://www.bestbuy.com/site/dell-xps-13-buy-box';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a job board: dismissing one posting\'s company hides that company only, with an undo; the others keep their panels and markers', async ({ context, fixtureServer }) => {
  serveJobPostings(fixtureServer, (key) => EMPLOYERS[key]);
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/booz/');
    await expect(panel(page)).toHaveAttribute('data-company', 'booz-allen');
    await region(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(region(page)).toHaveCount(0);
    await expect(panel(page).getByTestId('hidden-note')).toHaveText(/Hidden: Booz Allen Hamilton on linkedin\.com, until the browser restarts\./);

    await page.goto('https://www.linkedin.com/jobs/view/palantir/');
    await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
    await expect(region(page)).toBeVisible();
    await page.goto('https://www.linkedin.com/jobs/view/booz/');
    await settle(page);
    await expect(panel(page)).toHaveCount(0);
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
  // LinkedIn's job search: Booz Allen's marker is gone, Leidos' and Palantir's stay.
  const search = await context.newPage();
  await search.goto('https://www.linkedin.com/jobs/search-results/?keywords=analyst');
  await expect(search.locator('contractlens-marker[data-company="palantir"]')).toBeVisible();
  await expect(search.locator('contractlens-marker[data-company="leidos"]')).toBeVisible();
  await expect(search.locator('contractlens-marker[data-company="booz-allen"]')).toHaveCount(0);
});

test('Undo brings the panel back, now and on the next page', async ({ context, fixtureServer }) => {
  serveJobPostings(fixtureServer, (key) => EMPLOYERS[key]);
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/booz/');
    await region(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
    await panel(page).getByRole('button', { name: 'Undo' }).click();
    await expect(region(page)).toBeVisible();
    await page.goto('https://www.linkedin.com/jobs/view/booz/');
    await expect(panel(page)).toHaveAttribute('data-company', 'booz-allen');
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});

test('a store: a brand\'s panel and the store\'s own are dismissed apart', async ({ context }) => {
  const page = await context.newPage();
  // A Dell laptop on amazon.com: Dell's panel. Dismissed, Amazon's own panel still shows on amazon.com.
  await page.goto('http://www.amazon.com/Dell-Latitude-5440/dp/B0C1');
  await expect(panel(page)).toHaveAttribute('data-company', 'dell');
  await region(page).getByRole('button', { name: /^Dismiss: hide Dell Technologies on amazon\.com/ }).click();
  // Taken once the panel was seen in plain view (a moment after the click): the note says so.
  await expect(panel(page).getByTestId('hidden-note')).toBeVisible();
  await page.goto('http://www.amazon.com/');
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
  await page.goto('http://www.amazon.com/Dell-Latitude-5440/dp/B0C1');
  await settle(page);
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
});

test('silencing a whole job board is a separate choice that names it, and asks first', async ({ context, fixtureServer, serviceWorker }) => {
  serveJobPostings(fixtureServer, (key) => EMPLOYERS[key]);
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/palantir/');
    await region(page).getByText('Mute…').click();
    await region(page).getByRole('button', { name: 'Every company on linkedin.com…' }).click();
    await expect(region(page).getByTestId('site-confirm')).toHaveText(/No panel and no marker on linkedin\.com, for any company/);
    const mutes = () => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { mutes?: Array<{ kind: string; value: string }> } | undefined)?.mutes?.map((m) => `${m.kind}:${m.value}`) ?? []);
    expect(await mutes()).toEqual([]);
    await region(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(region(page).getByTestId('site-confirm')).toHaveCount(0);
    await region(page).getByRole('button', { name: 'Every company on linkedin.com…' }).click();
    await region(page).getByRole('button', { name: 'Silence linkedin.com for a day' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expect.poll(mutes).toEqual(['site:linkedin.com']);
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});

for (const [width, height] of [[1280, 800], [400, 800]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a product page at ${width}×${height} (${scheme}): the first view takes at most a quarter of the window and covers neither the buy button nor the sticky cart bar`, async ({ context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(MOCK_PRODUCT);
      await expect(panel(page)).toHaveAttribute('data-company', 'dell');
      const card = region(page);
      await expect(card.getByTestId('verdict')).toContainText('Direct');
      await page.waitForTimeout(600);
      const box = (await card.boundingBox())!;
      expect(box.width * box.height).toBeLessThanOrEqual((width * height) / 4);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      for (const keep of [page.getByTestId('add-to-cart'), page.getByTestId('sticky-cart')]) {
        if (!(await keep.isVisible())) continue;
        expect(overlaps(box, (await keep.boundingBox())!), `the panel ${JSON.stringify(box)} covers ${await keep.textContent()}`).toBe(false);
      }
      // The record is one click away; no cent-precise figure before it.
      expect(await card.innerText()).not.toMatch(/\d\.\d\d\b/);
      await card.getByTestId('details-button').click();
      await expect(card.getByTestId('details')).toContainText('Kinds of work');
      const axe = await new AxeBuilder({ page }).include('contractlens-panel').analyze();
      expect(axe.violations).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`product-${width}-${scheme}.png`) });
    });
  }
}

test('minimise folds the panel into the tab; move docks it in the next corner, remembered for the site', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('http://www.wayfair.com/');
  await expect(panel(page)).toHaveAttribute('data-place', 'bottom-right');
  await region(page).getByTestId('minimise').click();
  await expect(region(page)).toHaveCount(0);
  await panel(page).getByTestId('contractlens-tab').click();
  await expect(region(page)).toBeVisible();
  await region(page).getByTestId('move').click();
  await expect(panel(page)).toHaveAttribute('data-place', 'bottom-left');
  const box = (await region(page).boundingBox())!;
  expect(box.x).toBeLessThan(40);
  await region(page).getByTestId('move').click();
  await expect(panel(page)).toHaveAttribute('data-place', 'top-left');
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-place', 'top-left');
  // Another site keeps its own place.
  await page.goto('http://aws.amazon.com/');
  await expect(panel(page)).toHaveAttribute('data-place', 'bottom-right');
});

test('the verdict says what the company did, how directly and how much, in English', async ({ context }) => {
  const page = await context.newPage();
  for (const [url, badge, headline, amount] of [
    ['http://www.geogroup.com/', 'Direct', 'ICE and CBP contractor · Running and guarding detention', /^\$3\.\d billion obligated, fiscal years 2021 to 2026 so far$/],
    ['http://www.wayfair.com/', 'Indirect, past', 'Sold goods to a contractor of ORR, last in 2019 · Equipment and supplies', /^about \$200,000 \(sale, 2019\)$/],
    ['https://github.com/', 'Indirect, past', 'Sold to ICE through a reseller, last in 2019 · IT and cloud', /^less than \$200,000 \(contract value, 2019\)$/],
  ] as const) {
    await page.goto(url);
    const card = region(page);
    await expect(card.locator('.verdict-badge')).toHaveText(badge);
    await expect(card.locator('.verdict-headline')).toHaveText(`${badge} ${headline}`);
    await expect(card.getByTestId('verdict-amount')).toHaveText(amount);
  }
});

test.describe('real saved store pages', () => {
  test.skip(missingShared(`${REAL_PAGES}/manifest.json`), `the real-pages corpus is not at ${REAL_PAGES}`);
  // Pages the placement code was not written against (only the Asus page was looked at while building
  // it): each store's own buy controls, found by what they say, not by the ids the placement code knows.
  const PAGES = ['amazon-asus-rog-monitor.html.gz', 'amazon-gorilla-duct-tape.html.gz', 'amazon-brome-squirrel-buster.html.gz', 'wayfair-wade-logan-armchair.html.gz'];
  const BUY = /^(add to cart|add to basket|buy now|add to bag)$/i;
  for (const file of PAGES) {
    for (const [width, height] of [[1280, 800], [400, 800]] as const) {
      test(`${file} at ${width}×${height}: the first view takes at most a quarter of the window and covers no buy control`, async ({ context, fixtureServer }) => {
        const { url } = readManifest().find((m) => m.file === file)!;
        const target = new URL(url);
        serveSavedPage(fixtureServer, target, readPage(file));
        try {
          const page = await context.newPage();
          await page.setViewportSize({ width, height });
          await page.goto(url);
          await expect(region(page)).toBeVisible();
          await page.waitForTimeout(600);
          const box = (await region(page).boundingBox())!;
          expect(box.width * box.height).toBeLessThanOrEqual((width * height) / 4);
          // Saved without their style sheets, these pages lay out in one long column: each buy control is
          // scrolled to the bottom of the window (where the panel sits), and the panel, placed again
          // once scrolling stops, must leave it uncovered.
          const controls = await page.evaluate((source) => {
            const pattern = new RegExp(source, 'i');
            const all = [...document.querySelectorAll<HTMLElement>('button, input[type=submit], input[type=button], [role=button]')];
            return all.flatMap((el, i) => {
              const label = (el instanceof HTMLInputElement ? el.value : (el.innerText ?? el.textContent ?? '')).trim();
              const r = el.getBoundingClientRect();
              return pattern.test(label) && r.width > 0 && r.height > 0 ? [i] : [];
            });
          }, BUY.source);
          expect(controls.length, 'the page has a buy control').toBeGreaterThan(0);
          for (const i of controls) {
            const control = page.locator('button, input[type=submit], input[type=button], [role=button]').nth(i);
            await control.evaluate((el) => el.scrollIntoView({ block: 'end', inline: 'end' }));
            await page.waitForTimeout(700);
            const at = (await control.boundingBox())!;
            const panelBox = (await region(page).boundingBox())!;
            expect(panelBox.width * panelBox.height).toBeLessThanOrEqual((width * height) / 4);
            expect(overlaps(panelBox, at), `the panel covers the buy control at ${JSON.stringify(at)}`).toBe(false);
          }
          await page.screenshot({ path: test.info().outputPath(`${file}-${width}.png`) });
        } finally {
          fixtureServer.routes.delete(target.hostname);
        }
      });
    }
  }
});

test('the popup on a job board: mutes start at a day, and silencing the site waits for a confirmation that names it', async ({ context, fixtureServer, serviceWorker }) => {
  serveJobPostings(fixtureServer, (key) => EMPLOYERS[key]);
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/palantir/');
    await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
    const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page) });
    await popup.getByTestId('popup-mute').getByText('Mute…').click();
    await expect(popup.getByTestId('mute-duration')).toHaveValue('day');
    await popup.getByTestId('mute-site').click();
    await expect(popup.getByTestId('popup-site-confirm')).toHaveText(/No panel and no marker on linkedin\.com, for any company: 1 day\. Silence it\?/);
    await popup.getByRole('button', { name: 'Cancel' }).click();
    await expect(popup.getByTestId('popup-site-confirm')).toHaveCount(0);
    await expect(popup.getByTestId('mutes')).toHaveCount(0);
    await popup.getByTestId('mute-site').click();
    await popup.getByRole('button', { name: 'Silence linkedin.com' }).click();
    await expect(popup.getByTestId('mutes')).toContainText('linkedin.com');
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});

test('"What can I do?": the employees\' own letters, the full record in the directory, one problem report', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await region(page).getByTestId('details-button').click();
  await region(page).getByText('What can I do?').click();
  await expect(region(page).getByTestId('employee-actions').locator('li').first()).toHaveText(/^Employees · .+: .+/);
  const [directory] = await Promise.all([context.waitForEvent('page'), region(page).getByTestId('open-record').click()]);
  await directory.waitForLoadState('domcontentloaded');
  expect(new URL(directory.url()).search).toBe('?company=wayfair');
  await expect(directory.getByTestId('company-record')).toContainText('Wayfair');
});

test('"Report a problem" works without a GitHub account: the record\'s form, by e-mail, on GitHub or copied', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await region(page).getByTestId('details-button').click();
  await region(page).getByText('What can I do?').click();
  const [record] = await Promise.all([context.waitForEvent('page'), region(page).getByTestId('report').click()]);
  await record.waitForLoadState('domcontentloaded');
  const address = new URL(record.url());
  expect(address.search + address.hash).toBe('?company=wayfair#report');
  const form = record.getByTestId('report-form');
  await expect(form.getByRole('heading')).toHaveText('Report a problem with this entry');
  // Straight to the field, and the form in view.
  await expect(form.getByLabel('What is wrong')).toBeFocused();
  await expect(form).toBeInViewport();
  await record.keyboard.type('The sale was in 2019 <b>not</b> 2018');
  await form.getByLabel('A page that shows it (optional)').fill('https://example.org/a story');
  const preview = form.getByTestId('report-preview');
  await expect(preview).toContainText('Company: Wayfair (wayfair)');
  await expect(preview).toContainText('The sale was in 2019 <b>not</b> 2018');
  await expect(preview.locator('b')).toHaveCount(0);
  // By e-mail: the build's address, the report as typed (spaces as %20), no page the user was on.
  const mail = await form.getByTestId('report-email').getAttribute('href');
  expect(mail).toMatch(/^mailto:reports@example\.org\?subject=Data%20problem%3A%20wayfair&body=/);
  const body = decodeURIComponent(mail!.split('&body=')[1]!);
  expect(body).toBe((await preview.textContent())!.trim());
  expect(body).not.toContain('wayfair.com');
  await expect(form).toContainText('No account needed');
  const issue = new URL((await form.getByTestId('report-github').getAttribute('href'))!);
  expect(issue.pathname).toMatch(/\/issues\/new$/);
  expect(issue.searchParams.get('body')).toBe(body);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await form.getByTestId('report-copy').click();
  await expect(form.getByRole('status')).toHaveText('Copied: paste it wherever you like.');
  expect(await record.evaluate(() => navigator.clipboard.readText())).toBe(body);
});
