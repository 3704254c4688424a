import { describe, expect, it } from 'vitest';
import { formatAmount, formatContractPeriod, formatPartialDate, formatPeriod, formatUsd, formatUsdCompact, getContractStatusLabel, toSafeHttpUrl } from '@/lib/format';
import type { Contract } from '@/data/schema';

describe('formatUsd keeps figures as sources write them', () => {
  it.each([
    [200000, '$200,000'],
    [13300000, '$13.3 million'],
    [2200000000, '$2.2 billion'],
    [49874018.14, '$49,874,018.14'],
    [60965.64, '$60,965.64'],
    [150703825, '$150,703,825'],
    [879000000, '$879 million'],
  ])('%d → %s', (usd, text) => expect(formatUsd(usd)).toBe(text));

  it('says what kind of amount it is and how the source qualifies it', () => {
    expect(formatAmount({ usd: 200000, kind: 'sale', qualifier: 'about' })).toBe('about $200,000 (sale)');
    expect(formatAmount({ usd: 2200000000, kind: 'received-total' })).toBe('$2.2 billion (received, total)');
    expect(formatAmount({ usd: 12345.67, kind: 'obligated', basis: 'before-deobligations' })).toBe('$12,345.67 (obligated, federal award records, before de-obligations)');
  });
});

describe('formatUsdCompact: one short form for table cells and chart labels', () => {
  it('uses one unit per size, rounded before the unit is chosen, with the sign in front', () => {
    expect(formatUsdCompact(3_127_100_000)).toBe('$3.1B');
    expect(formatUsdCompact(13_400_000_000)).toBe('$13.4B');
    expect(formatUsdCompact(289_462_152.21)).toBe('$289.5M');
    expect(formatUsdCompact(999_960_000)).toBe('$1B');
    expect(formatUsdCompact(317_000)).toBe('$317K');
    expect(formatUsdCompact(999_960)).toBe('$1M');
    expect(formatUsdCompact(640)).toBe('$640');
    expect(formatUsdCompact(-1_120_099.93)).toBe('−$1.1M');
  });
});

describe('dates', () => {
  it('formats partial dates and periods', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2019-06')).toBe('June 2019');
    expect(formatPartialDate('2019-06-26')).toBe('June 26, 2019');
    expect(formatPeriod({ start: '2010', end: '2019-07-29' })).toBe('2010 – July 29, 2019');
    expect(formatPeriod({ start: '2014' })).toBe('from 2014');
  });

  it('labels ended contracts and former units as past', () => {
    const base = { id: 'x-1', kind: 'contract', relation: 'direct', agency: 'ICE', claim: 'c', sources: [] } as unknown as Contract;
    expect(getContractStatusLabel(base, '2026-11-22')).toBeUndefined();
    expect(getContractStatusLabel({ ...base, status: 'former-unit' }, '2026-11-22')).toMatch(/^past/);
    expect(getContractStatusLabel({ ...base, period: { end: '2026-05-04' } }, '2026-11-22')).toMatch(/^past/);
    expect(getContractStatusLabel({ ...base, period: { end: '2027-05-04' } }, '2026-11-22')).toBeUndefined();
  });

  it('reads year and month end dates as the last day they cover', () => {
    const base = { id: 'x-1', kind: 'contract', relation: 'direct', agency: 'ICE', claim: 'c', sources: [] } as unknown as Contract;
    expect(getContractStatusLabel({ ...base, period: { start: '2004', end: '2018-07' } }, '2026-12-04')).toBe('past: period ended');
    expect(getContractStatusLabel({ ...base, period: { start: '2019', end: '2024-09' } }, '2026-12-04')).toBe('past: period ended');
    expect(getContractStatusLabel({ ...base, period: { end: '2025' } }, '2026-01-01')).toBe('past: period ended');
    expect(getContractStatusLabel({ ...base, period: { end: '2026' } }, '2026-12-04')).toBeUndefined();
    expect(getContractStatusLabel({ ...base, period: { end: '2026-12' } }, '2026-12-04')).toBeUndefined();
  });

  it('shows a spending total as a reporting period, never as past', () => {
    const total = {
      id: 'x-2', kind: 'contract', relation: 'spending-total', agency: 'ICE', claim: 'c', sources: [],
      period: { start: '2025-10-01', end: '2026-09-30', recordsThrough: '2026-08-20' },
    } as unknown as Contract;
    expect(getContractStatusLabel(total, '2026-12-04')).toBeUndefined();
    expect(formatContractPeriod(total)).toBe('fiscal year 2026, records through August 20, 2026');
    expect(formatContractPeriod({ ...total, period: { start: '2020-10-01', end: '2021-09-30' } })).toBe('fiscal year 2021');
    expect(formatContractPeriod({ ...total, period: { start: '2019', end: '2020' } })).toBe('2019 – 2020');
    expect(formatContractPeriod({ ...total, relation: 'direct' })).toBe('October 1, 2025 – September 30, 2026');
  });

  it('says when an award was terminated', () => {
    const base = { id: 'x-1', kind: 'contract', relation: 'direct', agency: 'ICE', claim: 'c', sources: [], period: { end: '2027-01-01' } } as unknown as Contract;
    expect(getContractStatusLabel({ ...base, status: 'terminated', terminatedOn: '2026-04-17' }, '2026-12-04')).toBe('terminated by the agency on April 17, 2026');
    expect(getContractStatusLabel({ ...base, status: 'terminated' }, '2026-12-04')).toBe('terminated by the agency');
  });
});

describe('toSafeHttpUrl', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'not a url'])('refuses %s', (url) => {
    expect(toSafeHttpUrl(url)).toBeNull();
  });
  it('allows http and https', () => {
    expect(toSafeHttpUrl('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(toSafeHttpUrl('http://example.com/')).toBe('http://example.com/');
  });
});
