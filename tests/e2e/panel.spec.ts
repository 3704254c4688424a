import { test, expect, openDetails, panel, settle } from './fixtures';

const FLAGGED = [
  { url: 'http://www.wayfair.com/furniture/sofas', company: 'wayfair', name: 'Wayfair' },
  { url: 'http://aws.amazon.com/', company: 'amazon', name: 'Amazon' },
  { url: 'http://www.wholefoodsmarket.com/', company: 'amazon', name: 'Amazon' },
  { url: 'http://github.com/', company: 'github', name: 'GitHub', parent: 'Microsoft' },
  { url: 'http://www.hpe.com/us/en/home.html', company: 'hpe', name: 'Hewlett Packard Enterprise' },
];

const NOT_FLAGGED = [
  'http://www.hp.com/',
  'http://www.motorola.com/',
  'http://www.example.com/',
  'http://notwayfair.com/',
  'http://wayfair.com.example.net/',
  'http://octocat.github.io/',
  'http://amazonas-coffee.com/',
];

for (const site of FLAGGED) {
  test(`panel for ${site.name} on ${new URL(site.url).host}, with working source links`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(site.url);
    const host = panel(page);
    await expect(host).toHaveAttribute('data-company', site.company);
    const region = host.getByTestId('contractlens-panel');
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(site.name);
    if (site.parent) await expect(region.getByTestId('parent')).toContainText(`Owned by ${site.parent}`);
    else await expect(region.getByTestId('parent')).toHaveCount(0);
    await openDetails(page);

    const links = region.locator('.sources a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // A source link opens the source in a new tab (served here by the fixture server, offline).
    const first = links.first();
    const href = (await first.getAttribute('href'))!;
    const [opened] = await Promise.all([context.waitForEvent('page'), first.click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(new URL(opened.url()).host).toBe(new URL(href).host);
    expect(new URL(opened.url()).pathname).toBe(new URL(href).pathname);
  });
}

test('a subsidiary’s panel names its owner, and “why” cites the sources for the ownership and for the site', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://bi.com/');
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region.getByRole('heading', { level: 2 })).toHaveText('BI Incorporated');
  await expect(region.getByTestId('parent')).toHaveText('Owned by The GEO Group');
  await openDetails(page);
  await region.getByText('Why am I seeing this?').click();
  const why = region.locator('.why');
  await expect(why.getByTestId('ownership')).toHaveText('BI Incorporated is owned by The GEO Group.');
  await expect(why.getByRole('link', { name: 'Daily Camera (Boulder)' })).toHaveAttribute('href', /^https:\/\/www\.dailycamera\.com\//);
  await expect(why.getByTestId('host-source')).toContainText('The company’s own page shows this address:');
  await expect(why.getByTestId('host-source').getByRole('link')).toHaveAttribute('href', 'https://bi.com/statement_regarding_totalaccess_server_issue');
});

for (const url of NOT_FLAGGED) {
  test(`no panel on ${new URL(url).host}`, async ({ context }) => {
    const page = await context.newPage();
    // A flagged page first proves the extension is live in this browser.
    await page.goto('http://www.wayfair.com/');
    await expect(panel(page)).toHaveCount(1);
    await page.goto(url);
    await settle(page);
    await expect(page.locator('#title')).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  });
}

test('the panel resists page CSS, does not move the page, and follows the colour scheme', async ({ context }) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('http://www.wayfair.com/');
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region).toBeVisible();

  const heading = region.getByRole('heading', { level: 2 });
  expect(await heading.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
  expect(await panel(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await panel(page).evaluate((el) => el.shadowRoot?.mode)).toBe('open');

  const before = await page.evaluate(() => document.documentElement.dataset.contentRect);
  const after = await page.evaluate(() => {
    const r = document.getElementById('content')!.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].join(',');
  });
  expect(after).toBe(before);

  const lightBg = await region.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkBg = await region.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(lightBg).toBe('rgb(255, 255, 255)');
  expect(darkBg).not.toBe(lightBg);
  await page.screenshot({ path: test.info().outputPath('panel-dark.png') });
});

test('Escape closes the panel from the keyboard', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region).toBeVisible();
  // Keyboard users reach the panel with Tab: it is the last thing in the page.
  await page.locator('#page-button').focus();
  await page.keyboard.press('Tab');
  await expect(region.getByTestId('move')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0);
  await expect(panel(page).getByTestId('hidden-note')).toContainText('Hidden: Wayfair on wayfair.com, until the browser restarts.');
});

test('Dismiss hides the panel on this site for the session, not on other sites', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://www.wayfair.com/');
  await panel(page).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(panel(page).getByTestId('contractlens-panel')).toHaveCount(0);

  await page.reload();
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
  await page.goto('http://wayfair.com/sofas');
  await settle(page);
  await expect(panel(page)).toHaveCount(0);

  await page.goto('http://aws.amazon.com/');
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
});

test('federal award records appear under the news-based facts, with the fiscal year and award links', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('http://www.geogroup.com/');
  const region = panel(page).getByTestId('contractlens-panel');
  await openDetails(page);
  // The award records are closed beside news-based facts, and rendered when opened.
  const records = region.locator('details.section', { has: page.locator('summary', { hasText: 'Federal award records' }) });
  await expect(records).not.toHaveAttribute('open');
  await expect(records.locator('.entry')).toHaveCount(0);
  await records.locator('summary').click();
  await expect(region).toContainText('Federal award records: ICE obligated $753,461,807.70 in fiscal year 2026');
  const entries = region.locator('.entry');
  const texts = await entries.locator('.claim').allTextContents();
  const firstRecord = texts.findIndex((t) => t.startsWith('Federal award records:'));
  expect(firstRecord).toBeGreaterThan(0);
  expect(texts.slice(firstRecord).every((t) => t.startsWith('Federal award records:'))).toBe(true);
  const link = entries.nth(firstRecord).locator('.sources a').first();
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.usaspending\.gov\/award\/CONT_AWD_[^/]+\/$/);
  await expect(entries.nth(firstRecord)).toContainText('primary source');
});
