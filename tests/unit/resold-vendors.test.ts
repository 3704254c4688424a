/**
 * Vendors behind resellers: the detector on the award records' own descriptions (what counts as a
 * purchase of a vendor's product and what does not), the award rule (an integrator's contract with
 * licences added by a modification is not a resale), and the facts and verdict a user reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, RecipientMap } from '@/scripts/usaspending/import';
import { resoldGroups, toResoldFacts } from '@/scripts/usaspending/resold-facts';
import { vendorsBought } from '@/scripts/usaspending/resold-vendors';
import { getVerdict } from '@/lib/verdict';
import { verdictAmount, verdictHeadline } from '@/lib/verdict-text';
import { buildDataset } from '@/scripts/build-dataset';

const names = (description: string) => vendorsBought(description).map((v) => v.name);

describe('a vendor named in a description is a purchase of its product only when the words say so', () => {
  // Every description below is a real one from the CBP and ICE records of FY2021–FY2026.
  it.each([
    ['ORACLE SOFTWARE AND HARDWARE MAINTENANCE FOR CUSTOMS & BORDER PROTECTION', 'Oracle'],
    ['ORACLE CLOUD INFRASTRUCTURE FOR CUSTOMS AND BORDER PROTECTION', 'Oracle'],
    ['ORACLE ADVANCED CUSTOMER SUPPORT (ACS) SERVICES', 'Oracle'],
    ['SOFTWARE MAINTENANCE RENEWAL AND SUPPORT FOR ORACLE PRODUCTS', 'Oracle'],
    ['AMB #15718 - ADDITIONAL ORACLE LICENSES FOR THE CLOUD MIGRATION - ORACLE DATABASE ENTERPRISE EDITION, ORACLE DIAGNOSTICS PACK', 'Oracle'],
    ['GOOGLE CLOUD PLATFORM (GCP) SERVICES FOR ECSD/OIT', 'Google'],
    ['ICE CLOUD INFRASTRUCTURE HOSTING SUPPORT FOR THE GOOGLE CLOUD PLATFORM ENVIRONMENT FOR ICE/OCIO', 'Google'],
    ['FY21 GOOGLE CHROME BROWSER SOFTWARE LICENSING AND MAINTENANCE', 'Google'],
    ['THIS AWARD PROCURES SHADOWDRAGON SOFTWARE LICENSES, WHICH PROVIDES HOMELAND SECURITY INVESTIGATIONS ADVANCE CAPABILITIES', 'ShadowDragon'],
    ['SHADOW DRAGON SOCIALNET LICENSES', 'ShadowDragon'],
    ['THIS REQUIREMENT IS FOR 25 BABEL STREET INSIGHTS LICENSES, LOCATION AND IDENTITY APPLICATION PROGRAMMING INTERFACES', 'Babel Street'],
    ['MICROSOFT LICENSES', 'Microsoft'],
    ['AMAZON WES SERVICES', 'Amazon Web Services'],
    ['SALESFORCE PAAS LICENSES', 'Salesforce'],
    ['DELIVERY ORDER FOR CELLEBRITE PHYSICAL ANALYZER ANNUAL SOFTWARE LICENSE RENEWALS', 'Cellebrite'],
    ['THIS AWARD IS TO PROCURE CISCO CATALYST SWITCHES AND SCHNEIDER ELECTRIC UNINTERRUPTED POWER SUPPLY BATTERY BACKUPS', 'Cisco'],
  ])('%s → %s', (description, vendor) => {
    expect(names(description)).toEqual([vendor]);
  });

  it.each([
    // Another maker's product for the vendor's platform.
    'THIS CONTRACT PROVIDES TOAD FOR ORACLE SOFTWARE LICENSES FOR ICE\'S STUDENT AND VISITOR EXCHANGE PROGRAM.',
    'TOAD ORACLE SOFTWARE',
    'TOAD LICENSE RENEWAL FOR ORACLE USERS. 25 LICENES TOTAL.',
    'SAILPOINT IDENTITY I FOR AMAZON WEB SERVICE SOFTWARE FOR CBP',
    'THIS IS FOR THE PURCHASE OF ADVANCO SALESFORCE SOFTWARE AND SUPPORT.',
    // Handling the vendor's goods or moving away from them.
    'CBP ORACLE EQUIPMENT RELOCATION',
    'BILATERAL MODIFICATION TO DE-OBLIGATE FUNDS DUE TO BOTH THE DECREASE IN QUANTITY AND DECOMMISSIONING OF ORACLE HARDWARE.',
    // An integrator's labour on the vendor's platform.
    'SALESFORCE SUPPORT SERVICES - EXERCISE OPTION PERIOD ONE',
    'SALESFORCE PROGRAM ARCHITECT PLUS',
    'MICROSOFT M365 OPERATIONS AND MAINTENANCE (O&M) SHAREPOINT COLLAB DOMAIN SWIFT',
    'FULLY FUND OPTION PERIOD 1 - AWS INFRASTRUCTURE AND MANAGEMENT PROFESSIONAL SERVICES',
    // Using it, or naming it with no product bought.
    'COURT REPORTING SERVICE REQUIRED FROM 2/8/21 TO 2/11/21 VIA MICROSOFT TEAMS',
    'ORACLE TS AND CS',
    'PURCHASE OF LAPTOP FOR CELLEBRITE PROGRAM',
    'BABEL STREET',
  ])('%s → none', (description) => {
    expect(names(description)).toEqual([]);
  });

  it('finds the products of two vendors named for themselves, never a third only mentioned', () => {
    expect(names('AMB# 20831; EIGHT CISCO CATALYST 8000V FOR ICE CLOUDS AMAZON GOVCLOUD AND AZURE; POP IS 1 YEAR FROM AWARD')).toEqual(['Cisco']);
    expect(names('AKAMAI AND SPLUNK DISTRIBUTED DENIAL OF SERVICE (DDOS) SOLUTION, SPLUNK ENTERPRISE LICENSES')).toEqual(['Splunk']);
  });
});

const HEADER = 'Agency,Award ID,Recipient Name,Federal Action Obligation,Action Date,Modification,Product/Service Description,NAICS Description,Transaction Description,Generated Award ID';
const row = (agency: string, piid: string, recipient: string, usd: number, date: string, mod: string, description: string) =>
  [agency, piid, `"${recipient}"`, usd, date, mod, 'IT AND TELECOM', 'COMPUTER SYSTEMS DESIGN SERVICES', `"${description}"`, `CONT_AWD_${piid}_${agency === 'ICE' ? '7012' : '7014'}_-NONE-_-NONE-`].join(',');

async function importRows(lines: string[], recipients: RecipientMap = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resold-'));
  const file = path.join(dir, 'awards.csv');
  writeFileSync(file, [HEADER, ...lines].join('\n') + '\n');
  return importFiles([file], { recipients, preset: 'cbp-ice-dashboard' });
}

describe('an award counts for a vendor when it buys the vendor\'s product', () => {
  it('sums the reseller\'s money on the award over the years, quotes what it buys, and names the reseller', async () => {
    const result = await importRows([
      row('CBP', '70B04C24F00000578', 'EMERGENT, LLC', 30_000_000, '2024-03-01', '0', 'ORACLE CLOUD INFRASTRUCTURE FOR CUSTOMS AND BORDER PROTECTION'),
      row('CBP', '70B04C24F00000578', 'EMERGENT, LLC', 12_500_000.5, '2025-02-01', 'P00001', 'FUNDING ONLY ACTION'),
      row('CBP', '70B04C24F00000578', 'EMERGENT, LLC', -500_000, '2025-09-01', 'P00002', 'DE-OBLIGATE UNUSED FUNDS'),
      // An integrator's maintenance contract to which a modification adds licences: not a resale.
      row('CBP', '70B04C24C00000115', 'LEIDOS, INC.', 22_000_000, '2024-09-12', '0', 'PREVENTATIVE AND CORRECTIVE MAINTENANCE OF RADIATION DETECTION EQUIPMENT'),
      row('CBP', '70B04C24C00000115', 'LEIDOS, INC.', 750_000, '2025-01-10', 'P00006', 'ADDING MICROSOFT G5 LICENSES'),
      // The vendor's own award is direct, never a resale.
      row('CBP', 'HSBP1015P00508', 'ORACLE AMERICA, INC', 80_000, '2024-05-01', '0', 'ORACLE SOFTWARE LICENSES'),
    ]);
    const facts = toResoldFacts({ ...result, truncated: new Set() }, () => '2026-08-22', () => 'https://github.com/example/copy.csv');
    expect(Object.keys(facts)).toEqual(['oracle']);
    const [fact] = facts.oracle!;
    expect(fact).toMatchObject({
      relation: 'via-third-party',
      agency: 'CBP',
      via: 'EMERGENT, LLC',
      amount: { usd: 42_000_000.5, kind: 'obligated' },
      period: { start: '2023-10-01', end: '2025-09-30' },
      awardIds: ['CONT_AWD_70B04C24F00000578_7014_-NONE-_-NONE-'],
    });
    expect(fact!.claim).toBe(
      'Federal award records: CBP obligated $42,000,000.50 in fiscal years 2024–2025 to EMERGENT, LLC, a reseller, on 1 award whose descriptions name Oracle products: “ORACLE CLOUD INFRASTRUCTURE FOR CUSTOMS AND BORDER PROTECTION”. The money went to the reseller; the records do not say what Oracle received.',
    );
    expect(fact!.sources[0]).toMatchObject({ url: 'https://www.usaspending.gov/award/CONT_AWD_70B04C24F00000578_7014_-NONE-_-NONE-/', primary: true, confidence: 'seen', quote: 'ORACLE CLOUD INFRASTRUCTURE FOR CUSTOMS AND BORDER PROTECTION' });
    expect(resoldGroups(result).map((g) => g.vendor.name)).toEqual(['Oracle']);
  });

  it('an award begun before the files counts when at least half its records buy the product', async () => {
    const result = await importRows([
      row('ICE', '70CTD021FR0000138', 'FCN, INC.', 1_000_000, '2021-03-01', 'P00004', 'RED HAT LINUX'),
      row('ICE', '70CTD021FR0000138', 'FCN, INC.', 500_000, '2021-06-01', 'P00005', 'INCREMENTAL FUNDING'),
      row('ICE', '70CTD021FR0000200', 'SNAP, INC', 2_000_000, '2021-03-01', 'P00002', 'HELP DESK SUPPORT'),
      row('ICE', '70CTD021FR0000200', 'SNAP, INC', 100_000, '2021-04-01', 'P00003', 'ADD SPLUNK ENTERPRISE LICENSES'),
      row('ICE', '70CTD021FR0000200', 'SNAP, INC', 0, '2021-05-01', 'P00004', 'ADMINISTRATIVE CHANGE'),
    ]);
    expect(resoldGroups(result).map((g) => [g.vendor.name, g.reseller, g.awards[0]!.usd])).toEqual([['Red Hat', 'FCN, INC.', 1_500_000]]);
  });
});

describe('the bundled data: vendors behind resellers', () => {
  const dataset = buildDataset();
  const company = (id: string) => dataset.companies.find((c) => c.id === id)!;
  const resales = (id: string) => company(id).contracts.filter((c) => c.relation === 'via-third-party' && c.ref?.startsWith('usaspending-resold:'));

  it('Oracle through Akira, Emergent and FCN; never through Quest\'s Toad resellers', () => {
    const vias = resales('oracle').map((c) => `${c.agency} ${c.via}`);
    expect(vias).toEqual(expect.arrayContaining(['CBP AKIRA TECHNOLOGIES INC.', 'CBP EMERGENT, LLC', 'CBP FCN, INC.']));
    expect(vias.some((v) => /BLUE TECH|NEW TECH|PANAMERICA/.test(v))).toBe(false);
    const emergent = resales('oracle').find((c) => c.via === 'EMERGENT, LLC')!;
    expect(emergent.amount!.usd).toBeGreaterThan(70e6);
    expect(emergent.sources.every((s) => /\bORACLE\b/.test(s.quote ?? ''))).toBe(true);
  });

  it('Google Cloud through Westwind and Four Points, ShadowDragon through ThunderCat, PanAmerica and FS Partners', () => {
    expect(resales('google').map((c) => c.via)).toEqual(expect.arrayContaining(['WESTWIND COMPUTER PRODUCTS, INC.', 'FOUR POINTS TECHNOLOGY, L.L.C.']));
    expect(resales('shadowdragon').map((c) => c.via).sort()).toEqual(['FS PARTNERS, LLP', 'PANAMERICA COMPUTERS, INC.', 'THUNDERCAT TECHNOLOGY, LLC']);
  });

  it('a vendor found only this way reads as sold through resellers, with what the resellers received', () => {
    const verdict = getVerdict(company('oracle'), '2026-12-07');
    expect(verdict).toMatchObject({ tier: 'indirect', way: 'reseller', amount: { basis: 'resold', from: 2021, to: 2026, toPartial: true } });
    expect(verdictHeadline(verdict)).toBe('Sold to ICE and CBP through a reseller · IT and cloud');
    expect(verdictAmount(verdict)).toMatch(/^\$2\d\d(?:\.\d)? million obligated to resellers of its products, fiscal years 2021 to 2026 so far$/);
  });

  it('the bundled file keeps the descriptions it quotes', () => {
    const imported = JSON.parse(readFileSync('data/imported/usaspending.json', 'utf8')) as { facts: Record<string, Array<{ relation?: string; sources: Array<{ quote?: string }> }>> };
    for (const facts of Object.values(imported.facts)) {
      for (const fact of facts.filter((f) => f.relation === 'via-third-party')) expect(fact.sources.every((s) => s.quote && s.quote.length > 3)).toBe(true);
    }
  });
});
