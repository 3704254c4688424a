/**
 * Markers beside result lists, in Chromium: job search results whose employer is listed, web results
 * linking to a listed company's site; a marker opens that company's panel; every setting holds
 * (discreet mode and the master switch: nothing in the page). Fixture pages shaped like LinkedIn's
 * guest search and Google's results, and a real Indeed results page (shared/data/real-pages).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectStoredSettings, openPopup, panel, settle } from './fixtures';
import { readManifest, readPage, swapped } from '../real-pages';
import { serveSavedPage } from './server';
import { missingShared, REAL_PAGES } from '../shared-files';

const markers = (page: import('@playwright/test').Page) => page.locator('contractlens-marker');

test('a job search list: markers beside listed employers only, results added later too; a marker opens the panel', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/jobs/search-results/?keywords=analyst');
  const booz = page.getByRole('button', { name: /^Booz Allen Hamilton: Direct · [A-Z, ]+ \(ContractLens\)$/ });
  await expect(booz).toBeVisible();
  // The marker's words come from the verdict: a word and a mark, no product name in front.
  await expect(booz).toHaveText(/^Direct · (ICE|CBP)/);
  await booz.hover();
  await expect(markers(page).first().getByRole('tooltip')).toBeVisible();
  await expect(markers(page).first().getByRole('tooltip')).toContainText(/^Booz Allen Hamilton: Direct · .* contractor · .*obligated, fiscal years/);
  await expect(page.getByRole('button', { name: /^Leidos: / })).toBeVisible();
  // Added after the first pass, as when scrolling.
  await expect(page.getByRole('button', { name: /^Palantir Technologies: Direct · ICE/ })).toBeVisible();
  // Not listed, and a name that also means other things (BAH): no marker.
  await expect(markers(page)).toHaveCount(3);
  await expect(markers(page).first()).toHaveAttribute('data-company', 'booz-allen');
  await booz.click();
  await expect(panel(page)).toHaveAttribute('data-company', 'booz-allen');
  await expect(panel(page).getByTestId('context')).toContainText('Booz Allen Hamilton');
});

test('web search results: markers beside links to listed companies\' sites, not a github.io page; a marker opens the panel', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.google.com/search?q=data+analytics');
  await expect(page.getByRole('button', { name: /^Palantir Technologies: Direct · ICE/ })).toBeVisible();
  // Wayfair's one sale to a shelter contractor, years ago: indirect and past, never "contractor".
  await expect(page.getByRole('button', { name: /^Wayfair: Indirect, past · ORR/ })).toHaveText('Indirect, past · ORR');
  await expect(markers(page)).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).include('contractlens-marker').analyze();
  expect(axe.violations).toEqual([]);
  // Reached with the keyboard like any other button.
  await page.getByRole('button', { name: /^Palantir Technologies: Direct · ICE/ }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
  await page.goto('https://www.google.com/search?q=data+analytics');
  await page.getByRole('button', { name: /^Palantir Technologies: Direct · ICE/ }).click();
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
});

const WEB_AND_JOB_LISTS: Array<[site: string, url: string, company: string]> = [
  ['Bing (through its redirect)', 'https://www.bing.com/search?q=data+analytics', 'palantir'],
  ['DuckDuckGo (no-script page, through its redirect)', 'https://html.duckduckgo.com/html/?q=data+analytics', 'wayfair'],
  ['Glassdoor job search', 'https://www.glassdoor.com/Job/jobs.htm?sc.keyword=analyst', 'leidos'],
  ['ZipRecruiter job search', 'https://www.ziprecruiter.com/jobs-search?search=analyst', 'booz-allen'],
];
for (const [site, url, company] of WEB_AND_JOB_LISTS) {
  test(`${site}: one marker, beside the listed company's result`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(url);
    await expect(markers(page)).toHaveCount(1);
    await expect(markers(page)).toHaveAttribute('data-company', company);
    await expect(page.getByRole('button', { name: / \(ContractLens\)$/ })).toBeVisible();
  });
}

test('discreet mode and the master switch: no marker in the page', async ({ context, serviceWorker }) => {
  const popup = await openPopup(context);
  await popup.getByTestId('discreet').check();
  await expectStoredSettings(serviceWorker, { discreet: true });
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/jobs/search-results/?keywords=analyst');
  await settle(page);
  await expect(markers(page)).toHaveCount(0);

  await popup.getByTestId('discreet').uncheck();
  await popup.getByTestId('show-alerts').uncheck();
  await expectStoredSettings(serviceWorker, { discreet: false, showAlerts: false });
  await page.goto('https://www.google.com/search?q=data+analytics');
  await settle(page);
  await expect(markers(page)).toHaveCount(0);
});

const INDEED = 'indeed-serp-pane-ohsu-research-data-analyst.html.gz';
test('a real Indeed results page: no marker as saved; with a listed employer swapped into the list, a marker beside it', async ({ context, fixtureServer }) => {
  test.skip(missingShared(`${REAL_PAGES}/manifest.json`), `${REAL_PAGES} not found (real pages are read from shared/ beside the project)`);
  const { url } = readManifest().find((m) => m.file === INDEED)!;
  const target = new URL(url);
  const html = readPage(INDEED);
  serveSavedPage(fixtureServer, target, html);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    await expect(markers(page)).toHaveCount(0);
    serveSavedPage(fixtureServer, target, swapped(html, [['Moda Health', 'Booz Allen Hamilton']]));
    await page.goto(url);
    await expect(page.getByRole('button', { name: /^Booz Allen Hamilton: / }).first()).toBeVisible();
    await expect(markers(page)).toHaveCount(2);
  } finally {
    fixtureServer.routes.delete(target.hostname);
  }
});
