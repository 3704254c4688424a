/**
 * Award recipients whose names are ordinary words or a famous company's name (issue 16): each is mapped
 * to its own award-record company in data/recipients.json, never to the famous company, and none of
 * these names flags a page alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCompanyIndex } from '@/lib/company-index';
import { normalizeName } from '@/lib/names';
import { buildDataset } from '@/scripts/build-dataset';
import { RecipientMap } from '@/scripts/usaspending/import';
import { isAmbiguousName } from '@/scripts/usaspending/name-ambiguity';

const dataset = buildDataset();
const index = buildCompanyIndex(dataset);
const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const JOB = 'https://www.indeed.com/viewjob?jk=1';
const companyOf = (recipient: string) =>
  recipients.find((e) => e.names.some((n) => normalizeName(n) === normalizeName(recipient)))?.company;

const TRAPS: Record<string, { company: string; lookalikes: string[] }> = {
  'SNAP, INC': { company: 'snap-inc-federal', lookalikes: ['Snap Inc.', 'Snap', 'Snapchat'] },
  'FOUR LLC': { company: 'four-llc', lookalikes: ['Four'] },
  'AVER LLC': { company: 'aver-llc', lookalikes: ['Aver'] },
  'BLUE TECH INC.': { company: 'blue-tech-inc', lookalikes: ['Blue Tech'] },
  'ACUITY INC': { company: 'acuity-inc', lookalikes: ['Acuity', 'Acuity Brands', 'Acuity Brands, Inc.'] },
  'PEOPLE WHO THINK, L.L.C.': { company: 'people-who-think', lookalikes: ['People Who Think'] },
  // FY2021–FY2025 recipients below $10M (issue 16's 97 %): ordinary words, initials and a place.
  'PATRIOT LLC': { company: 'patriot-llc', lookalikes: ['Patriot'] },
  'J.P. INDUSTRIES, INC.': { company: 'j-p-industries', lookalikes: ['JP Industries', 'J.P. Industries'] },
  'IRON MOUNTAIN INFORMATION MANAGEMENT LLC': { company: 'iron-mountain-information-management', lookalikes: ['Iron Mountain Information Management'] },
  'EAGLE HILL CONSULTING, LLC': { company: 'eagle-hill-consulting', lookalikes: ['Eagle Hill Consulting', 'Eagle Hill'] },
  'IT TECH DIRECT LLC': { company: 'it-tech-direct', lookalikes: ['IT Tech Direct'] },
};

describe('recipient names that are ordinary words or a famous name', () => {
  for (const [recipient, { company, lookalikes }] of Object.entries(TRAPS)) {
    it(`${recipient} is its own company (${company}) and matches no company alone`, async () => {
      expect(companyOf(recipient)).toBe(company);
      expect(dataset.companies.find((c) => c.id === company)?.hosts).toEqual([]);
      for (const name of [recipient, ...lookalikes]) {
        const hit = await index.lookupName(name);
        if (hit) expect(hit.ambiguous, name).toBe(true);
        expect(await index.matchNamed(JOB, [{ name, role: 'employer', source: 'structured-data' }]), name).toBeNull();
      }
    });
  }

  it('Snap Inc. (Snapchat) is never matched, even with two signals; the display names do not use the famous names', async () => {
    for (const name of ['Snap Inc.', 'Snap']) {
      expect(await index.lookupName(name), name).toBeNull();
      expect(
        await index.matchNamed(JOB, [
          { name, role: 'employer', source: 'page' },
          { name, role: 'employer', source: 'structured-data' },
        ]),
        name,
      ).toBeNull();
    }
    for (const { company } of Object.values(TRAPS)) {
      const name = dataset.companies.find((c) => c.id === company)!.name;
      expect(['snap', 'snap inc', 'acuity brands', 'acuity']).not.toContain(normalizeName(name));
    }
  });

  it('ordinary-word names are ambiguous by the generator rule', () => {
    for (const name of Object.keys(TRAPS)) expect(isAmbiguousName(name), name).toBe(true);
  });

  it('a unit is grouped only where data/recipients.json gives a source; a similar name is not a tie', () => {
    expect(companyOf('DYNCORP INTERNATIONAL LLC')).toBe('amentum');
    expect(companyOf('PAE AVIATION AND TECHNICAL SERVICES LLC')).toBe('amentum');
    expect(companyOf('CACI NSS, LLC')).toBe('caci');
    expect(companyOf('ATT MOBILITY LLC')).toBe('att');
    expect(companyOf('CELLCO PARTNERSHIP')).toBe('verizon');
    expect(companyOf('L3 TECHNOLOGIES, INC.')).toBe('l3harris');
    for (const name of ['L3 TECHNOLOGIES, INC.', 'DYNCORP INTERNATIONAL LLC', 'PAE AVIATION AND TECHNICAL SERVICES LLC', 'CACI NSS, LLC', 'ATT MOBILITY LLC', 'CELLCO PARTNERSHIP']) {
      const entry = recipients.find((e) => e.names.includes(name))!;
      expect(entry.basis, name).toMatch(/https:\/\/|http:\/\//);
    }
    // Same words, different entities: kept apart until a source ties them.
    expect(companyOf('ARDENT MANAGEMENT CONSULTING, LLC')).not.toBe(companyOf('ARDENT GROUP, LLC'));
    expect(companyOf('ACUITY INTERNATIONAL, LLC')).not.toBe(companyOf('ACUITY-CHS, LLC'));
    expect(companyOf('PARAGON SYSTEMS INC')).not.toBe(companyOf('PARAGON PROFESSIONAL SERVICES LLC'));
    expect(companyOf('CHENEGA IT ENTERPRISE SERVICES, LLC')).not.toBe(companyOf('CHENEGA ADVANCED SOLUTIONS AND INTELLIGENCE SERVICES, LLC'));
    expect(companyOf('UNALAKLEET-INTEGRIWARD JV, LLC')).not.toBe(companyOf('INTEGRIWARD, LLC'));
    expect(companyOf('RED RIVER SCIENCE & TECHNOLOGY, LLC')).not.toBe(companyOf('RED RIVER TECHNOLOGY LLC'));
    expect(companyOf('GRANITE TELECOMMUNICATIONS, LLC')).not.toBe('granite-construction');
    expect(companyOf('KOMAN SUSTAINABLE SOLUTIONS, LLC')).not.toBe('koman-construction');
    expect(companyOf('CADUCEUS HEALTHCARE INC')).not.toBe('caduceus-inc');
    expect(companyOf('CCI PRIME CONTRACTORS, LLC')).not.toBe('cci-facility-support-services');
    expect(companyOf('CHENEGA FACILITIES MANAGEMENT LLC')).not.toBe(companyOf('CHENEGA MISSION OPERATIONS, LLC'));
    expect(companyOf('MAGNET FORENSICS USA INC')).not.toBe(companyOf('MAGNET FORENSICS, LLC'));
    // No source read here ties CSRA LLC to General Dynamics by that name, so it stays apart.
    expect(companyOf('CSRA LLC')).not.toBe('general-dynamics');
  });
});
