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
