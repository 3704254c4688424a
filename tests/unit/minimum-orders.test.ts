/**
 * Seats on multiple-award vehicles: a minimum order is said as a seat, never as the size of any work
 * (scripts/usaspending/minimum-orders.ts), in the records' facts, the summary and the verdict.
 */
import { describe, expect, it } from 'vitest';
import { minimumOrderOf, UNKNOWN_VEHICLE } from '@/scripts/usaspending/minimum-orders';
import { buildDataset } from '@/scripts/build-dataset';
import { getVerdict } from '@/lib/verdict';
import { verdictAmount, verdictHeadline } from '@/lib/verdict-text';

const MASS = 'THIS IS A TASK ORDER FOR THE MINIMUM OBLIGATION UNDER THE MULTIPLE-AWARD STRATEGIC SOURCING VEHICLE FOR EMERGENCY DETENTION AND RELATED SERVICES FOR ALIENS IN IMMIGRATION AND CUSTOMS ENFORCEMENT CUSTODY IN RESPONSE TO THE BORDER EMERGENCY.';

describe('a minimum order is a seat', () => {
  it('a token order for the minimum obligation names the vehicle in plain words', () => {
    expect(minimumOrderOf({ amount: 250, descriptions: [MASS] })?.vehicle).toBe(
      "ICE's multiple-award strategic sourcing vehicle for emergency detention and related services for noncitizens in ICE custody",
    );
    expect(minimumOrderOf({ amount: 2500, descriptions: ['THIS TASK ORDER FULFILLS THE MINIMUM GUARANTEE OF $2,500 FOR IDIQ # 70CTD022D00000012'] })?.vehicle).toBe(UNKNOWN_VEHICLE);
  });

  it('a real order is not a seat: money above a token, or a description of what is bought', () => {
    expect(minimumOrderOf({ amount: 1_784_640, descriptions: ['MINIMUM ORDER FOR INTERNET CONNECTIVITY INFRASTRUCTURE'] })).toBeNull();
    expect(minimumOrderOf({ amount: 250, descriptions: [MASS, 'ADDITIONAL FUNDING FOR DETENTION BEDS AT THE FACILITY'] })).toBeNull();
    expect(minimumOrderOf({ amount: 0, descriptions: [MASS] })).toBeNull();
  });
});

describe('in the bundled data', () => {
  const dataset = buildDataset();
  const company = (id: string) => dataset.companies.find((c) => c.id === id)!;

  it('LaSalle Corrections holds a seat: the verdict says so and never reads $250 as work', () => {
    const lasalle = company('lasalle-corrections');
    expect(lasalle.contracts.every((c) => c.minimumOrder)).toBe(true);
    expect(lasalle.summary).toMatch(/^ICE contractor for a seat on its multiple-award strategic sourcing vehicle for emergency detention/);
    const verdict = getVerdict(lasalle, '2026-12-07');
    expect(verdict).toMatchObject({ tier: 'direct', seat: true, amount: { basis: 'minimum-order', usd: 250, from: 2025, to: 2025 } });
    expect(verdictHeadline(verdict)).toBe('Holds a seat on a contract vehicle of ICE · Running and guarding detention');
    expect(verdictAmount(verdict)).toBe("$250: the vehicle's minimum order, fiscal year 2025");
    // Never "Running and guarding detention: $250 from ICE" among the largest awards.
    expect(lasalle.largestAwards).toBeUndefined();
    expect(lasalle.contracts[0]!.claim).toContain('A minimum order is what holding a seat guarantees, not the size of any work under the vehicle');
  });

  it('a later order under the vehicle is work: the company is then an ordinary contractor', () => {
    const lemoine = company('lemoine-disaster-recovery');
    expect(lemoine.contracts.some((c) => c.minimumOrder)).toBe(true);
    const verdict = getVerdict(lemoine, '2026-12-07');
    expect(verdict.seat).toBeUndefined();
    expect(verdict.amount).toMatchObject({ basis: 'records', from: 2025, to: 2026 });
  });

  it('a company with other awards keeps its $250 order among them, said as a seat only in a year with nothing else', () => {
    const geo = company('geo-group');
    expect(getVerdict(geo, '2026-12-07').seat).toBeUndefined();
    expect(geo.contracts.some((c) => c.minimumOrder)).toBe(false);
  });
});
