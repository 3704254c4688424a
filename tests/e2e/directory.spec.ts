/**
 * Looking companies up (issue 21) in Chromium: the popup's search finds a company by its name, an
 * alias, a brand and a site, and says when a name also means other things or is a lookalike; a result
 * opens the company's record in the directory, as its panel shows it. The directory lists every
 * company, sorts and filters, searches with the same search, and passes axe in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { Dataset } from '../../data/schema';
import { test, expect, expectStoredSettings, launchWithExtension, openPopup, waitForPanelRegistration } from './fixtures';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as Dataset;

async function openDirectory(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/directory.html${query}`);
  return page;
}

test('the popup finds a company by name, alias, brand and site, and says what each did; how a name is matched is the directory\'s to say', async ({ context, extensionId }) => {
  const popup = await openPopup(context, { folded: true });
  const field = popup.getByTestId('popup-search');
  await expect(field).toBeFocused();
  const results = popup.getByTestId('search-results').locator('li');

  // Each result: what the company did, in the markers' words, and its one figure (issue 31).
  await field.fill('peraton');
  await expect(results.first().locator('a')).toHaveText('Peraton');
  await expect(results.first().getByTestId('hit-verdict')).toHaveText(/^Direct · ICE, CBP · \$\d+ million obligated, fiscal years 2021 to 2026 so far$/);

  // An alias, which also means other things: the popup names the company and what it did, not the
  // matcher's rule; the directory's search says how the name is matched.
  await field.fill('aws');
  const aws = results.filter({ hasText: 'Also known as AWS' });
  await expect(aws.locator('a')).toHaveText('Amazon');
  // AWS bought through resellers (Four Points …) by the award records: indirect and recent, with what the resellers received.
  await expect(aws.getByTestId('hit-verdict')).toHaveText(/^Indirect · ICE, CBP · \$\d+ million obligated to resellers of its products, fiscal years 2021 to 2026 so far$/);
  await expect(aws.getByTestId('hit-ambiguous')).toHaveCount(0);
  const directory = await openDirectory(context, extensionId, '?q=aws');
  await expect(directory.getByTestId('hit-ambiguous').first()).toHaveText('“AWS” also means other things: it counts for Amazon only beside a second sign on the page.');
  await directory.close();

  // "Hewlett Packard" is first of all the old name of HP Inc., a lookalike the data keeps apart.
  await field.fill('Hewlett Packard');
  await expect(results.first().getByTestId('hit-lookalike')).toContainText('Hewlett-Packard is not Hewlett Packard Enterprise:');
  await expect(results.nth(1).locator('a')).toHaveText('Hewlett Packard Enterprise');

  await field.fill('ring');
  const ring = results.filter({ hasText: 'Brand: Ring' });
  await expect(ring.locator('a')).toHaveText('Amazon');
  await expect(ring.getByTestId('hit-ambiguous')).toHaveCount(0);

  await field.fill('geogroup.com');
  await expect(results.first()).toContainText('The GEO Group');
  await expect(results.first()).toContainText('Site: geogroup.com');
  await expect(results.first().getByTestId('hit-verdict')).toHaveText(/^Direct · ICE, CBP · \$3\.1 billion obligated, fiscal years 2021 to 2026 so far$/);

  await field.fill('zzzz-nothing');
  // Absence is not a clean bill, and the popup says so.
  await expect(popup.locator('#search-count')).toHaveText('Nothing in the data matches “zzzz-nothing”. That does not mean it has no ties: the data lists companies with sourced ties, and it misses some.');

  // Keyboard: ↓ moves into the results, Enter opens the record in a new tab.
  await field.fill('peraton');
  await field.press('ArrowDown');
  await expect(results.first().locator('a')).toBeFocused();
  const [record] = await Promise.all([context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await expect(record.getByTestId('company-record').locator('h1')).toHaveText('Peraton');
});

test('the directory lists every company, sorts, filters and searches; a row opens the record as its panel shows it', async ({ context, extensionId }) => {
  const page = await openDirectory(context, extensionId);
  const count = page.getByTestId('directory-count');
  await expect(count).toHaveText(`Showing ${dataset.companies.length} of ${dataset.companies.length} companies`);
  // Virtualised: far fewer rows in the page than companies.
  const rows = page.getByTestId('directory-table').locator('tbody tr[data-company]');
  expect(await rows.count()).toBeLessThan(100);

  // Largest first (all years of the records; issue 31), not "24x7systems" by the alphabet; by name on
  // request; the largest FY2025 recipient first when sorted by that year.
  await expect(page.getByRole('columnheader', { name: 'All years' })).toHaveAttribute('aria-sort', 'descending');
  const total = (c: Dataset['companies'][number]) => c.contracts.filter((f) => f.relation === 'spending-total' && f.period).reduce((s, f) => s + (f.amount?.usd ?? 0), 0) - (c.netDeobligations ?? []).reduce((s, n) => s + n.amount.usd, 0);
  await expect(rows.first()).toHaveAttribute('data-company', [...dataset.companies].sort((a, b) => total(b) - total(a))[0]!.id);
  const names = [...dataset.companies.map((c) => c.name)].sort(new Intl.Collator('en').compare);
  await page.getByRole('button', { name: 'Company', exact: true }).click();
  await expect(rows.first().locator('th a')).toHaveText(names[0]!);
  await page.getByRole('button', { name: 'FY2025', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'FY2025' })).toHaveAttribute('aria-sort', 'descending');
  // The year's net: obligations less any agency's money taken back that year.
  const fy2025 = (c: Dataset['companies'][number]) =>
    Math.round(
      (c.contracts.filter((f) => f.relation === 'spending-total' && f.period?.start === '2024-10-01' && f.period?.end === '2025-09-30').reduce((s, f) => s + (f.amount?.usd ?? 0), 0) -
        (c.netDeobligations ?? []).filter((n) => n.period.end === '2025-09-30').reduce((s, n) => s + n.amount.usd, 0)) *
        100,
    ) / 100;
  const largest = [...dataset.companies].sort((a, b) => fy2025(b) - fy2025(a))[0]!;
  await expect(rows.first()).toHaveAttribute('data-company', largest.id);

  // Filters: detention operations at ICE.
  await page.getByTestId('filter-kind').selectOption('detention-operations');
  await page.getByTestId('filter-agency').selectOption('ICE');
  const expected = dataset.companies.filter((c) => c.involvement.includes('detention-operations') && c.contracts.some((f) => /\bICE\b/.test(f.agency)));
  await expect(count).toHaveText(`Showing ${expected.length} of ${dataset.companies.length} companies`);
  expect(page.url()).toContain('kind=detention-operations');
  // Services inside detention are their own kind; a workers'-compensation manager for CBP staff is in neither.
  await page.getByTestId('filter-agency').selectOption('');
  await page.getByTestId('filter-kind').selectOption('detention-services');
  const services = dataset.companies.filter((c) => c.involvement.includes('detention-services'));
  await expect(count).toHaveText(`Showing ${services.length} of ${dataset.companies.length} companies`);
  await page.getByTestId('directory-search').fill('Managed Care Advisors');
  await expect(count).toHaveText('“Managed Care Advisors” is in the data, but not under the chosen kind of work or agency.');
  await page.getByTestId('directory-search').fill('');
  await page.getByTestId('filter-kind').selectOption('construction-facilities');
  await expect(count).toHaveText(`Showing ${dataset.companies.filter((c) => c.involvement.includes('construction-facilities')).length} of ${dataset.companies.length} companies`);

  // A year the agency took back more than it obligated: the cell says so, never as an award.
  await page.getByTestId('filter-kind').selectOption('');
  await page.getByTestId('directory-search').fill('Barnard Spencer Joint Venture');
  const venture = page.getByTestId('directory-table').locator('tbody tr[data-company="barnard-spencer-joint-venture"]');
  const taken = dataset.companies.find((c) => c.id === 'barnard-spencer-joint-venture')!.netDeobligations!.find((n) => n.period.end === '2024-09-30')!.amount.usd;
  await expect(venture.locator('td.num').nth(3)).toHaveText(`−${new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(taken)}`);
  await expect(venture.locator('td.num').nth(3)).toHaveAttribute('title', `$${taken.toLocaleString('en-US')} more taken back than obligated in the year`);
  await page.getByTestId('directory-search').fill('');

  // The same search as the popup, in the address too; a lookalike is listed apart.
  await page.getByTestId('directory-search').fill('geo group');
  await expect(rows.first()).toHaveAttribute('data-company', 'geo-group');
  // The figures as the browser writes them: FY2025's obligations in short form (the exact figure in
  // its title); the verdict in its own column; the last review is in the record.
  const geo = dataset.companies.find((c) => c.id === 'geo-group')!;
  const usd = fy2025(geo);
  const cell = rows.first().locator('td.num').nth(4);
  await expect(cell).toHaveText(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(usd));
  await expect(cell).toHaveAttribute('title', `$${usd.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 })}`);
  await expect(rows.first().locator('td.verdict-cell')).toHaveText('Direct');
  await page.getByTestId('directory-search').fill('motorola');
  await expect(page.getByTestId('lookalikes')).toContainText('is not Motorola Solutions');

  // A row opens the record: the panel's sections, and how the company is recognised.
  await page.getByTestId('directory-search').fill('geogroup.com');
  await rows.first().locator('th a').click();
  const record = page.getByTestId('company-record');
  await expect(record.locator('h1')).toHaveText('The GEO Group');
  await expect(record.getByTestId('involvement')).toHaveText('Kinds of work: Running and guarding detention');
  await expect(record.getByTestId('award-history')).toBeVisible();
  await expect(record.locator('.reviewed')).toHaveText(`Entry last reviewed ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${geo.lastReviewed}T00:00:00Z`))}.`);
  const site = record.getByTestId('recognised').locator('[data-host="geogroup.com"]');
  await expect(site).toContainText(/^geogroup\.com: /);
  await expect(site).toContainText(/Confidence: (seen|reported)\./);
  expect(page.url()).toContain('company=geo-group');
  // Back returns to the list with the query as it was.
  await page.goBack();
  await expect(page.getByTestId('directory-search')).toHaveValue('geogroup.com');
});

test('a company\'s record says why it is listed, with the sources for its brands and its owner', async ({ context, extensionId }) => {
  const page = await openDirectory(context, extensionId, '?company=amazon');
  const recognised = page.getByTestId('recognised');
  const ring = recognised.locator('li.entry', { hasText: 'Ring belongs to Amazon' });
  await expect(ring.locator('.claim')).toHaveText('Ring belongs to Amazon (Amazon bought the video-doorbell maker Ring in 2018). Sources:');
  await expect(ring.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await page.goto(`chrome-extension://${extensionId}/directory.html?company=bi-incorporated`);
  await expect(page.getByTestId('ownership')).toHaveText('BI Incorporated is owned by The GEO Group.');
});

test('a link to the directory with a query (the context menu\'s) opens the search; an unknown company says so', async ({ context, extensionId }) => {
  const page = await openDirectory(context, extensionId, `?q=${encodeURIComponent('Whole Foods')}`);
  await expect(page.getByTestId('directory-search')).toHaveValue('Whole Foods');
  const first = page.getByTestId('directory-table').locator('tbody tr[data-company]').first();
  await expect(first).toHaveAttribute('data-company', 'amazon');
  await expect(first).toContainText('Brand: Whole Foods Market');
  await page.goto(`chrome-extension://${extensionId}/directory.html?company=no-such-company`);
  await expect(page.getByRole('alert')).toHaveText('No company with this address is in the data in use.');
});

test('on install the welcome page opens once, its choices are saved, and it leads to the directory; the options page links to it', async ({ context, extensionId, serviceWorker }) => {
  // (That an update opens no welcome page is tested in Node: tests/unit/first-run.test.ts.)
  const welcomes = () => context.pages().filter((p) => p.url() === `chrome-extension://${extensionId}/welcome.html`);
  await expect.poll(() => welcomes().length).toBe(1);
  const welcome = welcomes()[0]!;
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to ContractLens');
  await expect(welcome.getByTestId('privacy-promise').locator('li')).toHaveCount(3);
  await welcome.getByTestId('discreet').check();
  await expectStoredSettings(serviceWorker, { discreet: true });
  await welcome.getByTestId('welcome-directory').click();
  await expect(welcome.getByTestId('directory-count')).toContainText('Showing');

  // "Look up in ContractLens" is in the context menu (updating an item that does not exist fails).
  expect(await serviceWorker.evaluate((id) => chrome.contextMenus.update(id, {}).then(() => 'there', (e: Error) => e.message), 'contractlens-lookup')).toBe('there');

  // The options page links to both pages.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('welcome-link').click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Welcome to ContractLens');

});

test('in Spanish: the directory\'s words, figures and dates follow the browser\'s language', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    const worker = await waitForPanelRegistration(context);
    const page = await openDirectory(context, new URL(worker.url()).host, `?q=${encodeURIComponent('geogroup.com')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directorio de ContractLens');
    const row = page.getByTestId('directory-table').locator('tbody tr[data-company="geo-group"]');
    await expect(row.locator('.hit-found')).toHaveText('Sitio: geogroup.com');
    const geo = dataset.companies.find((c) => c.id === 'geo-group')!;
    const fy2025 =
      geo.contracts.filter((f) => f.relation === 'spending-total' && f.period?.start === '2024-10-01').reduce((sum, f) => sum + (f.amount?.usd ?? 0), 0) -
      (geo.netDeobligations ?? []).filter((n) => n.period.end === '2025-09-30').reduce((sum, n) => sum + n.amount.usd, 0);
    await expect(row.locator('td.num').nth(4)).toHaveText(new Intl.NumberFormat('es', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(fy2025));
    await expect(row.locator('td.verdict-cell')).toHaveText('Directo');
    await row.locator('th a').click();
    await expect(page.locator('.reviewed')).toHaveText(`Entrada revisada por última vez el ${new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${geo.lastReviewed}T00:00:00Z`))}.`);
  } finally {
    await context.close();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations on the directory, a record, the popup's results and the welcome page (${scheme})`, async ({ context, extensionId }) => {
    const page = await openDirectory(context, extensionId);
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.getByTestId('directory-count')).toBeVisible();
    await page.getByTestId('directory-search').fill('ring');
    await page.locator('.chart-table summary').click();
    const check = async (target: Page) => {
      const { violations } = await new AxeBuilder({ page: target }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
    };
    await check(page);
    await page.goto(`chrome-extension://${extensionId}/directory.html?company=geo-group`);
    await expect(page.getByTestId('company-record')).toBeVisible();
    // Every section, then what each opened section shows (a facility list inside a section, too).
    for (const summary of await page.locator('summary').all()) if (await summary.isVisible()) await summary.click();
    await check(page);
    const popup = await openPopup(context);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByTestId('popup-search').fill('ring');
    await expect(popup.getByTestId('search-results')).toBeVisible();
    await check(popup);
    await page.goto(`chrome-extension://${extensionId}/welcome.html`);
    await expect(page.getByTestId('discreet')).toBeVisible();
    await check(page);
  });
}

test('at a phone\'s width, in Spanish: one card per company with its name, verdict and the figure sorted by; one money form; the chart readable', async ({ fixtureServer }) => {
  const context = await launchWithExtension(fixtureServer.port, ['--lang=es']);
  try {
    const worker = await waitForPanelRegistration(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/directory.html`);
    const table = page.getByTestId('directory-table');
    const first = table.locator('tbody tr[data-company]').first();
    await expect(first).toBeVisible();
    // The card: name, verdict and "all years" (the default order), inside the window; no year column.
    const name = first.locator('th a');
    const nameBox = (await name.boundingBox())!;
    expect(nameBox.x).toBeGreaterThanOrEqual(0);
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(400);
    await expect(first.locator('.verdict-cell')).toBeVisible();
    const total = first.locator('td.num[data-sorted]');
    await expect(total).toHaveCount(1);
    await expect(total).toHaveAttribute('data-label', 'Todos los años');
    await expect(total).toHaveText(/^[\d,]+ (mil M|M|mil) US\$$/);
    expect(await first.locator('td.num:not([data-sorted])').evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== 'none').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    // Sorted by a year: the cards show that year's figure.
    await table.getByRole('button', { name: 'AF 2025' }).click();
    await expect(first.locator('td.num[data-sorted]')).toHaveAttribute('data-label', 'AF 2025');
    // One money form: never CLDR's "3127,1 M" beside "13,4 mil M"; fiscal years as "AF 2025".
    const cells = await table.locator('tbody td.num').allTextContents();
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) expect(cell, cell).toMatch(/^(–|−?\d{1,3}(,\d)? (mil M|M|mil) US\$|−?\d{1,3} \$|−?\$\d{1,3})$/);
    await expect(table.locator('thead')).not.toContainText('FY');
    // The chart: a year not over says so, and its labels keep a readable size at 400 px.
    const chart = page.getByTestId('largest-recipients');
    await expect(chart.locator('[data-year="2026"] .year')).toHaveText('AF 2026 hasta ahora');
    const size = await chart.locator('.bar-label').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  } finally {
    await context.close();
  }
});

for (const lang of ['en', 'es'] as const) {
  test(`the welcome page shows the card, the tab and a marker for a real company, the rule with the data's counts, and an example (${lang})`, async ({ fixtureServer }) => {
    const context = await launchWithExtension(fixtureServer.port, lang === 'es' ? ['--lang=es'] : []);
    try {
      const worker = await waitForPanelRegistration(context);
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 900 });
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/welcome.html`);
      const see = page.getByTestId('welcome-see');
      // The example: the largest recipient with a current, direct verdict, drawn with the panel's parts.
      await expect(see.locator('.sample-name')).toHaveText(/\S/);
      const name = (await see.locator('.sample-name').textContent())!;
      expect(dataset.companies.some((c) => c.name === name)).toBe(true);
      await expect(see.locator('.verdict-badge')).toHaveText(lang === 'en' ? 'Direct' : 'Directo');
      await expect(see.getByTestId('verdict-amount')).toHaveText(lang === 'en' ? /^\$[\d.]+ (billion|million) obligated/ : /^[\d,]+ (mil millones|millones) de dólares/);
      await expect(see.getByTestId('contractlens-tab')).toContainText(name);
      await expect(see.locator('.sample-marker')).toHaveText(lang === 'en' ? /^Direct · / : /^Directo · /);
      // Nothing sticks out at a phone's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      // The rule, and counts that add up to the data's companies.
      const rule = page.getByTestId('welcome-rule');
      await expect(rule).toContainText(lang === 'en' ? 'received $10 million or more' : 'recibió 10 millones de dólares o más');
      await expect(rule).toContainText(lang === 'en' ? `The data holds ${dataset.companies.length} companies:` : `Los datos incluyen ${dataset.companies.length} empresas:`);
      const counts = (await rule.locator('.levels li').allTextContents()).map((text) => Number(/(\d+)/.exec(text.replace(/^\D+/, ''))![1]));
      expect(counts).toHaveLength(4);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(dataset.companies.length);
      // "See an example" opens that company's record.
      await page.getByTestId('welcome-example').click();
      await expect(page.getByTestId('company-record').getByRole('heading', { level: 1 })).toHaveText(name);
    } finally {
      await context.close();
    }
  });
}
