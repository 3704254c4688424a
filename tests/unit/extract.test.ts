// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '@/lib/extract';
import { extractStructuredData } from '@/lib/extract/structured-data';
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
    ]);
  });

  it('Amazon: byline and product overview brand; the site Organization is ignored', () => {
    expect(extractPageSignals(page('www.amazon.com/Dell-Latitude-5440.html'), 'www.amazon.com')).toEqual([
      { name: 'Dell', role: 'brand', source: 'page' },
    ]);
    expect(brandFromByline('Visit the Alienware Store')).toBe('Alienware');
    expect(brandFromByline('Brand: Dell')).toBe('Dell');
    expect(brandFromByline('4.5 out of 5 stars')).toBeNull();
  });

  it('Best Buy: JSON-LD brand and manufacturer, and the brand link', () => {
    expect(extractPageSignals(page('www.bestbuy.com/hp-envy-6155e.html'), 'www.bestbuy.com')).toEqual([
      { name: 'HP', role: 'brand', source: 'structured-data' },
      { name: 'HP Inc.', role: 'brand', source: 'structured-data' },
      { name: 'HP', role: 'brand', source: 'page' },
    ]);
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
  it('skips malformed JSON-LD and keeps reading the rest', () => {
    const doc = html(
      '<script type="application/ld+json">{"@type": "JobPosting", "hiringOrganization": </script>' +
        '<script type="application/ld+json">{"@type":"Product","brand":"Dell"}</script>',
    );
    expect(extractStructuredData(doc)).toEqual([{ name: 'Dell', role: 'brand', source: 'structured-data' }]);
  });

  it('skips a block of several MB and survives deep nesting, within a small time budget', () => {
    const huge = `{"@type":"Product","brand":"Dell","padding":"${'x'.repeat(3_000_000)}"}`;
    let deep = '{"@type":"Product","brand":"Alienware"}';
    for (let i = 0; i < 5000; i++) deep = `{"a":${deep}}`;
    const doc = html(`<script type="application/ld+json">${huge}</script><script type="application/ld+json">${deep}</script>`);
    const started = performance.now();
    const signals = extractStructuredData(doc);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(signals).toEqual([]);
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
