import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NameIndex, normalizeName } from '@/lib/names';
import { buildCompanyIndex } from '@/lib/company-index';
import { buildDataset } from '@/scripts/build-dataset';

const dataset = buildDataset();
const names = new NameIndex(dataset.companies);
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
});

describe(`the names corpus (${corpus.cases.length} names)`, () => {
  it('has at least 200 real-looking employer and brand names, positives and negatives', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(200);
    expect(corpus.cases.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(100);
  });

  it('produces no false positive: lookalikes and unrelated names match nothing (ambiguous names alone included)', () => {
    const falsePositives = corpus.cases
      .filter((c) => c.expect === null)
      .map((c) => ({ name: c.name, hit: names.lookup(c.name) }))
      .filter((r) => r.hit && !r.hit.ambiguous)
      .map((r) => `${r.name} → ${r.hit!.company.id}`);
    expect(falsePositives).toEqual([]);
  });

  it('finds every positive, and the right company', () => {
    const wrong = corpus.cases
      .filter((c) => c.expect !== null)
      .map((c) => ({ ...c, got: names.lookup(c.name) }))
      .filter((c) => c.got?.company.id !== c.expect || c.got.ambiguous)
      .map((c) => `${c.name}: expected ${c.expect}, got ${c.got?.company.id ?? 'nothing'}`);
    expect(wrong).toEqual([]);
  });
});

describe('name matching on pages', () => {
  const index = buildCompanyIndex(dataset);
  const store = 'https://www.bestbuy.com/site/x/1.p';

  it('HP and HP Inc. never flag HPE; a Motorola phone never flags Motorola Solutions', () => {
    for (const name of ['HP', 'HP Inc.', 'Motorola', 'Motorola Mobility', 'Lenovo']) {
      expect(index.matchNamed(store, [{ name, role: 'brand', source: 'structured-data' }])).toBeNull();
    }
  });

  it('an ambiguous name needs a second signal from another source', () => {
    const ring = (source: 'structured-data' | 'page') => ({ name: 'Ring', role: 'brand' as const, source });
    expect(index.matchNamed(store, [ring('structured-data')])).toBeNull();
    expect(index.matchNamed(store, [ring('structured-data'), ring('structured-data')])).toBeNull();
    expect(index.matchNamed(store, [ring('structured-data'), ring('page')])).toMatchObject({ company: { id: 'amazon' }, why: { corroborated: true } });
  });

  it('structured data outranks the page reader, and names are only read on job boards and stores', () => {
    const signals = [
      { name: 'Acme', role: 'brand' as const, source: 'structured-data' as const },
      { name: 'Dell', role: 'brand' as const, source: 'page' as const },
      { name: 'Alienware', role: 'brand' as const, source: 'structured-data' as const },
    ];
    expect(index.matchNamed(store, signals)?.why).toMatchObject({ kind: 'brand', pageName: 'Alienware', source: 'structured-data' });
    expect(index.matchNamed('https://www.example.com/', signals)).toBeNull();
  });

  it('a job board address naming a known board beats everything', () => {
    const match = index.matchNamed('https://jobs.lever.co/palantir/ff1029bd-bb6d-4d78', [{ name: 'Dell', role: 'brand', source: 'structured-data' }]);
    expect(match).toMatchObject({ company: { id: 'palantir' }, why: { kind: 'employer', source: 'job-board-url' } });
    expect(index.matchNamed('https://job-boards.greenhouse.io/andurilindustries/jobs/5193775007', [])?.company.id).toBe('anduril');
    expect(index.matchNamed('https://jobs.lever.co/palantir-pizza/1', [])).toBeNull();
    expect(index.matchNamed('https://motorolasolutions.wd5.myworkdayjobs.com/Careers/job/Chicago-IL/x', [])?.company.id).toBe('motorola-solutions');
    expect(index.matchNamed('https://bah.wd1.myworkdayjobs.com/BAH_Jobs/job/1', [])?.company.id).toBe('booz-allen');
  });
});
