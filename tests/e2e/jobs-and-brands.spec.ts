/**
 * Employers on job pages and brands on store pages, in Chromium, with the real host names mapped to
 * fixture pages shaped like Lever, Greenhouse, LinkedIn, Amazon and Best Buy.
 */
import { test, expect, expectStoredSettings, openPopup, panel, settle, tabIdOf, openDetails, serveJobPostings } from './fixtures';

test('a Lever posting for Palantir: the board address names the employer', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://jobs.lever.co/palantir/ff1029bd-bb6d-4d78-a03e-5f9744d0b798');
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
  await expect(panel(page).getByTestId('context')).toHaveText('Employer named in this job posting: Palantir Technologies');
  await openDetails(page);
  await panel(page).getByText('Why am I seeing this?').click();
  await expect(panel(page).locator('.why')).toContainText('the job board’s address for this employer');
});

test('a Greenhouse posting for Palantir: the employer comes from the JSON-LD', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://job-boards.greenhouse.io/palantirtechnologies/jobs/4012345');
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');
  await expect(panel(page).getByTestId('context')).toHaveText('Employer named in this job posting: Palantir Technologies Inc.');
  // The page's name sits where the sentence puts it (the browser cuts a substitution at U+0000, which
  // once sent it to the end of the sentence).
  await openDetails(page);
  await panel(page).getByText('Why am I seeing this?').click();
  await expect(panel(page).locator('.why')).toContainText(/This page on job-boards\.greenhouse\.io names the employer “Palantir Technologies Inc\.” \(read from .+\)\./);
});

test('a LinkedIn-like job search follows pushState navigation: Palantir → unflagged → Palantir', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=101');
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');

  await page.getByRole('link', { name: /Acme Robotics/ }).click();
  await expect(page).toHaveURL(/currentJobId=202/);
  await expect(page.locator('.job-details-jobs-unified-top-card__company-name')).toHaveText('Acme Robotics');
  await expect(panel(page)).toHaveCount(0, { timeout: 8000 });

  await page.getByRole('link', { name: /Palantir Technologies/ }).click();
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir', { timeout: 8000 });
  await expect(panel(page)).toHaveCount(1);
});

test('an amazon.com product page for a Dell laptop flags Dell (via Dell Federal Systems), and says the store is Amazon', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.amazon.com/Dell-Latitude-5440/dp/B0C1234567');
  await expect(panel(page)).toHaveAttribute('data-company', 'dell');
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region.getByTestId('context')).toHaveText('Brand of this product: Dell');
  await openDetails(page);
  await expect(region).toContainText('Dell Federal Systems');
  await region.getByText('Why am I seeing this?').click();
  await expect(region.locator('.why')).toContainText('The site itself belongs to Amazon');
});

test('a posting for Target Hospitality names a seat on an ICE detention vehicle, never as work; one for Target, the retailer, flags nothing', async ({ context, fixtureServer }) => {
  const employers: Record<string, string> = { 'target-hospitality': 'Target Hospitality', 'target-stores': 'Target' };
  serveJobPostings(fixtureServer, (key) => employers[key]);
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/target-hospitality/');
    await expect(panel(page)).toHaveAttribute('data-company', 'target-hospitality');
    const verdict = panel(page).getByTestId('verdict');
    await expect(verdict).toContainText('Holds a seat on a contract vehicle of ICE');
    await expect(verdict.getByTestId('verdict-amount')).toHaveText("$250: the vehicle's minimum order, fiscal year 2025");
    await page.goto('https://www.linkedin.com/jobs/view/target-stores/');
    await settle(page);
    await expect(page.locator('h1')).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});

test('oracle.com: Oracle sold to CBP and ICE through resellers, the resellers named and the money said as theirs', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.oracle.com/cloud/');
  await expect(panel(page)).toHaveAttribute('data-company', 'oracle');
  const verdict = panel(page).getByTestId('verdict');
  await expect(verdict).toContainText('Sold to ICE and CBP through a reseller');
  await expect(verdict.getByTestId('verdict-amount')).toHaveText(/^\$2\d\d million obligated to resellers of its products, fiscal years 2021 to 2026 so far$/);
  await openDetails(page);
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region).toContainText('via EMERGENT, LLC');
  await expect(region).toContainText('The money went to the reseller; the records do not say what Oracle received.');
});

// Product pages that must flag nothing, each after a page that does (brand matching is live in this
// browser): a Dell laptop on amazon.com before Best Buy's, a Ring doorbell before Walmart's own.
const FLAGS_NOTHING: Array<[string, string, string]> = [
  ['bestbuy.com: a Motorola phone', 'https://www.bestbuy.com/site/motorola-moto-g-power-5g/6575284.p', 'dell'],
  ['bestbuy.com: an HP printer', 'https://www.bestbuy.com/site/hp-envy-6155e/6455164.p', 'dell'],
  ['walmart.com: a RING Automotive battery charger (another maker\'s "Ring")', 'https://www.walmart.com/ip/RING-Automotive-RSC612/5521301002', 'amazon'],
  ['walmart.com: an HP OMEN laptop (HP Inc., not HPE)', 'https://www.walmart.com/ip/HP-OMEN-16/5521301003', 'amazon'],
];
const LIVE: Record<string, string> = {
  dell: 'https://www.amazon.com/Dell-Latitude-5440/dp/B0C1234567',
  amazon: 'https://www.walmart.com/ip/Ring-Battery-Doorbell-Satin-Nickel/5521301001',
};

for (const [product, url, live] of FLAGS_NOTHING) {
  test(`${product} flags nothing`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(LIVE[live]!);
    await expect(panel(page)).toHaveAttribute('data-company', live);
    await page.goto(url);
    await settle(page);
    await expect(page.locator('h1')).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
  });
}

test('the categories switch off job pages and shopping brands separately', async ({ context, serviceWorker }) => {
  const popup = await openPopup(context);
  await popup.getByTestId('category-shopping').uncheck();
  await expectStoredSettings(serviceWorker, { categories: { shopping: false } });

  const page = await context.newPage();
  await page.goto('https://www.amazon.com/Dell-Latitude-5440/dp/B0C1234567');
  // With shopping brands off, the store's own company is still shown (company sites are on).
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
  await page.goto('https://jobs.lever.co/palantir/ff1029bd');
  await expect(panel(page)).toHaveAttribute('data-company', 'palantir');

  await popup.getByTestId('category-jobs').uncheck();
  await expectStoredSettings(serviceWorker, { categories: { jobs: false } });
  await page.reload();
  await settle(page);
  await expect(panel(page)).toHaveCount(0);
});

test('walmart.com: a Ring doorbell flags Amazon and says Ring is Amazon\'s brand, with the source for it', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto('https://www.walmart.com/ip/Ring-Battery-Doorbell-Satin-Nickel/5521301001');
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
  const region = panel(page).getByTestId('contractlens-panel');
  await expect(region.getByTestId('context')).toHaveText('Ring, the brand of this product, belongs to Amazon.');
  await openDetails(page);
  await region.getByText('Why am I seeing this?').click();
  await expect(region.getByTestId('brand-owner')).toHaveText('Ring belongs to Amazon (Amazon bought the video-doorbell maker Ring in 2018). Sources:');
  await expect(region.locator('.why a[href^="https://www.bloombergquint.com/"]')).toBeVisible();
  // The toolbar popup says the same of this tab.
  const popup = await openPopup(context, { tabId: await tabIdOf(serviceWorker, page) });
  await expect(popup.getByTestId('tab-status').locator('p').first()).toHaveText('The brand on this page, Ring, belongs to Amazon.');
});

test('newly listed sites and boards: Amazon\'s store in France, CACI\'s Workday board', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.amazon.fr/');
  await expect(panel(page)).toHaveAttribute('data-company', 'amazon');
  await page.goto('https://caci.wd1.myworkdayjobs.com/en-US/external/job/US-MD-Bethesda/Software-Engineer_324627');
  await expect(panel(page)).toHaveAttribute('data-company', 'caci');
  await expect(panel(page).getByTestId('context')).toHaveText('Employer named in this job posting: CACI');
});

test('an employer under its public initialism, named once, in the top card of a LinkedIn posting: SAIC; the same word in the posting\'s text names nobody', async ({ context, fixtureServer }) => {
  // Only LinkedIn's top card names the employer (no JSON-LD): one signal, which the employer rule
  // trusts for a company's own public name (docs/matching.md).
  fixtureServer.routes.set('www.linkedin.com', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const employer = req.url?.includes('/jobs/view/1/') ? 'SAIC' : 'Acme Robotics';
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Analyst</title></head>
<body><main><div class="job-details-jobs-unified-top-card__company-name"><a href="#">${employer}</a></div><h1>Analyst</h1>
<p>Experience with SAIC, CACI or IBM tools is a plus.</p></main></body></html>`);
  });
  try {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/1/');
    await expect(panel(page)).toHaveAttribute('data-company', 'saic');
    await expect(panel(page).getByTestId('context')).toHaveText('Employer named in this job posting: SAIC');
    await page.goto('https://www.linkedin.com/jobs/view/2/');
    await settle(page);
    await expect(panel(page)).toHaveCount(0);
  } finally {
    fixtureServer.routes.delete('www.linkedin.com');
  }
});
