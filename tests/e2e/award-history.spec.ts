/**
 * The award-records history in Chromium, for the company with the most fiscal years in the bundled
 * dataset: the line with its total and years, one bar per agency and year, the table screen readers
 * read, the "Federal award records" section newest first, in English and Spanish, with no axe
 * violation in either colour scheme.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Dataset } from '../../data/schema';
import { getAwardHistory } from '../../lib/award-history';
import { test, expect, launchWithExtension, panel, serveJobPostings, waitForPanelRegistration, openDetails } from './fixtures';
import { expectedLargestAwardLine, expectedRoundedUsd, expectedUsd } from './expected-text';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as Dataset;
const histories = dataset.companies.map((company) => ({ company, history: getAwardHistory(company) })).filter((h) => h.history);
const { company, history } = histories.sort((a, b) => b.history!.years.length - a.history!.years.length || a.company.id.localeCompare(b.company.id))[0]!;
const latest = Math.max(...histories.map((h) => h.history!.last));

// "CBP and ICE"; in Spanish "y" becomes "e" before an i-sound ("CBP e ICE").
const AGENCIES = {
  en: (list: string[]) => (list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]!),
  es: (list: string[]) => (list.length > 1 ? `${list.slice(0, -1).join(', ')} ${/^[Ii]/.test(list.at(-1)!) ? 'e' : 'y'} ${list.at(-1)}` : list[0]!),
};

for (const lang of ['en', 'es'] as const) {
  test(`a company with several fiscal years shows its history and chart (${lang})`, async ({ fixtureServer }) => {
    test.setTimeout(120_000);
    expect(history!.years.length, 'no company in the bundled data has two fiscal years').toBeGreaterThanOrEqual(2);
    serveJobPostings(fixtureServer, (key) => (key === company.id ? company.name : undefined));
    const context = await launchWithExtension(fixtureServer.port, [`--lang=${lang}`]);
    try {
      await waitForPanelRegistration(context);
      const page = await context.newPage();
      await page.goto(company.hosts[0] ? `https://${company.hosts[0].host}/` : `https://www.linkedin.com/jobs/view/${company.id}/`);
      const region = panel(page).getByTestId('contractlens-panel');
      await openDetails(page);
      const block = region.getByTestId('award-history');
      const h = history!;
      const years = h.first === h.last ? `FY${h.first}` : `FY${h.first}–FY${h.last}`;
      const agencies = AGENCIES[lang](h.agencies);
      const total = expectedRoundedUsd(h.usd, lang);
      const line =
        h.last < latest
          ? lang === 'en' ? `${agencies} paid it ${total} in ${years}; no awards in the records since` : `${agencies} le pagó ${total} en ${years}; sin adjudicaciones en los registros desde entonces`
          : lang === 'en' ? `${agencies} obligations, ${years}: ${total}` : `Obligaciones de ${agencies}, ${years}: ${total}`;
      // Rounded for reading; the caveats and the exact figures are one click away.
      await expect(block.locator('.history-line')).toHaveText(line);
      await expect(block.locator('svg rect')).toHaveCount(h.years.reduce((n, y) => n + y.agencies.length, 0));
      const partial = h.years.find((y) => y.partial);
      if (partial) await expect(block.locator('svg g.partial text')).toHaveText([String(partial.fiscalYear), lang === 'en' ? 'so far' : 'en curso']);
      await expect(block.getByTestId('history-table')).toBeHidden();
      await block.locator('.exact summary').click();
      await expect(block.locator('tbody tr')).toHaveCount(h.years.length);
      await expect(block.locator('tbody')).toContainText(expectedUsd(h.years[0]!.agencies[0]!.usd, lang));
      await block.screenshot({ path: test.info().outputPath(`history-${lang}.png`) });
      // The section: the largest awards in plain sentences, then each year's records (newest first)
      // one click further.
      const section = region.locator('details.section', { has: page.getByTestId('award-records') });
      // (Open from the start when the company has no other contracts.)
      if (!(await section.evaluate((details) => (details as HTMLDetailsElement).open))) await section.locator('summary.section-title').click();
      await expect(section.getByTestId('largest-awards').locator('> li .claim')).toHaveText((company.largestAwards ?? []).map((award) => expectedLargestAwardLine(award, lang)));
      await expect(section.getByTestId('award-records')).toBeHidden();
      await section.locator('details.year-records > summary').click();
      const ids = await section.locator('[data-testid=award-records] > li.entry').evaluateAll((items) => items.map((li) => li.getAttribute('data-entry')));
      expect(ids).toEqual(h.facts.map((f) => f.id));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const { violations } = await new AxeBuilder({ page }).include('contractlens-panel').analyze();
        expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
      }
    } finally {
      fixtureServer.routes.delete('www.linkedin.com');
      await context.close();
    }
  });
}
