/**
 * The verdict rule (lib/verdict.ts, docs/verdict.md) on every company in the data, and its words
 * (lib/verdict-text.ts) for a direct operator, an indirect seller and a past tie.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '@/scripts/build-dataset';
import { getVerdict, tieYear, verdictLevel } from '@/lib/verdict';
import { verdictAmount, verdictBadge, verdictHeadline, verdictMarker } from '@/lib/verdict-text';
import { formatUsdRounded } from '@/lib/format';
import { getAwardHistory } from '@/lib/award-history';
import type { Contract } from '@/data/schema';

const TODAY = '2026-12-07';
const companies = buildDataset().companies;
const byId = (id: string) => companies.find((c) => c.id === id)!;
const verdictOf = (id: string) => getVerdict(byId(id), TODAY);

describe('the verdict', () => {
  it('a direct operator: GEO Group runs ICE detention, with the award records\' total rounded', () => {
    const geo = verdictOf('geo-group');
    expect(geo).toMatchObject({ tier: 'direct', recent: true, kind: 'detention-operations', amount: { basis: 'records', from: 2021, to: 2026, toPartial: true } });
    expect(geo.agencies.slice(0, 2)).toEqual(['ICE', 'CBP']);
    expect(verdictBadge(geo)).toBe('Direct');
    expect(verdictHeadline(geo)).toBe('ICE and CBP contractor · Running and guarding detention');
    expect(verdictAmount(geo)).toBe('$3.1 billion obligated, fiscal years 2021 to 2026 so far');
    expect(verdictMarker(geo)).toBe('Direct · ICE, CBP');
  });

  it('an indirect seller, past: Wayfair sold furniture to a shelter contractor in 2018–19', () => {
    const wayfair = verdictOf('wayfair');
    expect(wayfair).toMatchObject({ tier: 'indirect', recent: false, way: 'sale-to-contractor', lastYear: 2019, agencies: ['ORR'] });
    expect(verdictBadge(wayfair)).toBe('Indirect, past');
    expect(verdictHeadline(wayfair)).toBe('Sold goods to a contractor of ORR, last in 2019 · Equipment and supplies');
    expect(verdictAmount(wayfair)).toBe('about $200,000 (sale, 2019)');
  });

  it('a licence through a reseller is indirect, and past; someone else\'s contract never becomes the amount', () => {
    const github = verdictOf('github');
    expect(github).toMatchObject({ tier: 'indirect', recent: false, way: 'reseller', agencies: ['ICE'] });
    expect(verdictAmount(github)).toBe('less than $200,000 (contract value, 2019)');
    // Amazon: hosting Palantir's systems, AWS sold through resellers by the award records, a
    // second-hand total: indirect, and the figure is what the resellers received for AWS, never a
    // figure of Palantir's.
    const amazon = verdictOf('amazon');
    expect(amazon).toMatchObject({ tier: 'indirect', recent: true, lastYear: 2026, way: 'reseller', agencies: ['ICE', 'CBP'] });
    const resales = byId('amazon').contracts.filter((c) => c.ref?.startsWith('usaspending-resold:'));
    expect(resales.length).toBeGreaterThan(0);
    expect(amazon.amount).toMatchObject({ basis: 'resold', usd: Math.round(resales.reduce((n, c) => n + c.amount!.usd, 0) * 100) / 100 });
  });

  it('a direct tie that ended years ago is past, and says until when', () => {
    const hpe = verdictOf('hpe');
    expect(hpe).toMatchObject({ tier: 'direct', recent: false, lastYear: 2018 });
    expect(verdictBadge(hpe)).toBe('Direct, past');
    expect(verdictHeadline(hpe)).toBe('CBP contractor until 2018 · IT and cloud');
  });

  it('holds for every company: a tier, a kind, words, and what the company itself received', () => {
    for (const company of companies) {
      const verdict = getVerdict(company, TODAY);
      const where = company.id;
      expect(verdict.kind, where).toBe(company.involvement[0]);
      // Direct only on a contract the company holds, or money to it read first-hand.
      const direct = company.contracts.some((c) => c.relation === 'direct' || (c.relation === 'spending-total' && c.sources.some((s) => s.confidence === 'seen')));
      expect(verdict.tier, where).toBe(direct ? 'direct' : 'indirect');
      // Recent only with a dated tie in the last three years.
      if (verdict.recent) expect(verdict.lastYear, where).toBeGreaterThanOrEqual(2024);
      // With award records, the amount is their total; never more than the company's own figures.
      const history = getAwardHistory(company);
      if (verdict.tier === 'direct' && history) expect(verdict.amount?.usd, where).toBe(history.usd);
      for (const text of [verdictBadge(verdict), verdictHeadline(verdict), verdictAmount(verdict) ?? '', verdictMarker(verdict)]) {
        expect(text, where).not.toMatch(/\$\d+(\.\d+)?\s*$|undefined|NaN|verdict[A-Z]/);
      }
      // No cent-precise figure in the first view.
      expect(verdictAmount(verdict) ?? '', where).not.toMatch(/\.\d\d\b/);
      expect(['direct', 'direct-past', 'indirect', 'indirect-past']).toContain(verdictLevel(verdict));
    }
  });

  it('a tie\'s year: its fiscal year, its period\'s end or records, its date', () => {
    const geoYears = byId('geo-group').contracts.map(tieYear);
    expect(Math.max(...geoYears.filter((y): y is number => y !== undefined))).toBe(2026);
  });
});

describe('rounded amounts', () => {
  it.each([
    [3_049_991_000, '$3 billion'],
    [3_101_000_000, '$3.1 billion'],
    [289_462_152.21, '$289 million'],
    [15_512_000, '$15.5 million'],
    [1_234_567, '$1.2 million'],
    [6_862_000, '$6.9 million'],
    [317_493.53, '$317,000'],
    [60_965.64, '$61,000'],
    [850.4, '$850'],
  ])('%d → %s', (usd, text) => expect(formatUsdRounded(usd)).toBe(text));
});

describe('the order of a company\'s ties in its panel', () => {
  it('its own ties first: direct and current, then indirect, then what has ended; newest first', async () => {
    const { orderTies } = await import('@/components/CompanyRecord');
    const curated = (c: Contract) => (c.relation !== 'spending-total' || c.amount?.kind !== 'obligated') && !c.ref?.startsWith('usaspending-resold:');
    const ids = (id: string) => orderTies(byId(id).contracts.filter(curated), TODAY).map((c) => `${c.relation}:${tieYear(c) ?? '-'}`);
    // Amazon: its own second-hand total (2023) before the Palantir systems it hosts (2019).
    expect(ids('amazon')).toEqual(['spending-total:2023', 'via-third-party:2021', 'planned:2021', 'infrastructure:2019', 'planned:2018']);
    // Palantir: its 2025 ImmigrationOS contract before the 2014 one.
    const palantir = ids('palantir');
    expect(palantir.indexOf('direct:2025')).toBeLessThan(palantir.indexOf('direct:2014'));
  });
});
