import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeUnicode } from '@/lib/names';
import { buildCompanyIndex, countsAs } from '@/lib/company-index';
import { buildDataset } from '@/scripts/build-dataset';

const dataset = buildDataset();
const index = buildCompanyIndex(dataset);
const names = { lookup: (name: string) => index.lookupName(name) };
const corpus = JSON.parse(readFileSync('tests/fixtures/names-corpus.json', 'utf8')) as { cases: Array<{ name: string; expect: string | null }> };

describe('normalizeName', () => {
  it.each([
    ['The GEO Group, Inc.', 'geo group'],
    ['McKinsey & Co.', 'mckinsey'],
    ['McKinsey & Company', 'mckinsey'],
    ['DELL FEDERAL SYSTEMS L.P.', 'dell federal systems'],
    ['Café Nestlé S.A.', 'cafe nestle'],
    ['H.P.E.', 'hpe'],
    ['  Pen-Link, Ltd. ', 'pen link'],
    ['AT&T Inc.', 'at and t'],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));

  it('gives the same result on its ASCII fast path as the general Unicode path, on 50,000 random names', async () => {
    // Deterministic pseudo-random strings built from the pieces the rules care about.
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pieces = ['The ', 'the', ' and ', ' & ', 'Inc', 'Co', ' L.P.', 'LLC', ' a ', ' b', 'x ', 'Company', ' co ', '. ', 'H P E', "'s", '`', ' GmbH', 'Corp.', '-', '9', 'Z'];
    const differences: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      let name = '';
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) {
        name += random() < 0.5 ? pieces[Math.floor(random() * pieces.length)] : String.fromCharCode(32 + Math.floor(random() * 95));
      }
      if (normalizeName(name) !== normalizeUnicode(name)) differences.push(JSON.stringify(name));
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});

describe(`the names corpus (${corpus.cases.length} names)`, () => {
  it('has at least 200 real-looking employer and brand names, positives and negatives', async () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(200);
    expect(corpus.cases.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(100);
  });

  it('produces no false positive: lookalikes and unrelated names match nothing (ambiguous names alone included)', async () => {
    const negatives = corpus.cases.filter((c) => c.expect === null);
    const falsePositives = (await Promise.all(negatives.map(async (c) => ({ name: c.name, hit: await names.lookup(c.name) }))))
      // Alone: not an ambiguous name, nor a brand that counts only on its own kind of product.
      .filter((r) => r.hit && !r.hit.ambiguous && countsAs(r.hit, { role: 'employer' }))
      .map((r) => `${r.name} → ${r.hit!.company.id}`);
    expect(falsePositives).toEqual([]);
  });

  it('finds every positive, and the right company', async () => {
    const positives = corpus.cases.filter((c) => c.expect !== null);
    const wrong = (await Promise.all(positives.map(async (c) => ({ ...c, got: await names.lookup(c.name) }))))
      .filter((c) => c.got?.company.id !== c.expect || c.got.ambiguous)
      .map((c) => `${c.name}: expected ${c.expect}, got ${c.got?.company.id ?? 'nothing'}`);
    expect(wrong).toEqual([]);
  });
});

describe('name matching on pages', () => {
  const store = 'https://www.bestbuy.com/site/x/1.p';

  it('HP and HP Inc. never flag HPE; a Motorola phone never flags Motorola Solutions', async () => {
    for (const name of ['HP', 'HP Inc.', 'Motorola', 'Motorola Mobility', 'Lenovo']) {
      expect((await index.matchNamed(store, [{ name, role: 'brand', source: 'structured-data' }]))).toBeNull();
    }
  });

  it('an ambiguous name needs a second signal from another source', async () => {
    const audible = (source: 'structured-data' | 'page') => ({ name: 'Audible', role: 'brand' as const, source });
    expect((await index.matchNamed(store, [audible('structured-data')]))).toBeNull();
    expect((await index.matchNamed(store, [audible('structured-data'), audible('structured-data')]))).toBeNull();
    expect((await index.matchNamed(store, [audible('structured-data'), audible('page')]))).toMatchObject({ company: { id: 'amazon' }, why: { corroborated: true } });
  });

  describe('a brand that is also an ordinary word or another maker\'s brand counts only as the brand of its own kind of product', () => {
    const brand = (name: string, product?: string, role: 'brand' | 'employer' = 'brand') => ({ name, role, source: 'structured-data' as const, ...(product ? { product } : {}) });
    it.each([
      ['Ring', 'Ring Battery Doorbell, Head-to-Toe Video, Satin Nickel', 'amazon'],
      ['RING', 'Ring Indoor Cam (2nd Gen) - Plug-in HD security camera', 'amazon'],
      ['Blink', 'Blink Outdoor 4 - Wireless smart security cameras', 'amazon'],
      ['Echo', 'Echo Dot (5th Gen) Smart speaker with Alexa', 'amazon'],
      ['Surface', 'Microsoft Surface Laptop 7, Copilot+ PC', 'microsoft'],
      ['Spectrum', 'Spectrum WiFi 6 Router SAX2V1R', 'charter-spectrum'],
      ['Latitude', 'Latitude 7450 Laptop 14" FHD+', 'dell'],
      ['TASER', 'TASER Pulse+ with Noonlight', 'axon-enterprise'],
    ])('%s on “%s” → %s', async (name, product, id) => {
      expect(await index.matchNamed(store, [brand(name, product)])).toMatchObject({ company: { id }, why: { kind: 'brand', matchedName: expect.any(String) } });
    });
    it.each([
      ['Ring', 'RING Automotive RSC612 12V Smart Battery Charger and Maintainer'],
      ['Ring', 'Ring Light 10" with Tripod Stand'],
      ['Ring', undefined],
      ['Blink', 'Blink Tears Lubricating Eye Drops, 0.5 fl oz'],
      ['Echo', 'ECHO CS-4310 18 in. 43.9cc Gas Chainsaw'],
      ['Spectrum', 'Spectrum Noir Alcohol Markers, 24 pack'],
      ['Spectrum', 'Spectrum Organic Coconut Oil, 14 fl oz'],
      ['Surface', 'Surface Shields Floor Protection Film, 24 in x 200 ft'],
      ['Latitude', 'Latitude Run 3-Piece Rattan Patio Set'],
      ['Blizzard', 'Blizzard Brahma 88 Skis 2024'],
      ['WatchGuard', 'WatchGuard Firebox T45 Firewall Appliance'],
      ['Peacock', 'Peacock Feathers, Natural, 10-12 inch, 20 pcs'],
      ['CLEAR', 'CLEAR Plus membership gift card'],
    ])('%s on “%s” → nothing', async (name, product) => {
      expect(await index.matchNamed(store, [brand(name, product)])).toBeNull();
      // Not even with the store's own brand line agreeing: a second signal does not make it the product it is not.
      expect(await index.matchNamed(store, [brand(name, product), { ...brand(name, product), source: 'page' }])).toBeNull();
    });
    it('never as an employer', async () => {
      const jobs = 'https://www.linkedin.com/jobs/view/1';
      expect(await index.matchNamed(jobs, [brand('Ring', 'Ring Video Doorbell', 'employer')])).toBeNull();
      expect(await index.matchNamed(jobs, [brand('Spectrum', 'Spectrum internet', 'employer'), { ...brand('Spectrum', undefined, 'employer'), source: 'page' }])).toBeNull();
      expect(await index.matchNamed(jobs, [brand('Whole Foods Market', undefined, 'employer')])).toMatchObject({ company: { id: 'amazon' }, why: { kind: 'employer', matchedName: 'Whole Foods Market' } });
    });
  });

  it('the lookalikes of listed brands never match: HP Inc.\'s brands, Motorola Mobility, Spectrum Brands, CLEAR Secure', async () => {
    for (const name of ['OMEN', 'HyperX', 'Poly', 'Plantronics', 'Spectrum Brands', 'Remington', 'Rayovac', 'CLEAR Secure', 'Latitude Run', 'Motorola']) {
      expect(await index.matchNamed(store, [{ name, role: 'brand', source: 'structured-data', product: `${name} laptop security camera router` }])).toBeNull();
    }
  });

  it('every brand in the data has a source, and one that names the brand or its owner', () => {
    const brands = dataset.companies.flatMap((c) => (c.brands ?? []).map((b) => ({ company: c, brand: b })));
    expect(brands.length).toBeGreaterThanOrEqual(50);
    for (const { company, brand } of brands) {
      expect(brand.sources.length, `${company.id}: ${brand.name}`).toBeGreaterThan(0);
      for (const source of brand.sources) expect(source.url, `${company.id}: ${brand.name}`).toMatch(/^https:\/\//);
    }
  });

  it('structured data outranks the page reader, and names are only read on job boards and stores', async () => {
    const signals = [
      { name: 'Acme', role: 'brand' as const, source: 'structured-data' as const },
      { name: 'Dell', role: 'brand' as const, source: 'page' as const },
      { name: 'Alienware', role: 'brand' as const, source: 'structured-data' as const },
    ];
    expect((await index.matchNamed(store, signals))?.why).toMatchObject({ kind: 'brand', pageName: 'Alienware', source: 'structured-data' });
    expect((await index.matchNamed('https://www.example.com/', signals))).toBeNull();
  });

  it('a job board address naming a known board beats everything', async () => {
    const match = (await index.matchNamed('https://jobs.lever.co/palantir/ff1029bd-bb6d-4d78', [{ name: 'Dell', role: 'brand', source: 'structured-data' }]));
    expect(match).toMatchObject({ company: { id: 'palantir' }, why: { kind: 'employer', source: 'job-board-url' } });
    expect((await index.matchNamed('https://job-boards.greenhouse.io/andurilindustries/jobs/5193775007', []))?.company.id).toBe('anduril');
    expect((await index.matchNamed('https://jobs.lever.co/palantir-pizza/1', []))).toBeNull();
    expect((await index.matchNamed('https://motorolasolutions.wd5.myworkdayjobs.com/Careers/job/Chicago-IL/x', []))?.company.id).toBe('motorola-solutions');
    expect((await index.matchNamed('https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/1', []))?.company.id).toBe('booz-allen');
    // Boards added with issue 18: Workday tenants that are not the company's name, iCIMS, Ashby.
    expect((await index.matchNamed('https://ngc.wd1.myworkdayjobs.com/en-US/Northrop_Grumman_External_Site/job/1', []))?.company.id).toBe('northrop-grumman');
    expect((await index.matchNamed('https://pae.wd1.myworkdayjobs.com/en-US/amentum_careers/job/US-VA-Dahlgren/1', []))?.company.id).toBe('amentum');
    expect((await index.matchNamed('https://careers-peraton.icims.com/jobs/169611/developer/job', []))?.company.id).toBe('peraton');
    expect((await index.matchNamed('https://jobs.ashbyhq.com/trm-labs/1', []))?.company.id).toBe('trm-labs');
    // Liberty Mutual's Workday tenant is "lmi": not LMI the consultancy, whose board is on iCIMS.
    expect(await index.matchNamed('https://lmi.wd1.myworkdayjobs.com/LMI/job/1', [])).toBeNull();
    expect(await index.matchNamed('https://job-boards.greenhouse.io/axonius/jobs/1', [])).toBeNull();
  });
});
