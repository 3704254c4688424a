import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/scripts/build-dataset';
import { coverage, formatCoverage, formatYearTable, type YearCoverage } from '@/scripts/usaspending/coverage';
import { importFiles, importInputs, readInputs, RecipientMap } from '@/scripts/usaspending/import';
import { classifyRow, involvementFrom } from '@/scripts/usaspending/involvement';
import { FY2026, missingShared } from '../shared-files';

const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const dataset = buildDataset();

describe.skipIf(missingShared(FY2026))('coverage of the FY2026 CBP and ICE award records', () => {
  it('covers every recipient of at least $10M, and at least 97 % of all obligated dollars', async () => {
    const result = await importFiles([FY2026], { recipients, preset: 'cbp-ice-dashboard' });
    expect(result.files[0]).toMatchObject({ rows: 7269, errorCount: 0 });
    const report = coverage(result, new Set(dataset.companies.map((c) => c.id)), 10_000_000);
    expect(report.large.length).toBe(147);
    expect(report.large.filter((l) => !l.company).map((l) => l.name)).toEqual([]);
    expect(report.coveredUsd / report.totalUsd).toBeGreaterThanOrEqual(0.97);
  });

  it('lists a recipient that no company covers, by its obligations', async () => {
    const result = await importFiles([FY2026], { recipients: recipients.filter((r) => r.company !== 'fisher-sand-gravel'), preset: 'cbp-ice-dashboard' });
    const report = coverage(result, new Set(dataset.companies.map((c) => c.id)), 10_000_000);
    expect(report.large.find((l) => l.name === 'FISHER SAND & GRAVEL CO')).toMatchObject({ company: null });
    expect(report.coveredUsd / report.totalUsd).toBeLessThan(0.97);
    expect(formatCoverage(report)).toMatch(/Not in the dataset \(1\):\n\s+\$13,353\.1M {2}FISHER SAND & GRAVEL CO/);
  });

});

/**
 * Every fiscal year is held to the coverage rule (issue 16): every recipient of $10M or more (net, in
 * that year's records) in the dataset, and at least 97 % of the year's positive obligations (the one
 * measure that means the same in the years whose de-obligations are missing).
 */
const YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025, 2026];

describe('coverage per fiscal year, FY2021–FY2026', () => {
  const inputs = readInputs('data/usaspending-inputs.json');
  it.skipIf(missingShared(...inputs.inputs.map((i) => i.file)))(`every recipient of $10M or more and 97 % of positive obligations in FY${YEARS.join(', FY')}`, async () => {
    const companies = new Set(dataset.companies.map((c) => c.id));
    const years: YearCoverage[] = [];
    for (const input of inputs.inputs) {
      const { result } = await importInputs({ ...inputs, inputs: [input] }, recipients);
      years.push({ fiscalYear: input.fiscalYear, report: coverage(result, companies, 10_000_000) });
    }
    console.log(`Coverage per fiscal year:\n${formatYearTable(years)}`);
    expect(years.map((y) => y.fiscalYear)).toEqual(YEARS);
    for (const { fiscalYear, report } of years) {
      expect({ fiscalYear, missing: report.large.filter((l) => !l.company).map((l) => l.name) }).toEqual({ fiscalYear, missing: [] });
    }
    for (const { fiscalYear, report } of years) {
      expect(report.coveredPositiveUsd / report.totalPositiveUsd, `FY${fiscalYear}`).toBeGreaterThanOrEqual(0.97);
    }
  });
});

describe('categories', () => {
  it('gives every company a category the panel and the filters know', () => {
    for (const company of dataset.companies) expect(company.involvement.length).toBeGreaterThan(0);
  });
});

describe('involvement from what the awards buy', () => {
  it.each([
    [{ description: 'BULK STEEL FOR SOUTHWEST BORDER BARRIER CONSTRUCTION PROJECTS', productOrService: 'SUPPORT- MANAGEMENT: LOGISTICS SUPPORT' }, 'border-barrier-construction'],
    // Care for people in custody is services in detention; the same code without whom it serves is not.
    [{ description: 'EXERCISE OPTION PERIOD MEDICAL SERVICES FOR MIGRANTS', productOrService: 'MEDICAL- EVALUATION/SCREENING' }, 'detention-services'],
    [{ description: 'MEDICAL SCREENING SERVICES', productOrService: 'MEDICAL- EVALUATION/SCREENING' }, 'professional-services'],
    // A product code alone never says detention or deportation.
    [{ productOrService: 'HOUSEKEEPING- GUARD' }, 'construction-facilities'],
    [{ description: 'ARMED FACILITY GUARDS AT YUMA, AZ FOR MIGRANT DETAINEES', productOrService: 'HOUSEKEEPING- GUARD' }, 'detention-operations'],
    [{ productOrService: 'TRANSPORTATION/TRAVEL/RELOCATION- TRAVEL/LODGING/RECRUITMENT: TRAVEL AGENT' }, 'professional-services'],
    [{ description: 'CHARTER FLIGHTS', productOrService: 'TRANSPORTATION/TRAVEL/RELOCATION- TRANSPORTATION: AIR CHARTER' }, 'professional-services'],
    [{ productOrService: 'CONSTRUCTION OF OTHER NON-BUILDING FACILITIES' }, 'construction-facilities'],
    // "Border infrastructure" alone may be roads, lights or drainage; the wall is named as such.
    [{ description: 'BORDER INFRASTRUCTURE CONSTRUCTION', productOrService: 'CONSTRUCTION OF OTHER NON-BUILDING FACILITIES' }, 'construction-facilities'],
    [{ description: 'CONSTRUCT 23 MILES OF BORDER WALL SYSTEM AND 81 MILES OF SYSTEM ATTRIBUTES.', productOrService: 'CONSTRUCTION OF OTHER NON-BUILDING FACILITIES' }, 'border-barrier-construction'],
    // X-ray scanners inspect cargo and vehicles: equipment, not surveillance.
    [{ description: 'LOW ENERGY NON-INTRUSIVE INSPECTION SYSTEMS', productOrService: 'HAZARD-DETECTING INSTRUMENTS AND APPARATUS' }, 'equipment-supplies'],
    [{ description: 'UNATTENDED GROUND SENSOR PARTS AND ACCESSORIES', productOrService: 'MISCELLANEOUS ALARM, SIGNAL, AND SECURITY DETECTION SYSTEMS' }, 'surveillance-data'],
    [{ description: 'PIDS EQUIPMENT', productOrService: 'MISCELLANEOUS ALARM, SIGNAL, AND SECURITY DETECTION SYSTEMS' }, 'construction-facilities'],
    [{ productOrService: 'IT AND TELECOM - BUSINESS APPLICATION/APPLICATION DEVELOPMENT SUPPORT SERVICES' }, 'it-cloud'],
    [{ productOrService: 'MISCELLANEOUS ALARM, SIGNAL, AND SECURITY DETECTION SYSTEMS' }, 'surveillance-data'],
    [{ productOrService: 'SUPPORT- PROFESSIONAL: ENGINEERING/TECHNICAL' }, 'professional-services'],
    [{ productOrService: 'CLOTHING, SPECIAL PURPOSE' }, 'equipment-supplies'],
  ] as const)('%o → %s', (row, expected) => expect(classifyRow(row)).toBe(expected));

  it('keeps the categories holding at least a quarter of the dollars, largest first', () => {
    expect(involvementFrom(new Map([['it-cloud', 10], ['professional-services', 70], ['equipment-supplies', 20]]))).toEqual(['professional-services']);
    expect(involvementFrom(new Map([['it-cloud', 30], ['professional-services', 70]]))).toEqual(['professional-services', 'it-cloud']);
    expect(involvementFrom(new Map())).toEqual([]);
  });
});
