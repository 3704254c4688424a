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
