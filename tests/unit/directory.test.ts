import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/scripts/build-dataset';
import { agencyTags, DirectoryRows, rowVerdict, toDirectoryRows } from '@/lib/directory/rows';
import { getVerdict } from '@/lib/verdict';
import { buildSearchIndex, search } from '@/lib/directory/search';

const dataset = buildDataset();
const rows = toDirectoryRows(dataset.companies, dataset.generatedAt.slice(0, 10));
const index = buildSearchIndex(rows);
const first = (query: string) => search(index, query)[0];
const ids = (query: string, limit = 20) => search(index, query, limit).map((hit) => hit.row.id);

describe('directory rows', () => {
  it('keep each company\'s verdict as of the data\'s date; shown later, current or past counts from that day', () => {
    const date = dataset.generatedAt.slice(0, 10);
    for (const [i, company] of dataset.companies.entries()) expect(rows[i]!.verdict).toEqual(getVerdict(company, date));
    const geo = rows.find((row) => row.id === 'geo-group')!;
    expect(rowVerdict(geo, date).recent).toBe(true);
    // Ten years on, the same record is past.
    expect(rowVerdict(geo, `${Number(date.slice(0, 4)) + 10}${date.slice(4)}`)).toMatchObject({ tier: 'direct', recent: false });
  });


  it('has one valid row per company, with its award-record years oldest first and agencies as tags', () => {
    expect(DirectoryRows.safeParse(rows).success).toBe(true);
    expect(rows.map((row) => row.id)).toEqual(dataset.companies.map((company) => company.id));
    const geo = rows.find((row) => row.id === 'geo-group')!;
    expect(geo.years.length).toBeGreaterThanOrEqual(5);
    expect(geo.years.map((year) => year.fiscalYear)).toEqual([...geo.years.map((year) => year.fiscalYear)].sort((a, b) => a - b));
    expect(geo.agencies).toContain('ICE');
    const hpe = rows.find((row) => row.id === 'hpe')!;
    expect(hpe.lookalikes.map((l) => l.name)).toEqual(expect.arrayContaining(['HP Inc.', 'OMEN']));
    const bi = rows.find((row) => row.id === 'bi-incorporated');
    if (bi) expect(bi.parent).toBe('The GEO Group');
  });

  it('reads agency texts as the tags the directory filters by', () => {
    expect(agencyTags('DHS / ICE')).toEqual(['ICE', 'DHS']);
    expect(agencyTags('ICE; CBP ($177M)')).toEqual(['ICE', 'CBP']);
    expect(agencyTags('HHS Office of Refugee Resettlement (indirect)')).toEqual(['HHS ORR']);
    expect(agencyTags('U.S. Army Corps of Engineers (border wall)')).toEqual(['USACE']);
    // "ICEBERG" is not ICE; text naming no known agency is kept as written.
    expect(agencyTags('ICEBERG Office')).toEqual(['ICEBERG Office']);
  });
});

describe('search', () => {
  it('finds a company by its name, folded as the matcher folds it', () => {
    expect(first('peraton')).toMatchObject({ row: { id: 'peraton' }, kind: 'name', rank: 0 });
    expect(first('THE GEO GROUP, INC.')).toMatchObject({ row: { id: 'geo-group' }, rank: 0 });
    expect(first('geo gr')).toMatchObject({ row: { id: 'geo-group' }, rank: 1 });
    // The start of a word, never the middle of one.
    expect(ids('group', 1000)).toContain('geo-group');
    expect(ids('roup', 1000)).not.toContain('geo-group');
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '!!!')).toEqual([]);
  });

  it('finds a company by an alias or a brand, and says when the name also means other things', () => {
    expect(first('Hewlett Packard Enterprise')).toMatchObject({ row: { id: 'hpe' }, rank: 0 });
    const ring = search(index, 'ring').find((hit) => hit.row.id === 'amazon')!;
    expect(ring).toMatchObject({ kind: 'brand', matched: 'Ring', rank: 0 });
    expect(ring.ambiguous?.productWords).toEqual(expect.arrayContaining(['doorbell']));
    const aws = search(index, 'aws').find((hit) => hit.row.id === 'amazon')!;
    expect(aws).toMatchObject({ matched: 'AWS', ambiguous: {} });
    expect(first('Whole Foods')).toMatchObject({ row: { id: 'amazon' }, kind: 'brand', matched: 'Whole Foods Market' });
  });

  it('finds a company by its site, a subdomain of it, or a URL on it', () => {
    expect(first('geogroup.com')).toMatchObject({ row: { id: 'geo-group' }, kind: 'host', rank: 0 });
    expect(first('https://www.geogroup.com/about-us')).toMatchObject({ row: { id: 'geo-group' }, kind: 'host', rank: 0 });
    expect(first('aws.amazon.com')).toMatchObject({ row: { id: 'amazon' }, kind: 'host', rank: 0 });
    expect(first('geogroup.c')).toMatchObject({ row: { id: 'geo-group' }, kind: 'host', rank: 1 });
    // A lookalike site is not the company's: github.io is not GitHub's, amazonas.com not Amazon's.
    expect(ids('octocat.github.io')).not.toContain('github');
    expect(ids('amazonas.com')).not.toContain('amazon');
  });

  it('finds a company by its job-board tenant', () => {
    expect(ids('careers-peraton')).toContain('peraton');
    const leidos = search(index, 'leidos').find((hit) => hit.row.id === 'leidos')!;
    // The name beats the board for the same company.
    expect(leidos.kind).toBe('name');
  });

  it('shows a lookalike as what it is not, with the reason', () => {
    const hp = search(index, 'HP Inc').find((hit) => hit.kind === 'lookalike')!;
    expect(hp).toMatchObject({ row: { id: 'hpe' }, matched: 'HP Inc.' });
    expect(hp.note).toBeTruthy();
    expect(search(index, 'motorola mobility').some((hit) => hit.kind === 'lookalike' && hit.row.id === 'motorola-solutions')).toBe(true);
  });

  it('lists each company once, best match first, and stops at the limit', () => {
    const hits = search(index, 'a', 10);
    expect(hits).toHaveLength(10);
    const companies = hits.filter((hit) => hit.kind !== 'lookalike').map((hit) => hit.row.id);
    expect(new Set(companies).size).toBe(companies.length);
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => a - b));
  });
});
