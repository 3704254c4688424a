// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '@/lib/extract';
import { extractStructuredData, MAX_JSON_LD_CHARS, MAX_MICRODATA_SCOPES, MAX_NODES } from '@/lib/extract/structured-data';
import { brandFromByline } from '@/lib/extract/sites/amazon';

function page(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`tests/fixtures/pages/${file}`, 'utf8'), 'text/html');
}
function html(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${body}</body></html>`, 'text/html');
}

describe('page readers on fixture pages shaped like the real ones', () => {
  it('Lever: the JSON-LD hiring organisation', () => {
    expect(extractPageSignals(page('jobs.lever.co/palantir.html'), 'jobs.lever.co')).toEqual([
      { name: 'Palantir Technologies', role: 'employer', source: 'structured-data' },
    ]);
  });

  it('Greenhouse: JobPosting inside a JSON-LD array', () => {
    expect(extractPageSignals(page('job-boards.greenhouse.io/palantirtechnologies.html'), 'job-boards.greenhouse.io')).toEqual([
      { name: 'Palantir Technologies Inc.', role: 'employer', source: 'structured-data' },
      // The board's page title names the company too ("Job Application for … at Palantir Technologies").
      { name: 'Palantir Technologies', role: 'employer', source: 'page' },
    ]);
  });

  it('Amazon: byline and product overview brand; the site Organization is ignored', () => {
    expect(extractPageSignals(page('www.amazon.com/Dell-Latitude-5440.html'), 'www.amazon.com')).toEqual([
      { name: 'Dell', role: 'brand', source: 'page', product: 'Amazon.com: Dell Latitude 5440 Business Laptop, 14" FHD, Intel Core i5 : Electronics' },
    ]);
    expect(brandFromByline('Visit the Alienware Store')).toBe('Alienware');
    expect(brandFromByline('Brand: Dell')).toBe('Dell');
    expect(brandFromByline('4.5 out of 5 stars')).toBeNull();
  });

  it('Best Buy: JSON-LD brand and manufacturer, and the brand link', () => {
    expect(extractPageSignals(page('www.bestbuy.com/hp-envy-6155e.html'), 'www.bestbuy.com')).toEqual([
      { name: 'HP', role: 'brand', source: 'structured-data', product: 'HP - ENVY 6155e Wireless All-In-One Inkjet Printer' },
      { name: 'HP Inc.', role: 'brand', source: 'structured-data', product: 'HP - ENVY 6155e Wireless All-In-One Inkjet Printer' },
      { name: 'HP', role: 'brand', source: 'page', product: 'HP ENVY 6155e Wireless All-In-One Inkjet Printer - Best Buy' },
    ]);
  });

  it('a brand comes with the product it names: the product\'s JSON-LD name, else the page title', () => {
    expect(extractPageSignals(page('www.walmart.com/5521301001.html'), 'https://www.walmart.com/ip/Ring-Battery-Doorbell/5521301001')).toEqual([
      { name: 'Ring', role: 'brand', source: 'structured-data', product: 'Ring Battery Doorbell, Head-to-Toe Video, Satin Nickel' },
      { name: 'Ring', role: 'brand', source: 'page', product: 'Ring Battery Doorbell, Head-to-Toe Video, Satin Nickel - Walmart.com' },
    ]);
    // An employer is no product.
    expect(extractPageSignals(page('jobs.lever.co/palantir.html'), 'jobs.lever.co')[0]).not.toHaveProperty('product');
  });

  it('LinkedIn: the top-card company name; its own Organization JSON-LD is ignored', () => {
    const doc = html('<div class="job-details-jobs-unified-top-card__company-name"><a href="/company/x">Palantir Technologies</a></div><script type="application/ld+json">{"@type":"Organization","name":"LinkedIn"}</script>');
    expect(extractPageSignals(doc, 'www.linkedin.com')).toEqual([{ name: 'Palantir Technologies', role: 'employer', source: 'page' }]);
  });

  it('Indeed, Glassdoor, Walmart, Target, eBay', () => {
    expect(extractPageSignals(html('<div data-testid="inlineHeader-companyName"><a>Deloitte</a></div>'), 'www.indeed.com')[0]?.name).toBe('Deloitte');
    expect(extractPageSignals(html('<div data-test="employer-name">Booz Allen Hamilton 4.1 ★</div>'), 'www.glassdoor.com')[0]?.name).toBe('Booz Allen Hamilton');
    expect(extractPageSignals(html('<a link-identifier="brandName">Alienware</a>'), 'www.walmart.com')[0]?.name).toBe('Alienware');
    expect(extractPageSignals(html('<a data-test="@web/ProductDetailPage/ProductDetailBrandLink">Shop all Dell</a>'), 'www.target.com')[0]?.name).toBe('Dell');
    expect(
      extractPageSignals(html('<div class="ux-labels-values"><div class="ux-labels-values__labels">Brand</div><div class="ux-labels-values__values">Dell</div></div>'), 'www.ebay.com')[0]?.name,
    ).toBe('Dell');
  });

  it('LinkedIn: a company page names its company; a logged-in job view its label or title; a search page neither', () => {
    const company = html('<h1 class="top-card-layout__title">Leidos</h1><script type="application/ld+json">{"@type":"Organization","name":"Leidos"}</script>');
    expect(extractPageSignals(company, 'https://www.linkedin.com/company/leidos/')).toEqual([{ name: 'Leidos', role: 'employer', source: 'page' }]);
    const view = html('<div aria-label="Company, Booz Allen Hamilton."></div>');
    expect(extractPageSignals(view, 'https://www.linkedin.com/jobs/view/4374244548/')).toEqual([{ name: 'Booz Allen Hamilton', role: 'employer', source: 'page' }]);
    const titled = new DOMParser().parseFromString('<title>Data Engineer | CACI International | LinkedIn</title>', 'text/html');
    expect(extractPageSignals(titled, 'https://www.linkedin.com/jobs/view/1/')[0]?.name).toBe('CACI International');
    // A search page labels every card of its list: the first card is not the selected job.
    expect(extractPageSignals(view, 'https://www.linkedin.com/jobs/search/?currentJobId=1')).toEqual([]);
    const search = html(
      '<ul><li data-occludable-job-id="1"><div class="artdeco-entity-lockup__subtitle">Acme</div></li><li data-occludable-job-id="2"><div class="artdeco-entity-lockup__subtitle">Leidos</div></li></ul>' +
        '<div aria-label="Company, Acme."></div><div class="jobs-search__job-details"><div aria-label="Company, Leidos."></div></div>',
    );
    expect(extractPageSignals(search, 'https://www.linkedin.com/jobs/search/?currentJobId=2')[0]?.name).toBe('Leidos');
    const paneOnly = html('<div aria-label="Company, Acme."></div><div class="jobs-search__job-details"><div aria-label="Company, Leidos."></div></div>');
    expect(extractPageSignals(paneOnly, 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=2')[0]?.name).toBe('Leidos');
    expect(extractPageSignals(titled, 'https://www.linkedin.com/feed/')).toEqual([]);
  });

  it('Glassdoor employer pages: the heading, or the employer the address names; the ratings in JSON-LD', () => {
    const reviews = html('<h1>AT&amp;T reviews</h1>');
    expect(extractPageSignals(reviews, 'https://www.glassdoor.com/Reviews/AT-and-T-Reviews-E613.htm')[0]?.name).toBe('AT&T');
    expect(extractPageSignals(html('<h1>Something else</h1>'), 'https://www.glassdoor.com/Salary/Palantir-Technologies-Salaries-E236375.htm')[0]?.name).toBe('Palantir Technologies');
    expect(extractPageSignals(html('<h1>Jobs</h1>'), 'https://www.glassdoor.com/index.htm')).toEqual([]);
    const rating = html('<script type="application/ld+json">{"@type":"EmployerAggregateRating","itemReviewed":{"@type":"Organization","name":"Leidos"},"ratingValue":"3.9"}</script>');
    expect(extractPageSignals(rating, 'https://www.glassdoor.com/Reviews/x.htm')).toEqual([{ name: 'Leidos', role: 'employer', source: 'structured-data' }]);
  });

  it('job boards whose slug is unknown: Greenhouse, Lever and Ashby name the company on the page', () => {
    const greenhouse = new DOMParser().parseFromString('<title>Job Application for Analyst at Leidos</title>', 'text/html');
    expect(extractPageSignals(greenhouse, 'https://job-boards.greenhouse.io/x/jobs/1')[0]?.name).toBe('Leidos');
    expect(extractPageSignals(html('<span class="company-name">at CACI</span>'), 'https://boards.greenhouse.io/x/jobs/1')[0]?.name).toBe('CACI');
    expect(extractPageSignals(html('<a class="main-header-logo"><img alt="Lightcast logo"></a>'), 'https://jobs.lever.co/economicmodeling/1')[0]?.name).toBe('Lightcast');
    const ashby = new DOMParser().parseFromString('<title>Backend Engineer  @ Loora</title>', 'text/html');
    expect(extractPageSignals(ashby, 'https://jobs.ashbyhq.com/loora/1')[0]?.name).toBe('Loora');
  });

  it('Workday: an entity code before the tenant\'s name is dropped; another legal entity stays as it is', () => {
    const coded = html('<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"@type":"Organization","name":"MED Medtronic Inc"}}</script>');
    expect(extractPageSignals(coded, 'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/x').map((s) => s.name)).toEqual(['MED Medtronic Inc', 'Medtronic Inc']);
    const other = html('<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"@type":"Organization","name":"IN2 COV - COV Engineering Services PL"}}</script>');
    expect(extractPageSignals(other, 'https://medtronic.wd1.myworkdayjobs.com/x').map((s) => s.name)).toEqual(['IN2 COV - COV Engineering Services PL']);
  });

  it('Dice and ZipRecruiter', () => {
    expect(extractPageSignals(html('<a data-cy="companyNameLink">SAIC</a>'), 'https://www.dice.com/job-detail/1')[0]?.name).toBe('SAIC');
    expect(extractPageSignals(html(''), 'https://www.ziprecruiter.com/c/Motorola-Solutions/Job/IT-Lead/-in-Schaumburg,IL?jid=1')[0]?.name).toBe('Motorola Solutions');
    expect(extractPageSignals(html(''), 'https://www.ziprecruiter.com/jobs-search?q=x')).toEqual([]);
  });

  it('Amazon abroad: the localised byline; a byline linking to the brand page is the brand', () => {
    const bylines: Array<[string, string]> = [
      ['www.amazon.es', 'Visita la tienda de Cecotec'],
      ['www.amazon.de', 'Besuche den Cecotec-Store'],
      ['www.amazon.fr', 'Visiter la boutique Cecotec'],
      ['www.amazon.it', 'Visita lo Store di Cecotec'],
      ['www.amazon.com.mx', 'Marca: Cecotec'],
    ];
    for (const [host, text] of bylines) {
      expect(extractPageSignals(html(`<a id="bylineInfo" href="/x">${text}</a>`), host)[0]?.name, host).toBe('Cecotec');
    }
    expect(extractPageSignals(html('<a id="bylineInfo" href="/ChangM/b/ref=bl_dp_s_web_1?field-lbr_brands_browse-bin=ChangM">ChangM</a>'), 'www.amazon.com')[0]?.name).toBe('ChangM');
    // A book's byline: its author, not a brand.
    expect(extractPageSignals(html('<div id="bylineInfo">by <a href="/David-Baldacci/e/B000AP9DSU">David Baldacci</a> (Author)</div>'), 'www.amazon.com')).toEqual([]);
    expect(extractPageSignals(html('<a id="bylineInfo" href="/some/other/link">Whatever</a>'), 'www.amazon.com')).toEqual([]);
  });

  it('stores with a specifications table: the value beside "Brand", in a table or a definition list', () => {
    expect(extractPageSignals(html('<table><tr><th>Model</th><td>X1</td></tr><tr><th>Brand</th><td>Dell</td></tr></table>'), 'www.newegg.com')[0]?.name).toBe('Dell');
    expect(extractPageSignals(html('<dl><dt>Brand Name</dt><dd>Motorola Solutions</dd></dl>'), 'www.homedepot.com')[0]?.name).toBe('Motorola Solutions');
    expect(extractPageSignals(html('<table><tr><th>Brand new</th><td>Dell</td></tr></table>'), 'www.lowes.com')).toEqual([]);
  });

  it('Best Buy Canada: the brand of the product whose SKU ends the address, never another product\'s', () => {
    const state = html('<script>window.__INITIAL_STATE__={"a":{"sku":"111","brandName":"OTHER"},"product":{"sku":"14551914","name":"x","brandName":"BELKIN"}}</script>');
    expect(extractPageSignals(state, 'https://www.bestbuy.ca/en-ca/product/belkin-soundform/14551914')).toEqual([{ name: 'BELKIN', role: 'brand', source: 'page' }]);
    expect(extractPageSignals(state, 'https://www.bestbuy.ca/en-ca/product/other/999')).toEqual([]);
  });

  it('Best Buy\'s current layout (/product/<name>/<code>/sku/<sku>): the brand in the SKU\'s data, else its one-brand search link', () => {
    const url = 'https://www.bestbuy.com/product/anker-maggo-power-bank/J3ZYG2XZ7K/sku/6602741';
    // The page's data: the product whose SKU the address names, not a carousel's.
    const data = html(
      '<script>{"carousel":[{"skuId":"111","brand":"Samsung"}],"product":{"skuId":"6602741","name":"Anker MagGo","brand":"Anker"}}</script>' +
        '<a href="/site/searchpage.jsp?id=pcat17071&qp=brand_facet%3DBrand~Samsung">Samsung</a>',
    );
    expect(extractPageSignals(data, url)).toEqual([{ name: 'Anker', role: 'brand', source: 'page' }]);
    // No data: the link to the search filtered on the brand, when the page's one-brand links agree and
    // the product's name starts with it.
    const facet = (title: string, ...brands: string[]) =>
      html(`<h1>${title}</h1>` + brands.map((b) => `<a href="https://www.bestbuy.com/site/searchpage.jsp?id=pcat17071&amp;qp=brand_facet%3DBrand~${encodeURIComponent(b)}">${b}</a>`).join(''));
    expect(extractPageSignals(facet('Dell - XPS 13 Laptop', 'Dell', 'Dell'), url)).toEqual([{ name: 'Dell', role: 'brand', source: 'page' }]);
    expect(extractPageSignals(facet('Motorola Solutions - APX Radio', 'Motorola Solutions'), url)).toEqual([{ name: 'Motorola Solutions', role: 'brand', source: 'page' }]);
    // Two brands' links (a "more like this" row), a link filtered on several brands, or a lone link of
    // another product: no brand.
    expect(extractPageSignals(facet('Dell - XPS 13 Laptop', 'Dell', 'HP'), url)).toEqual([]);
    expect(extractPageSignals(html('<h1>Dell - XPS</h1><a href="/site/searchpage.jsp?qp=brand_facet%3DBrand~Dell%5Ebrand_facet%3DBrand~HP">x</a>'), url)).toEqual([]);
    expect(extractPageSignals(facet('Anker - MagGo Power Bank', 'Samsung'), url)).toEqual([]);
    // Another product's data, or a page that is not a product: nothing.
    expect(extractPageSignals(data, 'https://www.bestbuy.com/product/other/ABC/sku/999999')).toEqual([]);
    expect(extractPageSignals(facet('Dell - XPS', 'Dell'), 'https://www.bestbuy.com/site/searchpage.jsp?st=laptop')).toEqual([]);
    // The older layout's address: …/<name>/<sku>.p?skuId=<sku>.
    expect(extractPageSignals(data, 'https://www.bestbuy.com/site/anker-maggo/6602741.p?skuId=6602741')).toEqual([{ name: 'Anker', role: 'brand', source: 'page' }]);
  });

  it('microdata: hiringOrganization and brand', () => {
    const doc = html(
      '<div itemscope itemtype="https://schema.org/JobPosting"><div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Accenture Federal Services</span></div></div>' +
        '<div itemscope itemtype="http://schema.org/Product"><meta itemprop="brand" content="Xbox"></div>',
    );
    expect(extractStructuredData(doc)).toEqual([
      { name: 'Accenture Federal Services', role: 'employer', source: 'structured-data' },
      { name: 'Xbox', role: 'brand', source: 'structured-data' },
    ]);
  });
});

describe('hostile structured data', () => {
  it('a busy machine still reads the first JSON-LD block: the time budget stops further work, never all of it', () => {
    const doc = html(
      '<script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Palantir Technologies Inc."}}</script>' +
        '<script type="application/ld+json">{"@type":"Product","brand":"Dell"}</script>',
    );
    // A clock that is already past the deadline at every look (a loaded CI machine, a slow laptop).
    let t = 0;
    const late = () => (t += 1000);
    expect(extractStructuredData(doc, 25, late)).toEqual([{ name: 'Palantir Technologies Inc.', role: 'employer', source: 'structured-data' }]);
  });

  it('names are read as a reader sees them: direction overrides, zero-width and other invisible characters go (issue 30, N8)', () => {
    const view = html('<div aria-label="Company, Palantir Technologies\u202E ✅✅."></div><script type="application/ld+json">{"@type":"JobPosting","hiringOrganization":{"name":"Pal\u200Bantir\u2066 Technologies\u2069\uFEFF"}}</script>');
    expect(extractPageSignals(view, 'https://www.linkedin.com/jobs/view/1/')).toEqual([
      { name: 'Palantir Technologies', role: 'employer', source: 'structured-data' },
      { name: 'Palantir Technologies ✅✅', role: 'employer', source: 'page' },
    ]);
    // A name of invisible characters only is no name.
    expect(extractPageSignals(html('<div aria-label="Company, \u200B\u202E."></div>'), 'https://www.linkedin.com/jobs/view/1/')).toEqual([]);
  });

  it('skips malformed JSON-LD and keeps reading the rest', () => {
    const doc = html(
      '<script type="application/ld+json">{"@type": "JobPosting", "hiringOrganization": </script>' +
        '<script type="application/ld+json">{"@type":"Product","brand":"Dell"}</script>',
    );
    expect(extractStructuredData(doc)).toEqual([{ name: 'Dell', role: 'brand', source: 'structured-data' }]);
  });

  it('skips a block of several MB and survives deep nesting, with bounded work', () => {
    const huge = `{"@type":"Product","brand":"Dell","padding":"${'x'.repeat(3_000_000)}"}`;
    let deep = '{"@type":"Product","brand":"Alienware"}';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const doc = html(`<script type="application/ld+json">${huge}</script><script type="application/ld+json">${deep}</script>`);
    const stats = { nodes: 0, scopes: 0 };
    expect(extractStructuredData(doc, 25, () => 0, stats)).toEqual([]);
    expect(stats.nodes).toBeLessThanOrEqual(40);
  });

  // Counted, not timed: each hostile shape costs at most the node cap.
  it.each([
    ['a 100,000-element array', `[${Array(100_000).fill(0).join(',')}]`],
    ['an array of 60,000 empty arrays', `[${Array(60_000).fill('[]').join(',')}]`],
    ['an object with 15,000 keys', JSON.stringify(Object.fromEntries(Array.from({ length: 15_000 }, (_, i) => [`k${i}`, i])))],
    ['60,000 nested arrays', `${'['.repeat(60_000)}${']'.repeat(60_000)}`],
  ])('%s costs at most the node cap', (_, block) => {
    expect(block.length).toBeLessThanOrEqual(MAX_JSON_LD_CHARS);
    const stats = { nodes: 0, scopes: 0 };
    const doc = html(`<script type="application/ld+json">${block}</script><script type="application/ld+json">{"@type":"Product","brand":"Dell"}</script>`);
    extractStructuredData(doc, 25, () => 0, stats);
    expect(stats.nodes).toBeGreaterThan(0);
    expect(stats.nodes).toBeLessThanOrEqual(MAX_NODES + 1);
  });

  it('all JSON-LD blocks share one character budget: nothing past it is parsed', () => {
    const filler = `<script type="application/ld+json">{"@type":"Thing","x":"${'x'.repeat(MAX_JSON_LD_CHARS - 40)}"}</script>`;
    const dell = '<script type="application/ld+json">{"@type":"Product","brand":"Dell"}</script>';
    expect(extractStructuredData(html(dell + filler), 25, () => 0)).toEqual([{ name: 'Dell', role: 'brand', source: 'structured-data' }]);
    expect(extractStructuredData(html(filler + dell), 25, () => 0)).toEqual([]);
  });

  it('microdata: 3,000 nested item scopes cost a fixed number of reads', () => {
    const nested = `${'<div itemscope itemtype="https://schema.org/Product">'.repeat(3000)}<span itemprop="brand">Dell</span>${'</div>'.repeat(3000)}`;
    const stats = { nodes: 0, scopes: 0 };
    const signals = extractStructuredData(html(nested), 25, () => 0, stats);
    expect(stats.scopes).toBe(MAX_MICRODATA_SCOPES);
    expect(signals[0]).toEqual({ name: 'Dell', role: 'brand', source: 'structured-data' });
  });

  it('stops when the time budget is spent', () => {
    const block = `<script type="application/ld+json">${JSON.stringify(Array.from({ length: 2000 }, () => ({ '@type': 'Product', brand: 'Dell' })))}</script>`;
    let clock = 0;
    const signals = extractStructuredData(html(block.repeat(3)), 25, () => (clock += 5));
    expect(signals.length).toBeLessThan(2000);
  });

  it('never returns more than a few names, each at most 200 characters', () => {
    const many = Array.from({ length: 50 }, (_, i) => `<script type="application/ld+json">{"@type":"Product","brand":"Brand ${i} ${'y'.repeat(500)}"}</script>`);
    const signals = extractPageSignals(html(many.join('')), 'www.walmart.com');
    expect(signals.length).toBeLessThanOrEqual(12);
    for (const s of signals) expect(s.name.length).toBeLessThanOrEqual(200);
  });
});
