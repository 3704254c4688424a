// @vitest-environment happy-dom
/**
 * A company's largest awards (issue 28, item 5): the importer sums each award over every year of the
 * records, the curator's plain descriptions may use only the records' words, and the panel's
 * award-records section says the largest as plain sentences with the award's page, never the records'
 * capitals, a $0 closeout or a modification's wording.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/Panel';
import { buildCompanyIndex } from '@/lib/company-index';
import { findMatch } from '@/entrypoints/background/lookup';
import { buildDataset, mergeImported, readCompanyFiles } from '@/scripts/build-dataset';
import { describeLargestAwards, unsupportedWords } from '@/scripts/usaspending/award-descriptions';
import { importFiles, RecipientMap, toContractFacts, toLargestAwards } from '@/scripts/usaspending/import';
import { DatasetError } from '@/lib/dataset';

const recipients = RecipientMap.parse(JSON.parse(readFileSync('data/recipients.json', 'utf8')));
const dataset = buildDataset();
const names = new Map(dataset.companies.map((c) => [c.id, c.name] as const));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'contractlens-largest-'));

const HEADER = 'contract_award_unique_key,award_id_piid,federal_action_obligation,action_date,awarding_sub_agency_code,recipient_name,transaction_description,action_type_code';
const row = (award: string, amount: number, date: string, description: string, agency = '7012') =>
  `CONT_AWD_${award}_${agency}_-NONE-_-NONE-,${award},${amount},${date},${agency},"THE GEO GROUP, INC.","${description}",`;
function csv(name: string, rows: string[]): string {
  const file = path.join(tmp, name);
  writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
  return file;
}

describe('the importer: largest awards', () => {
  it('sums an award over its years, dates it by the years with money, leaves out what nets to nothing, and cites no $0 closeout', async () => {
    const result = await importFiles(
      [
        csv('largest.csv', [
          row('A1', 5_000_000, '2024-01-10', 'DETENTION SERVICES AT A FACILITY'),
          row('A1', 2_000_000, '2025-02-01', 'THIS MODIFICATION ADDS FUNDING'),
          row('B2', 6_000_000, '2024-03-01', 'GUARD SERVICES'),
          // A closeout in a later year: nothing obligated, so the award is not dated by it.
          row('B2', 0, '2026-01-05', 'CONTRACT CLOSEOUT'),
          row('E5', 300, '2026-02-01', 'SUPPLIES'),
          row('C3', 100, '2024-05-01', 'SUPPLIES'),
          row('C3', -100, '2024-06-01', 'DEOBLIGATION'),
          row('D4', 50, '2024-07-01', 'TRANSPORTATION', '7014'),
        ]),
      ],
      { recipients },
    );
    const [a1, b2, e5, ...rest] = toLargestAwards(result, 3)['geo-group']!;
    expect(rest).toEqual([]);
    expect(a1).toMatchObject({ id: 'CONT_AWD_A1_7012_-NONE-_-NONE-', piid: 'A1', agency: 'ICE', usd: 7_000_000, first: 2024, last: 2025 });
    expect(a1!.records).toEqual(['DETENTION SERVICES AT A FACILITY', 'THIS MODIFICATION ADDS FUNDING']);
    expect(b2).toMatchObject({ piid: 'B2', usd: 6_000_000, first: 2024, last: 2024 });
    expect(e5).toMatchObject({ piid: 'E5', usd: 300, first: 2026, last: 2026 });
    expect(toLargestAwards(result, 5)['geo-group']!.map((a) => `${a.agency} ${a.piid}`)).toEqual(['ICE A1', 'ICE B2', 'ICE E5', 'CBP D4']);
    // The FY2026 total cites only awards with money in the year: B2's closeout is not a source.
    const facts = toContractFacts(result, names, '2026-11-22')['geo-group']!;
    // Each source names the award, its money in the year and its dates, not the records' wording.
    const titles = facts.flatMap((f) => f.sources.map((s) => s.title));
    expect(titles).toHaveLength(5);
    expect(titles.filter((title) => title!.startsWith('Award B2'))).toEqual(['Award B2 ($6,000,000 in FY2024, actions 2024-03-01)']);
    for (const title of titles) expect(title).toMatch(/^Award [A-Z0-9]+ \(\$[1-9][\d,.]* in FY\d{4}, actions [\d-]+( to [\d-]+)?\)$/);
  });
});

describe('plain descriptions of awards', () => {
  const award = { id: 'CONT_AWD_X_7012_-NONE-_-NONE-', piid: 'X', agency: 'ICE', usd: 10, first: 2024, last: 2024, kind: 'it-cloud' as const, records: ['DATA ANALYTICS FOR DHS ICE HSI RAVEN PROGRAM. THIS MODIFICATION EXERCISES OPTION 1.'] };

  it('may shorten, reorder and spell out the records\' acronyms, never add a word', () => {
    expect(unsupportedWords('Data analytics for the RAVEN program of ICE Homeland Security Investigations (HSI)', award)).toEqual([]);
    expect(unsupportedWords('Surveillance platform for ICE deportations', award)).toEqual(['surveillance', 'platform', 'deportations']);
  });

  it('names the file, the award and the problem: a word the records lack, a label for people, the wrong company, an award no longer among the largest', () => {
    const { awards, problems } = describeLargestAwards(
      { palantir: [award] },
      {
        [award.id]: { company: 'booz-allen', description: 'Data analytics for illegal aliens', reviewed: '2026-12-07' },
        CONT_AWD_GONE: { company: 'palantir', description: 'Data analytics', reviewed: '2026-12-07' },
      },
    );
    expect(problems).toEqual([
      `data/award-descriptions.json: ${award.id}: company is "booz-allen", but the award is one of palantir's`,
      `data/award-descriptions.json: ${award.id}: description uses words its records do not: illegal, aliens`,
      `data/award-descriptions.json: ${award.id}: description repeats a record's label for people: write "noncitizens"`,
      'data/award-descriptions.json: CONT_AWD_GONE: not among any company\'s largest awards in data/imported/usaspending.json (re-imported? remove it or review the new largest)',
    ]);
    // What ships never carries the records' wording.
    expect(awards.palantir![0]).not.toHaveProperty('records');
  });

  it('the build stops on a bad description file, naming it', () => {
    const bad = path.join(tmp, 'award-descriptions.json');
    writeFileSync(bad, JSON.stringify({ 'not an id!': { company: 'x', description: 'y', reviewed: 'today' } }));
    expect(() => mergeImported(readCompanyFiles(), undefined, bad)).toThrow(DatasetError);
    try {
      mergeImported(readCompanyFiles(), undefined, bad);
    } catch (error) {
      expect((error as DatasetError).problems.join('\n')).toMatch(/award-descriptions\.json/);
    }
  });

  it('every shipped description passes, and the companies people meet have theirs', () => {
    const byId = new Map(dataset.companies.map((c) => [c.id, c] as const));
    for (const id of ['palantir', 'booz-allen', 'deloitte', 'geo-group', 'corecivic']) {
      expect(byId.get(id)!.largestAwards![0]!.description, id).toBeTruthy();
    }
    // A company whose largest awards are not reviewed still has them, with their kind of work.
    const unreviewed = dataset.companies.find((c) => c.largestAwards?.length && !c.largestAwards.some((a) => a.description));
    expect(unreviewed?.largestAwards![0]!.kind).toBeTruthy();
  });
});

describe('the panel\'s award records', () => {
  const index = buildCompanyIndex(dataset);
  const container = document.createElement('div');
  document.body.append(container);
  afterEach(() => act(() => render(null, container)));

  async function recordsOf(url: string) {
    const handlers = { onDismiss: vi.fn(), onMute: vi.fn(), onMuteSite: vi.fn(), onMinimise: vi.fn(), onMove: vi.fn(), onOpenRecord: vi.fn() };
    const match = (await findMatch(index, url))!;
    act(() => render(<Panel match={match} today="2026-12-07" place="bottom right" manyCompanies={false} {...handlers} />, container));
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=details-button]')!.click());
    const section = [...container.querySelectorAll<HTMLDetailsElement>('details.section')].find((d) => d.querySelector('summary')!.textContent!.startsWith('Federal award records'))!;
    await act(async () => {
      section.querySelector('summary')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    return section;
  }

  it('says the largest awards as sentences, rounded, with their pages; each year\'s records are one click away, without the records\' capitals', async () => {
    const section = await recordsOf('https://www.geogroup.com/');
    const largest = [...section.querySelectorAll('[data-testid=largest-awards] > li')];
    expect(largest).toHaveLength(3);
    expect(largest[0]!.querySelector('.claim')!.textContent).toBe('Detention services in the Los Angeles area of responsibility: $126 million (before de-obligations) from ICE, FY2022–FY2023');
    const link = largest[0]!.querySelector('a')!;
    expect(link.textContent).toBe('Award 70CDCR22FR0000010 on USAspending.gov');
    expect(link.getAttribute('href')).toBe('https://www.usaspending.gov/award/CONT_AWD_70CDCR22FR0000010_7012_70CDCR20D00000009_7012/');
    const years = section.querySelector<HTMLDetailsElement>('details.year-records')!;
    expect(years.open).toBe(false);
    expect(years.querySelectorAll('[data-testid=award-records] > li.entry').length).toBeGreaterThan(5);
    // No record's description in any source; no closeout or negative amount cited for money obligated
    // (a year of money taken back cites the awards it was taken from, as taken back).
    for (const entry of section.querySelectorAll('[data-testid=award-records] > li.entry')) {
      const takenBack = entry.getAttribute('data-entry')!.endsWith('-taken-back');
      for (const source of entry.querySelectorAll('.source a:first-child')) {
        expect(source.textContent).toMatch(/^USAspending\.gov \(federal award records\): “Award [A-Z0-9]+ \(-?\$[\d,.]+ in FY\d{4}, actions [\d-]+( to [\d-]+)?\)”$/);
        expect(source.textContent).toMatch(takenBack ? /\(-\$/ : /\(\$[1-9]/);
      }
    }
  });

  it('an award without a reviewed description is said by its kind of work', async () => {
    const company = dataset.companies.find((c) => c.hosts.length && c.largestAwards?.some((a) => !a.description));
    if (!company) return expect.fail('a listed company with an unreviewed largest award');
    const section = await recordsOf(`https://${company.hosts[0]!.host}/`);
    const award = company.largestAwards!.find((a) => !a.description)!;
    const line = section.querySelector(`[data-award="${award.id}"] .claim`)!.textContent!;
    expect(line).toMatch(/^(Running and guarding detention|Services in detention|Detainee transport|Surveillance and data|Border barrier construction|Construction and facility services|IT and cloud|Equipment and supplies|Professional and support services)/);
    expect(line).not.toMatch(/[A-Z]{4,} [A-Z]{4,}/);
  });
});
