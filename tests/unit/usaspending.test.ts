import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awardPage } from '@/lib/award-history';
import { checkTruncatedSlices, fiscalYear, ImportError, importFiles, importInputs, readInputs, RecipientMap, toContractFacts } from '@/scripts/usaspending/import';
import { readCsvRecords } from '@/scripts/usaspending/csv';
import { buildDataset, mergeImported, readCompanyFiles } from '@/scripts/build-dataset';
import { API_EXCERPT, FY2026, missingShared, SAMPLES } from '../shared-files';

const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const names = new Map(buildDataset().companies.map((c) => [c.id, c.name] as const));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'contractlens-import-'));

function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const TX_HEADER = 'contract_transaction_unique_key,contract_award_unique_key,award_id_piid,federal_action_obligation,total_dollars_obligated,action_date,awarding_sub_agency_code,recipient_uei,recipient_name,recipient_parent_uei,recipient_parent_name,transaction_description,product_or_service_code_description,naics_description';
const tx = (award: string, amount: string, total: string, date: string, agency = '7012', name = 'THE GEO GROUP, INC.', description = 'DETENTION SERVICES') =>
  `x,${award},P1,${amount},${total},${date},${agency},ABCDEFGHJKLM,"${name}",,,"${description}",SERVICES,NAICS`;

describe('CSV reading', () => {
  it('handles quotes, doubled quotes, commas and line breaks in fields, CRLF and a BOM, and counts lines', async () => {
    async function* chunks() {
      yield '\ufeffa,b,"c ""q"" d"\r\n1,"x,';
      yield 'y",3\r\n"multi\nline",,\n\nlast,row,"end"';
    }
    const out = [];
    for await (const r of readCsvRecords(chunks())) out.push(r);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b', 'c "q" d'] },
      { line: 2, fields: ['1', 'x,y', '3'] },
      { line: 3, fields: ['multi\nline', '', ''] },
      { line: 6, fields: ['last', 'row', 'end'] },
    ]);
  });
});

describe('importing native transaction files', () => {
  it('sums federal_action_obligation, never the repeated total_dollars_obligated, across split files', async () => {
    const one = file('Contracts_PrimeTransactions_1.csv', [TX_HEADER, tx('CONT_AWD_A_7012_-NONE-_-NONE-', '100.00', '300.00', '2025-10-05'), tx('CONT_AWD_A_7012_-NONE-_-NONE-', '200.00', '300.00', '2026-02-01')].join('\r\n') + '\r\n');
    const two = file('Contracts_PrimeTransactions_2.csv', [TX_HEADER, tx('CONT_AWD_B_7014_-NONE-_-NONE-', '50.50', '50.50', '2026-09-30', '7014'), tx('CONT_AWD_C_7001_-NONE-_-NONE-', '999', '999', '2026-01-01', '7001')].join('\n'));
    const header = file('Contracts_PrimeTransactions_3.csv', TX_HEADER + '\n');
    const result = await importFiles([one, two, header], { recipients });
    expect(result.files.map((f) => [f.rows, f.kept, f.errorCount])).toEqual([[2, 2, 0], [2, 1, 0], [0, 0, 0]]);
    expect(result.buckets.map((b) => [b.company, b.agency, b.fiscalYear, b.total, b.awards.size])).toEqual([
      ['geo-group', '7012', 2026, 300, 1],
      ['geo-group', '7014', 2026, 50.5, 1],
    ]);
    const facts = toContractFacts(result, names, '2026-11-22');
    expect(facts['geo-group']![0]).toMatchObject({
      id: 'geo-group-usaspending-ice-fy2026',
      relation: 'spending-total',
      agency: 'ICE',
      amount: { usd: 300, kind: 'obligated' },
      period: { start: '2025-10-01', end: '2026-09-30' },
      awardIds: ['CONT_AWD_A_7012_-NONE-_-NONE-'],
      claim: 'Federal award records: ICE obligated $300.00 in fiscal year 2026 to THE GEO GROUP, INC. (The GEO Group), across 1 award.',
    });
    expect(facts['geo-group']![0]!.sources[0]).toMatchObject({ url: 'https://www.usaspending.gov/award/CONT_AWD_A_7012_-NONE-_-NONE-/', primary: true, date: '2026-11-22' });
  });

  it('stops on a missing required column, naming it', async () => {
    const bad = file('no-date.csv', TX_HEADER.replace('action_date', 'when') + '\n' + tx('CONT_AWD_A_7012_-NONE-_-NONE-', '1', '1', '2026-01-01'));
    await expect(importFiles([bad], { recipients })).rejects.toThrow(/no-date\.csv: missing required column "action_date"/);
    await expect(importFiles([file('other.csv', 'a,b\n1,2\n')], { recipients })).rejects.toThrow(ImportError);
  });

  it('names an unknown --preset and the known ones', async () => {
    await expect(importFiles([file('other.csv', 'a,b\n1,2\n')], { recipients, preset: 'wrags81' })).rejects.toThrow(
      '--preset wrags81: no such preset (known: cbp-ice-dashboard)',
    );
    await expect(importFiles([file('other.csv', 'a,b\n1,2\n')], { recipients, preset: 'toString' })).rejects.toThrow(ImportError);
  });

  it('counts malformed rows with their line numbers and goes on', async () => {
    const text = [
      TX_HEADER,
      tx('CONT_AWD_A_7012_-NONE-_-NONE-', '10', '10', '2026-01-01'),
      'too,few,fields',
      tx('CONT_AWD_B_7012_-NONE-_-NONE-', 'ten dollars', '10', '2026-01-01'),
      tx('CONT_AWD_C_7012_-NONE-_-NONE-', '10', '10', '01/02/2026'),
      tx('CONT_AWD_D_7012_-NONE-_-NONE-', '5', '5', '2026-01-02'),
    ].join('\n');
    const result = await importFiles([file('bad-rows.csv', text)], { recipients });
    expect(result.files[0]).toMatchObject({ rows: 5, kept: 2, errorCount: 3 });
    expect(result.files[0]!.errors).toEqual([
      { line: 3, message: 'expected 14 fields, found 3' },
      { line: 4, message: 'unparsable amount in federal_action_obligation: "ten dollars"' },
      { line: 5, message: 'unparsable date in action_date: "01/02/2026"' },
    ]);
    expect(result.buckets[0]!.total).toBe(15);
  });

  it('lists unmapped recipients by obligations, and its output is the same on every run', async () => {
    const text = [TX_HEADER, tx('K1', '5', '5', '2026-01-01', '7012', 'SMALL CO'), tx('K2', '500', '5', '2026-01-01', '7012', 'BIG CO'), tx('K3', '7', '7', '2026-01-01', '7012', 'SMALL CO')].join('\n');
    const first = await importFiles([file('unmapped.csv', text)], { recipients });
    expect(first.unmapped).toEqual([
      { name: 'BIG CO', total: 500, positive: 500, rows: 1 },
      { name: 'SMALL CO', total: 12, positive: 12, rows: 2 },
    ]);
    const again = await importFiles([file('unmapped.csv', text)], { recipients });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});

describe('importing real USAspending files', () => {
  it.skipIf(missingShared(SAMPLES))('native ICE award summaries with the 2023 column set: the totals a spreadsheet gives', async () => {
    // Expected: total_obligated_amount summed once per contract_award_unique_key with Python's csv module.
    for (const [name, rows, total] of [
      ['us-local-gov-ice-contracts.csv', 720, 8142940.27],
      ['us-reg-state-gov-ice-contracts.csv', 331, 4194037.79],
    ] as const) {
      const result = await importFiles([`${SAMPLES}/sierrawells-ice-contracts/${name}`], { recipients });
      expect(result.files[0]).toMatchObject({ format: 'Contracts_PrimeAwardSummaries', rows, kept: rows, errorCount: 0 });
      const sum = result.unmapped.reduce((n, u) => n + u.total, 0) + result.buckets.reduce((n, b) => n + b.total, 0);
      expect(Math.round(sum * 100) / 100).toBe(total);
      // Local governments, not companies: nothing is attributed to a dataset company.
      expect(result.buckets).toEqual([]);
    }
  });

  it.skipIf(missingShared(FY2026))('the FY2026 CBP/ICE transactions through their preset', async () => {
    const result = await importFiles([FY2026], { recipients, preset: 'cbp-ice-dashboard' });
    // 71 rows repeat another exactly (all $0 modifications): skipped and counted.
    expect(result.files[0]).toMatchObject({ rows: 7269, duplicates: 71, kept: 7198, errorCount: 0 });
    const geo = result.buckets.filter((b) => b.company === 'geo-group');
    expect(geo.map((b) => [b.agency, Math.round(b.total * 100) / 100])).toEqual([
      ['7012', 753461807.7],
      ['7014', 32761.36],
    ]);
    const all = result.unmapped.reduce((n, u) => n + u.total, 0) + result.buckets.reduce((n, b) => n + b.total, 0);
    expect(Math.round(all)).toBe(Math.round(33488574630.94 + 6770140465.18));
  });

  it('a spending_by_award page reads award amounts and start dates', async () => {
    const page = file('spending_by_award.json', JSON.stringify({
      limit: 100,
      results: [
        { 'Award ID': '70CDCR26C00000001', 'Recipient Name': 'THE GEO GROUP, INC.', 'Award Amount': 1234.5, 'Start Date': '2025-11-01', 'Awarding Sub Agency': 'U.S. Immigration and Customs Enforcement', generated_internal_id: 'CONT_AWD_70CDCR26C00000001_7012_-NONE-_-NONE-' },
        { 'Award ID': 'X', 'Recipient Name': 'BROKEN', 'Awarding Sub Agency': 'U.S. Immigration and Customs Enforcement' },
      ],
      page_metadata: { page: 1, hasNext: false },
    }));
    const result = await importFiles([page], { recipients });
    expect(result.files[0]).toMatchObject({ rows: 2, kept: 1, errorCount: 1 });
    expect(result.files[0]!.errors[0]!.line).toBe(2);
    expect(result.buckets[0]).toMatchObject({ company: 'geo-group', agency: '7012', fiscalYear: 2026, total: 1234.5 });
  });

  it.skipIf(missingShared(API_EXCERPT))('a search API page: ICE rows only', async () => {
    const result = await importFiles([API_EXCERPT], { recipients, agencies: ['7012'] });
    expect(result.files[0]).toMatchObject({ rows: 11, kept: 9, errorCount: 0 });
    const sum = result.unmapped.reduce((n, u) => n + u.total, 0) + result.buckets.reduce((n, b) => n + b.total, 0);
    expect(Math.round(sum * 100) / 100).toBe(100187349.5);
  });
});

describe('the imported facts in the dataset', () => {
  it('come after the curated facts, are primary sources with award links, and replace only themselves', () => {
    const merged = mergeImported(readCompanyFiles());
    const geo = JSON.parse(merged.find((f) => f.path.endsWith('/geo-group.json'))!.text);
    const curated = JSON.parse(readFileSync('data/companies/geo-group.json', 'utf8'));
    expect(geo.contracts.slice(0, curated.contracts.length)).toEqual(curated.contracts);
    // The award records' facts (the facility lists' facts are merged too: tests/unit/facilities.test.ts).
    const imported = geo.contracts.slice(curated.contracts.length).filter((c: { ref?: string }) => c.ref?.startsWith('usaspending:'));
    expect(imported.length).toBeGreaterThan(0);
    for (const fact of imported) {
      expect(fact.claim).toMatch(/^Federal award records: (ICE|CBP) obligated \$[\d,.]+( before de-obligations)? in fiscal year \d{4}/);
      for (const source of fact.sources) {
        expect(source).toMatchObject({ primary: true, publisher: 'USAspending.gov (federal award records)' });
        expect(source.url).toMatch(/^https:\/\/www\.usaspending\.gov\/award\/CONT_(AWD|IDV)_[^/]+\/$/);
      }
    }
  });

  it('fiscal years and permalinks', () => {
    expect(fiscalYear('2025-09-30')).toBe(2025);
    expect(fiscalYear('2025-10-01')).toBe(2026);
    expect(awardPage('CONT_AWD_70CDCR24FR0000006_7012_47QTCA18D00A2_4732')).toBe('https://www.usaspending.gov/award/CONT_AWD_70CDCR24FR0000006_7012_47QTCA18D00A2_4732/');
  });
});

describe('files built from paged API results (preset cbp-ice-dashboard)', () => {
  const HEADER = 'Agency,Award ID,Recipient Name,Federal Action Obligation,Action Date,Modification,Product/Service Description,NAICS Description,Transaction Description,Generated Award ID';
  const row = (agency: string, piid: string, amount: string, date: string, mod = 'P00001', name = 'THE GEO GROUP, INC.') =>
    `${agency},${piid},"${name}",${amount},${date},${mod},GUARD,SECURITY,DETENTION SERVICES,CONT_AWD_${piid}_${agency === 'ICE' ? '7012' : '7014'}_-NONE-_-NONE-`;
  const preset = (name: string, rows: string[]) => file(name, [HEADER, ...rows].join('\r\n') + '\r\n');

  it('skips rows equal in every column to an earlier one, and counts them', async () => {
    const dup = row('ICE', 'A1', '100.0', '2022-01-05');
    const result = await importFiles([preset('dups.csv', [dup, row('ICE', 'A1', '100.0', '2022-01-05', 'P00002'), dup, dup])], { recipients, preset: 'cbp-ice-dashboard' });
    expect(result.files[0]).toMatchObject({ rows: 4, duplicates: 2, kept: 2 });
    expect(result.buckets[0]!.total).toBe(200);
  });

  const truncatedIce = [{ file: 'fy22.csv', agency: 'ICE', basis: 'before-deobligations' as const, reason: 'cut short', provenance: 'PROVENANCE.md' }];

  it('a slice listed as cut short: its facts say "before de-obligations", in the claim, the amount and a note', async () => {
    const result = await importFiles([preset('fy22.csv', [row('ICE', 'A1', '100.0', '2022-01-05'), row('ICE', 'A2', '50.0', '2022-02-05'), row('ICE', 'A2', '0.0', '2022-03-05'), row('CBP', 'B1', '-5.0', '2022-03-05')])], { recipients, preset: 'cbp-ice-dashboard' });
    expect(checkTruncatedSlices(result, truncatedIce)).toEqual([]);
    expect([...result.truncated]).toEqual(['7012|2022']);
    const [fact] = toContractFacts(result, names, '2026-02-13')['geo-group']!;
    expect(fact!.claim).toBe('Federal award records: ICE obligated $150.00 before de-obligations in fiscal year 2022 to THE GEO GROUP, INC. (The GEO Group), across 2 awards.');
    expect(fact!.amount).toEqual({ usd: 150, kind: 'obligated', basis: 'before-deobligations' });
    expect(fact!.note).toMatch(/^The ICE records of fiscal year 2022 were cut short by the file's producer: they hold every positive obligation but none of the de-obligations/);
    // The CBP slice of the same file is complete: a plain net total.
    const cbp = toContractFacts(result, names, '2026-02-13')['geo-group']!.find((f) => f.agency === 'CBP');
    expect(cbp).toBeUndefined(); // only a de-obligation: no fact
  });

  it('a slice listed as cut short that has de-obligations: the list and the data disagree, and the run stops naming the line', async () => {
    const result = await importFiles([preset('fy22.csv', [row('ICE', 'A1', '100.0', '2022-01-05'), row('ICE', 'A1', '-7.5', '2022-02-05')])], { recipients, preset: 'cbp-ice-dashboard' });
    expect(() => checkTruncatedSlices(result, truncatedIce)).toThrow(ImportError);
    expect(() => checkTruncatedSlices(result, truncatedIce)).toThrow(/fy22\.csv: ICE is listed in data\/usaspending-inputs\.json as cut short before its de-obligations \(PROVENANCE\.md\), but has 1 negative amount \(the first on line 3\)/);
  });

  it('warns of a slice not listed that has many rows and no de-obligation', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => row('CBP', `C${i}`, '10.0', '2021-05-01'));
    const result = await importFiles([preset('fy21.csv', rows)], { recipients, preset: 'cbp-ice-dashboard' });
    expect(checkTruncatedSlices(result, [])).toEqual([
      'warning: fy21.csv: CBP has 100 rows and no negative amount (no de-obligations): cut short by its producer? If so, list it in data/usaspending-inputs.json',
    ]);
    expect(result.truncated.size).toBe(0);
  });

  it('the inputs list is checked: a file of another fiscal year is refused', async () => {
    const f = preset('fy22b.csv', [row('ICE', 'A1', '100.0', '2022-01-05')]);
    const inputs = { agencies: ['7012'], inputs: [{ file: f, preset: 'cbp-ice-dashboard', fiscalYear: 2023, retrieved: '2026-02-13', provenance: 'x' }], truncated: [] };
    await expect(importInputs(inputs, recipients)).rejects.toThrow(/fy22b\.csv: has action dates in fiscal year 2022, but data\/usaspending-inputs\.json says it holds fiscal year 2023/);
    await expect(importInputs({ ...inputs, inputs: [{ ...inputs.inputs[0]!, file: 'nowhere.csv' }] }, recipients)).rejects.toThrow(/not found .*nowhere\.csv/);
    const bad = file('inputs.json', JSON.stringify({ ...inputs, inputs: [{ ...inputs.inputs[0]!, retrieved: '13/02/2026' }] }));
    expect(() => readInputs(bad)).toThrow(/inputs\.json: inputs\.0\.retrieved: expected YYYY-MM-DD/);
  });
});

describe('the FY2021–FY2025 files', () => {
  const inputs = readInputs('data/usaspending-inputs.json');
  it.skipIf(missingShared(...inputs.inputs.map((i) => i.file)))('exact duplicates per file, and the three slices cut short hold no de-obligation while every other slice has some', async () => {
    const { result } = await importInputs(inputs, recipients);
    expect(result.files.map((f) => [path.basename(f.file), f.rows, f.duplicates, f.errorCount])).toEqual([
      ['CBP_ICE_FY2021_Contract_Obligations.csv', 10398, 6, 0],
      ['CBP_ICE_FY2022_Contract_Obligations.csv', 9339, 8, 0],
      ['CBP_ICE_FY2023_Contract_Obligations.csv', 9366, 11, 0],
      ['CBP_ICE_FY2024_Contract_Obligations.csv', 10226, 8, 0],
      ['CBP_ICE_FY2025_Contract_Obligations.csv', 10878, 22, 0],
      ['CBP_ICE_FY2026_Contract_Obligations.csv', 7269, 71, 0],
    ]);
    const withoutNegatives = result.slices.filter((s) => s.negative === 0).map((s) => `FY${s.fiscalYears.join()} ${s.agency}`).sort();
    expect(withoutNegatives).toEqual(['FY2021 7014', 'FY2022 7012', 'FY2023 7012']);
    expect([...result.truncated].sort()).toEqual(['7012|2022', '7012|2023', '7014|2021']);
    // FY2025 ended before its file was retrieved: no "records through"; FY2026 had not.
    const facts = toContractFacts(result, names, () => '2026-08-22');
    const geo = facts['geo-group']!;
    expect(geo.find((f) => f.id === 'geo-group-usaspending-ice-fy2025')!.period).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(geo.find((f) => f.id === 'geo-group-usaspending-ice-fy2022')!.amount!.basis).toBe('before-deobligations');
    expect(geo.find((f) => f.id === 'geo-group-usaspending-ice-fy2024')!.amount!.basis).toBeUndefined();
  });
});
