/**
 * The companies people meet: the well-known names checked against every recipient (lookalikes held
 * apart), and the sites of the companies added for them flag the right company and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { buildDataset } from '@/scripts/build-dataset';
import { lookupPage, type LookupState } from '@/entrypoints/background/lookup';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { wellKnownIn } from '@/scripts/usaspending/well-known';
import { toDirectoryRows } from '@/lib/directory/rows';
import { buildSearchIndex, search } from '@/lib/directory/search';

const dataset = buildDataset();
const index = buildCompanyIndex(dataset);
const fresh: LookupState = { now: Date.parse('2026-12-07T12:00:00Z'), dismissed: [], autoOpened: {} };
const companyOn = async (url: string) => {
  const result = await lookupPage(index, url, [], DEFAULT_SETTINGS, fresh);
  return result.status === 'none' ? null : (result as { match: { company: { id: string } } }).match.company.id;
};

describe('well-known names in the recipient names, read by their whole legal name', () => {
  it.each([
    ['FEDERAL EXPRESS CORPORATION', ['FedEx']],
    ['FEDEX SUPPLY CHAIN DISTRIBUTION SYSTEM, INC.', ['FedEx']],
    ['UNITED PARCEL SERVICE CO.', ['UPS']],
    ['MARRIOTT INTERNATIONAL, INC.', ['Marriott']],
    ['T-MOBILE USA, INC.', ['T-Mobile']],
    ['TARGET LOGISTICS MANAGEMENT, LLC', ['Target Hospitality']],
    ['HEWLETT PACKARD ENTERPRISE COMPANY', ['Hewlett Packard Enterprise']],
    ['HP INC.', ['HP Inc.']],
  ])('%s → %j', (recipient, expected) => {
    expect(wellKnownIn(recipient).map((w) => w.name)).toEqual(expected);
  });

  it.each(['LASALLE CORRECTIONS V LLC', 'TARGETED TECHNOLOGY SOLUTIONS LLC', 'EXPRESS SCRIPTS, INC.', 'APPLE TREE CONSULTING LLC', 'HYATTSVILLE AUTO BODY', 'DELTA RESPONSE TEAM LLC'])(
    '%s → none',
    (recipient) => expect(wellKnownIn(recipient)).toEqual([]),
  );
});

describe('the sites of the companies people meet', () => {
  it.each([
    ['https://www.fedex.com/en-us/home.html', 'fedex'],
    ['https://www.ups.com/us/en/home', 'ups'],
    ['https://www.marriott.com/default.mi', 'marriott'],
    ['https://www.hyatt.com/', 'hyatt'],
    ['https://www.t-mobile.com/cell-phones', 't-mobile'],
    ['https://www.oracle.com/cloud/', 'oracle'],
    ['https://cloud.google.com/products/compute', 'google'],
    ['https://shadowdragon.io/', 'shadowdragon'],
    ['https://www.babelstreet.com/', 'babel-street'],
    ['https://www.cisco.com/site/us/en/products/networking/index.html', 'cisco'],
    ['https://www.redhat.com/en/technologies/linux-platforms/enterprise-linux', 'red-hat'],
    ['https://www.splunk.com/', 'splunk'],
    ['https://www.servicenow.com/', 'servicenow'],
    ['https://www.apple.com/ipad/', 'apple'],
    ['https://www.transunion.com/credit-freeze', 'transunion'],
    ['https://www.walgreens.com/', 'walgreens'],
    ['https://www.mckesson.com/', 'mckesson'],
  ])('%s → %s', async (url, company) => {
    expect(await companyOn(url)).toBe(company);
  });

  it.each([
    // Target Corporation is not Target Hospitality; a user's site on Google's hosting is not Google's.
    'https://www.target.com/',
    'https://sites.google.com/view/someone',
    'https://www.google.com/search?q=oracle',
    'https://www.quest.com/products/toad-for-oracle/',
    'https://fedex-tracking.example.com/',
  ])('%s → nothing', async (url) => {
    expect(await companyOn(url)).toBeNull();
  });
});

describe('lookalikes held apart by name', () => {
  const JOB = 'https://www.indeed.com/viewjob?jk=1';
  const employer = async (name: string) => (await index.matchNamed(JOB, [{ name, role: 'employer', source: 'structured-data' }]))?.company.id ?? null;

  it('Target Hospitality is not Target Corporation: a "Target" posting flags nothing', async () => {
    expect(await employer('Target Hospitality')).toBe('target-hospitality');
    expect(await employer('Target Logistics Management, LLC')).toBe('target-hospitality');
    expect(await employer('Target')).toBeNull();
    expect(await employer('Target Corporation')).toBeNull();
  });

  it('an Oracle, FedEx or Google posting on a job board names its employer', async () => {
    expect(await employer('Oracle')).toBe('oracle');
    expect(await employer('FedEx')).toBe('fedex');
    expect(await employer('Google')).toBe('google');
    expect(await employer('ShadowDragon')).toBe('shadowdragon');
  });

  it('LaSalle Corrections is not LaSalle AB-Express Contracting', async () => {
    expect(await employer('LaSalle Corrections')).toBe('lasalle-corrections');
    expect(await employer('LASALLE CORRECTIONS V LLC')).toBe('lasalle-corrections');
    expect(await employer('LaSalle AB-Express Contracting')).toBe('lasalle-ab-express-contracting');
    expect(await employer('LaSalle')).toBeNull();
  });

  it('Federal and CCI ammunition are The Kinetic Group\'s; "Federal" on anything else names nobody', async () => {
    const product = (brand: string, name: string) => index.matchNamed('https://www.walmart.com/ip/x/1', [{ name: brand, role: 'brand', source: 'structured-data', product: name }]);
    expect((await product('Federal', 'Federal Premium 9mm Luger 124 Grain HST Handgun Ammunition, 50 Rounds'))?.company.id).toBe('kinetic-group-sales');
    expect((await product('CCI', 'CCI Mini-Mag 22 LR Rimfire Ammo, 100 Rounds'))?.company.id).toBe('kinetic-group-sales');
    expect(await product('Federal', 'Federal Brace Countertop Support Bracket')).toBeNull();
    expect(await product('Remington', 'Remington Model 700 Rifle Scope Rings')).toBeNull();
  });

  it('UPS the carrier never from a battery backup\'s brand line', async () => {
    expect(await index.matchNamed('https://www.bestbuy.com/site/apc-ups/1.p', [{ name: 'UPS', role: 'brand', source: 'page', product: 'APC Back-UPS 600VA UPS battery backup' }])).toBeNull();
  });
});

describe('the search finds them', () => {
  const rows = toDirectoryRows(dataset.companies, dataset.generatedAt.slice(0, 10));
  const searchIndex = buildSearchIndex(rows);
  it.each([
    ['FedEx', 'fedex'],
    ['fedex.com', 'fedex'],
    ['Oracle', 'oracle'],
    ['Google', 'google'],
    ['Target Hospitality', 'target-hospitality'],
    ['LaSalle Corrections', 'lasalle-corrections'],
    ['ShadowDragon', 'shadowdragon'],
  ])('"%s" → %s first', (query, id) => {
    expect(search(searchIndex, query)[0]?.row.id).toBe(id);
  });

  it('a row of a company tied only through resellers says so; a seat says it is a seat', () => {
    const oracle = rows.find((r) => r.id === 'oracle')!;
    const lasalle = rows.find((r) => r.id === 'lasalle-corrections')!;
    expect(oracle.verdict).toMatchObject({ tier: 'indirect', way: 'reseller', amount: { basis: 'resold' } });
    expect(lasalle.verdict).toMatchObject({ tier: 'direct', seat: true, amount: { basis: 'minimum-order', usd: 250 } });
  });
});
