/**
 * Real saved pages (shared/data/real-pages, see tests/real-pages.ts) served under their own host
 * names to the built extension in Chromium: with a listed company's name swapped in for the page's
 * employer or brand, the panel names that company; as saved, the pages name no listed company and
 * only the site's own company is flagged (Amazon's own 365 brand aside). The pages' scripts are blocked (CSP), as they would only
 * fail against the local server; the extension's content script is not subject to the page's CSP.
 */
import { test, expect, panel, settle } from './fixtures';
import { serveSavedPage } from './server';
import { CASES, readManifest, readPage, swapped, type ManifestEntry } from '../real-pages';
import { missingShared, REAL_PAGES } from '../shared-files';

const skip = missingShared(`${REAL_PAGES}/manifest.json`);
const manifest: ManifestEntry[] = skip ? [] : readManifest();
const entry = (file: string) => manifest.find((m) => m.file === file)!;

const SWAPPED = [
  'linkedin-job-flow-traders-graduate-data-engineer.html.gz',
  'linkedin-company-audiense.html.gz',
  'linkedin-job-guest-talan-azure-architect-fr.html.gz',
  'glassdoor-tcs-reviews.html.gz',
  'greenhouse-alma-software-engineer-ii.html.gz',
  'indeed-serp-pane-ohsu-research-data-analyst.html.gz',
  'workday-medtronic-fpa-consultant.html.gz',
  'bestbuy-ca-belkin-soundform.html.gz',
  'amazon-es-cecotec-windroid.html.gz',
  'costco-afa-sink.html.gz',
];
const AS_SAVED = ['workday-hp-careers-search.html.gz', 'amazon-kindle-baldacci-whole-truth.html.gz', 'linkedin-job-guest-talan-azure-architect-fr.html.gz'];

test.describe('real pages', () => {
  test.skip(skip, `${REAL_PAGES} not found (real pages are read from shared/ beside the project)`);

  for (const file of SWAPPED) {
    test(`${file}, with a listed company swapped in: the panel names it`, async ({ context, fixtureServer }) => {
      const { url } = entry(file);
      const swap = CASES[file]!.swap!;
      const target = new URL(url);
      serveSavedPage(fixtureServer, target, swapped(readPage(file), swap.pairs));
      try {
        const page = await context.newPage();
        await page.goto(url);
        await expect(panel(page)).toHaveAttribute('data-company', swap.company);
        await expect(panel(page).getByTestId('context')).toContainText(swap.reads);
      } finally {
        fixtureServer.routes.delete(target.hostname);
      }
    });
  }

  for (const file of AS_SAVED) {
    const flags = CASES[file]!.flags;
    test(`${file}, as saved: ${flags ? `only the site's own company (${flags})` : 'no panel'}`, async ({ context, fixtureServer }) => {
      const { url } = entry(file);
      const target = new URL(url);
      serveSavedPage(fixtureServer, target, readPage(file));
      try {
        const page = await context.newPage();
        await page.goto(url);
        if (flags) {
          await expect(panel(page)).toHaveAttribute('data-company', flags);
        } else {
          await settle(page);
          await expect(panel(page)).toHaveCount(0);
        }
      } finally {
        fixtureServer.routes.delete(target.hostname);
      }
    });
  }

  test('amazon-365-whole-foods-chips.html.gz, as saved: the product\'s brand is Amazon\'s own, and the panel says so', async ({ context, fixtureServer }) => {
    const { url } = entry('amazon-365-whole-foods-chips.html.gz');
    const target = new URL(url);
    serveSavedPage(fixtureServer, target, readPage('amazon-365-whole-foods-chips.html.gz'));
    try {
      const page = await context.newPage();
      await page.goto(url);
      await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
      await expect(panel(page).getByTestId('context')).toHaveText('365 by Whole Foods Market, the brand of this product, belongs to Amazon.');
    } finally {
      fixtureServer.routes.delete(target.hostname);
    }
  });

  test('amazon-asus-rog-monitor.html.gz with "Ring" swapped in for ASUS: a monitor is none of Ring\'s products, so only the store is flagged', async ({ context, fixtureServer }) => {
    const { url } = entry('amazon-asus-rog-monitor.html.gz');
    const target = new URL(url);
    serveSavedPage(fixtureServer, target, swapped(readPage('amazon-asus-rog-monitor.html.gz'), [['Visit the ASUS Store', 'Visit the Ring Store']]));
    try {
      const page = await context.newPage();
      await page.goto(url);
      await expect(page.locator('#bylineInfo')).toHaveText(/Visit the Ring Store/);
      await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
      // The store's own company, not the brand: no brand line.
      await expect(panel(page).getByTestId('context')).toHaveCount(0);
    } finally {
      fixtureServer.routes.delete(target.hostname);
    }
  });
});
