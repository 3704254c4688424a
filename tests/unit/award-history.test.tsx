// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fiscalYearOf, getAwardHistory, getLatestFiscalYear } from '@/lib/award-history';
import { AwardHistoryChart } from '@/components/AwardHistoryChart';
import type { Contract, NetDeobligation } from '@/data/schema';

const source = { url: 'https://www.usaspending.gov/award/X/', publisher: 'USAspending.gov', confidence: 'seen' as const, primary: true };
function fy(id: string, agency: string, year: number, usd: number, recordsThrough?: string): Contract {
  return {
    id, kind: 'contract', relation: 'spending-total', agency, claim: `${agency} FY${year}`, sources: [source],
    amount: { usd, kind: 'obligated' },
    period: { start: `${year - 1}-10-01`, end: `${year}-09-30`, ...(recordsThrough ? { recordsThrough } : {}) },
  };
}
const news: Contract = { id: 'n-1', kind: 'contract', relation: 'direct', agency: 'ICE', claim: 'A news report', sources: [source], amount: { usd: 5e6, kind: 'contract-value' }, period: { start: '2019-10-01', end: '2020-09-30' } };

describe('award history', () => {
  const contracts = [fy('a-1', 'ICE', 2021, 1_000_000.5), fy('a-2', 'ICE', 2022, 2_000_000), fy('a-3', 'CBP', 2022, 500_000.25), fy('a-4', 'ICE', 2026, 3_000_000, '2026-08-20'), news];

  it('reads fiscal-year totals only: spending totals obligated over exactly October 1 to September 30', () => {
    expect(fiscalYearOf(contracts[0]!)).toBe(2021);
    expect(fiscalYearOf(news)).toBeUndefined();
    expect(fiscalYearOf({ ...contracts[0]!, period: { start: '2020-10-01', end: '2021-06-30' } })).toBeUndefined();
  });

  it('adds up per year and agency, newest facts first, partial years marked', () => {
    const history = getAwardHistory({ contracts })!;
    expect(history.years.map((y) => [y.fiscalYear, y.usd, y.partial])).toEqual([[2021, 1_000_000.5, false], [2022, 2_500_000.25, false], [2026, 3_000_000, true]]);
    expect(history.usd).toBe(6_500_000.75);
    expect(history.facts.map((f) => f.id)).toEqual(['a-4', 'a-2', 'a-3', 'a-1']);
    expect(history.agencies).toEqual(['CBP', 'ICE']);
    expect([history.first, history.last]).toEqual([2021, 2026]);
    expect(getAwardHistory({ contracts: [news] })).toBeNull();
    expect(getLatestFiscalYear([{ contracts }, { contracts: [fy('b-1', 'CBP', 2025, 1)] }])).toBe(2026);
  });
});

describe('years of money taken back', () => {
  const takenBack = (agency: string, year: number, usd: number): NetDeobligation => ({
    id: `t-${agency}-${year}`, kind: 'net-deobligation', agency, claim: `${agency} took back`, sources: [source],
    amount: { usd, kind: 'deobligated' }, period: { start: `${year - 1}-10-01`, end: `${year}-09-30` },
  });
  const company = { contracts: [fy('a-1', 'ICE', 2021, 1_000_000), fy('a-2', 'ICE', 2025, 2_000_000)], netDeobligations: [takenBack('ICE', 2024, 333_923_381), takenBack('CBP', 2024, 60.75)] };

  it('are in the history as what they are: never in the total obligated, an agency that only took money back did not pay', () => {
    const history = getAwardHistory(company)!;
    expect(history.usd).toBe(3_000_000);
    expect(history.agencies).toEqual(['ICE']);
    expect([history.first, history.last]).toEqual([2021, 2025]);
    expect(history.years.find((y) => y.fiscalYear === 2024)).toMatchObject({ usd: 0, agencies: [], takenBack: [{ agency: 'ICE', usd: 333_923_381 }, { agency: 'CBP', usd: 60.75 }] });
    expect(history.facts.map((f) => f.id)).toEqual(['a-2', 't-ICE-2024', 't-CBP-2024', 'a-1']);
  });

  it('the line says each, the table shows them as taken back, and no bar is drawn for them', () => {
    const root = document.createElement('div');
    act(() => render(<AwardHistoryChart history={getAwardHistory(company)!} latestFiscalYear={2025} />, root));
    expect(root.querySelector('.history-line')!.textContent).toBe(
      'ICE obligations, FY2021–FY2025: $3 million; ICE took back $334 million of earlier obligations in FY2024; CBP took back $61 of earlier obligations in FY2024',
    );
    const row = [...root.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === 'FY2024')!;
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Fiscal year', 'CBP', 'ICE']);
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['−$60.75 taken back', '−$333,923,381 taken back']);
    expect(root.querySelectorAll('rect.bar').length).toBe(2);
    // The exact figures are in the table, to the cent.
  });
});

describe('the history line and chart', () => {
  const container = document.createElement('div');
  document.body.append(container);
  afterEach(() => act(() => render(null, container)));

  it('says the total, rounded, and the years; each year labelled in full, the year under way "so far"; the exact figures in a table', () => {
    const history = getAwardHistory({ contracts: [fy('a-1', 'ICE', 2021, 1_000_000), fy('a-2', 'CBP', 2022, 2_000_000), fy('a-3', 'ICE', 2026, 500_000, '2026-08-20')] })!;
    act(() => render(<AwardHistoryChart history={history} latestFiscalYear={2026} />, container));
    expect(container.querySelector('.history-line')!.textContent).toBe('CBP and ICE obligations, FY2021–FY2026: $3.5 million');
    expect(container.querySelectorAll('svg rect')).toHaveLength(3);
    expect(container.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect([...container.querySelectorAll('svg text')].map((text) => text.textContent)).toEqual(['2021', '2022', '2026', 'so far']);
    expect(container.querySelector('.exact summary')!.textContent).toBe('Exact figures, year by year');
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['FY2021', '—', '$1 million'],
      ['FY2022', '$2 million', '—'],
      ['FY2026 (records so far)', '—', '$500,000'],
    ]);
  });

  it('a company whose money stopped reads as past, not erased', () => {
    const history = getAwardHistory({ contracts: [fy('a-1', 'ICE', 2021, 1_234_567.89), fy('a-2', 'ICE', 2023, 10)] })!;
    act(() => render(<AwardHistoryChart history={history} latestFiscalYear={2026} />, container));
    expect(container.querySelector('.history-line')!.textContent).toBe('ICE paid it $1.2 million in FY2021–FY2023; no awards in the records since');
  });

  it('says in the table, not in the line, when some years count records without their de-obligations', () => {
    const cut = { ...fy('a-1', 'ICE', 2022, 2_000_000), amount: { usd: 2_000_000, kind: 'obligated' as const, basis: 'before-deobligations' as const } };
    const history = getAwardHistory({ contracts: [cut, fy('a-2', 'ICE', 2024, 1_000_000)] })!;
    act(() => render(<AwardHistoryChart history={history} latestFiscalYear={2024} />, container));
    expect(container.querySelector('.history-line')!.textContent).toBe('ICE obligations, FY2022–FY2024: $3 million');
    expect(container.querySelector('tbody th')!.textContent).toBe('FY2022 (before de-obligations)');
    expect(container.querySelector('.exact')!.textContent).toContain('their net is lower');
  });

  it('one year: the line without a chart', () => {
    const history = getAwardHistory({ contracts: [fy('a-1', 'CBP', 2026, 76_842_977.86, '2026-08-20')] })!;
    act(() => render(<AwardHistoryChart history={history} latestFiscalYear={2026} />, container));
    expect(container.querySelector('.history-line')!.textContent).toBe('CBP obligations, FY2026: $76.8 million');
    expect(container.querySelector('tbody td')!.textContent).toBe('$76,842,977.86');
    expect(container.querySelector('svg')).toBeNull();
  });
});
