/**
 * ICE's detention facility lists → "operates <facility> for ICE" facts: the explicit operator table,
 * and known facilities of each list (read from shared/, skipped without it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, readCompanyFiles } from '@/scripts/build-dataset';
import { classifyOperator, importFacilityList, LISTS, OPERATORS, usDate } from '@/scripts/facilities/facilities';
import { ImportError } from '@/scripts/usaspending/import';
import { missingShared } from '../shared-files';

const companies = new Map(readCompanyFiles().map((f) => {
  const c = JSON.parse(f.text) as { id: string; name: string };
  return [c.id, c.name] as const;
}));
const [list2015, list2017] = LISTS as [(typeof LISTS)[0], (typeof LISTS)[0]];

describe('operator spellings', () => {
  it('map to dataset companies only through the explicit table', () => {
    expect(classifyOperator('GEO')).toMatchObject({ kind: 'company', company: 'geo-group' });
    expect(classifyOperator('CCA')).toMatchObject({ kind: 'company', company: 'corecivic' });
    expect(classifyOperator('M&TC')).toMatchObject({ kind: 'company', company: 'management-training-corporation' });
    expect(classifyOperator('AGS')).toMatchObject({ kind: 'company', company: 'akima' });
    expect(classifyOperator(' MVM ')).toMatchObject({ kind: 'company', company: 'mvm' });
    // No fuzzy matching: near spellings are unknown until someone adds them.
    expect(classifyOperator('GEO GROUP')).toEqual({ kind: 'unknown' });
    expect(classifyOperator('geo')).toEqual({ kind: 'unknown' });
  });

  it('counties, cities and federal agencies are not companies; blanks are no operator', () => {
    for (const value of ['COUNTY', 'COUNTY (SHERIFF)', 'COUNTY (CORRECTIONS)', 'CITY', 'BOP', 'FEDERAL', 'ORR', 'HOSPITAL']) expect(classifyOperator(value)).toEqual({ kind: 'public' });
    for (const value of ['', 'nan', 'NA']) expect(classifyOperator(value)).toEqual({ kind: 'blank' });
  });

  it('private operators without a file, and ambiguous spellings, give no fact', () => {
    expect(classifyOperator('LASALLE CORRECTIONS')).toMatchObject({ kind: 'not-in-dataset' });
    expect(classifyOperator('CEC')).toMatchObject({ kind: 'not-in-dataset' });
    expect(classifyOperator('DOYON-AKAL (GUARD)')).toMatchObject({ kind: 'ambiguous' });
    expect(classifyOperator('ASSET (GUARD)')).toMatchObject({ kind: 'ambiguous' });
  });

  it('every company in the table has a file', () => {
    for (const operator of Object.values(OPERATORS)) if (operator.kind === 'company') expect(companies.has(operator.company), operator.company).toBe(true);
  });

  it('reads the 2017 list\'s m/d/yyyy dates', () => {
    expect(usDate('9/20/2007')).toBe('2007-09-20');
    expect(usDate('11/4/2017')).toBe('2017-11-04');
    expect(usDate('2017-11-04')).toBeNull();
  });
});

describe.skipIf(missingShared(list2015.file))('the 2015 ICE facility listing', () => {
  it('known facilities: Adelanto (GEO), Stewart (CCA), Otero (M&TC); counties left out', async () => {
    const { facts, report } = await importFacilityList(list2015, companies);
    expect(report).toMatchObject({ rows: 209, unknown: {} });
    expect(facts['geo-group']!.find((f) => f.ref === 'ice-facility-list-2015:ADLNTCA')).toMatchObject({
      id: 'geo-group-ice-facility-2015-adlntca',
      kind: 'contract',
      relation: 'direct',
      agency: 'ICE',
      date: '2015-12-08',
      claim: 'Operates ADELANTO DETENTION FACILITY, ADELANTO, CA for ICE (ICE facility list, 2015-12-08); the list names the operator as "GEO".',
      sources: [expect.objectContaining({ url: 'https://www.ice.gov/doclib/foia/dfs/2015IceDetentionFacilityListing.xlsx', confidence: 'reported', date: '2015-12-08' })],
    });
    expect(facts.corecivic!.map((f) => f.ref)).toContain('ice-facility-list-2015:STWRTGA');
    expect(facts['management-training-corporation']!.map((f) => f.ref)).toContain('ice-facility-list-2015:OTRPCNM');
    expect(report.public).toBeGreaterThan(150);
    expect(report.ambiguous).toEqual({ 'ASSET (GUARD)': 1, 'DOYON-AKAL (GUARD)': 1, 'VM-BG (GUARD)': 1 });
  });
});

describe.skipIf(missingShared(list2017.file))('the 2017 ICE ERO facility list (NIJC, FOIA)', () => {
  it('known facilities: Batavia (AGS → Akima), Northwest Detention Center (GEO); facilities no longer used are in the past tense', async () => {
    const { facts, report } = await importFacilityList(list2017, companies);
    expect(report).toMatchObject({ rows: 1685, blank: 458, unknown: {} });
    expect(report.notInDataset['LASALLE CORRECTIONS']).toBe(8);
    expect(facts.akima!.find((f) => f.ref === 'ice-facility-list-2017:BTV')!.claim).toBe(
      'Operates BUFFALO (BATAVIA) SERVICE PROCESSING CENTER, BATAVIA, NY for ICE (ICE facility list, 2017); the list names the operator as "AGS".',
    );
    const source = facts.akima![0]!.sources[0]!;
    expect(source.url).toMatch(/^https:\/\/github\.com\/UWCHR\/ice-facilities\/blob\/[0-9a-f]{40}\/clean\/output\/facil-list\.csv\.gz$/);
    expect(source.publisher).toMatch(/FOIA.*NIJC/);
    expect(facts['geo-group']!.some((f) => / NORTHWEST DETENTION CENTER, TACOMA, WA for ICE/.test(f.claim))).toBe(true);
    expect(facts['management-training-corporation']!.find((f) => f.claim.includes('WILLACY DETENTION CENTER'))!.claim).toMatch(
      /^Operated WILLACY DETENTION CENTER, RAYMONDVILLE, TX for ICE \(ICE facility list, 2017; ICE last used the facility on 2011-08-09\)/,
    );
  });
});

describe('bad input', () => {
  it('a missing list or column is an error naming the file', async () => {
    await expect(importFacilityList({ ...list2015, file: 'nowhere.csv' }, companies)).rejects.toThrow(/nowhere\.csv: not found/);
    await expect(importFacilityList({ ...list2015, file: 'package.json' }, companies)).rejects.toThrow(ImportError);
  });
});

describe('the bundled facility facts', () => {
  it('are merged into the dataset after the curated facts, and validate', () => {
    const imported = JSON.parse(readFileSync('data/imported/facilities.json', 'utf8')) as { facts: Record<string, Array<{ id: string }>> };
    const dataset = buildDataset();
    for (const [company, facts] of Object.entries(imported.facts)) {
      const ids = dataset.companies.find((c) => c.id === company)!.contracts.map((c) => c.id);
      for (const fact of facts) expect(ids).toContain(fact.id);
    }
  });

  it.skipIf(missingShared(list2015.file, list2017.file))('are what `npm run import:facilities` writes', async () => {
    const imported = JSON.parse(readFileSync('data/imported/facilities.json', 'utf8')) as { facts: Record<string, unknown[]> };
    const expected: Record<string, unknown[]> = {};
    for (const list of LISTS) for (const [company, facts] of Object.entries((await importFacilityList(list, companies)).facts)) (expected[company] ??= []).push(...facts);
    expect(imported.facts).toEqual(JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(expected).sort((a, b) => a[0].localeCompare(b[0]))))));
  });
});
