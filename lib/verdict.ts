/**
 * The verdict: one line that says what a company did, how directly, how recently and how much, read
 * from its contract entries by a written rule (docs/verdict.md), never set by hand. No browser API.
 *
 * - A tie is a contract entry that is not a plan (`planned`: a pitch or a solicitation is no award).
 * - Direct: the company itself holds the contract (`direct`), or an agency's money went to it by the
 *   federal award records or a source read first-hand (`spending-total` with a `seen` source).
 *   Everything else is indirect: sold through a reseller, sold to a contractor, hosting someone
 *   else's system, or a total only second-hand sources report.
 * - Recent: the tier's latest dated tie is within RECENT_YEARS of today (a fiscal year counts as the
 *   calendar year it ends in); otherwise past. Undated ties do not make a company recent.
 * - How much: what the company itself received. With award records, their total over the fiscal
 *   years they cover; a company tied only through resellers in the award records, what the agencies
 *   obligated to those resellers for its products (said as such); otherwise the largest figure a
 *   source gives for one of the tier's ties (never another company's contract that it hosts:
 *   `infrastructure` amounts are someone else's money).
 * - A seat: a company whose only own money is minimum orders for seats on multiple-award vehicles
 *   holds a seat; its verdict says so, and its amount is said as minimum orders, never as work.
 * - The kind of work: the company's first kind in the order of the Involvement enum, which runs from
 *   running detention to professional services.
 */
import type { Amount, Company, Contract, Involvement } from '../data/schema';
import { fiscalYearOf, getAwardHistory } from './award-history';

/** A tie in the last three calendar years (this one included) is recent. */
export const RECENT_YEARS = 3;

export type Tier = 'direct' | 'indirect';
/** What an indirect tie is: the wording of the verdict for a company with no direct one. */
export type IndirectWay = 'reseller' | 'sale-to-contractor' | 'infrastructure' | 'reported-spending';

export interface VerdictAmount {
  usd: number;
  qualifier?: Amount['qualifier'];
  /**
   * `records`: the award records' total over fiscal years `from`–`to`; `resold`: what the records
   * show the agencies obligated to resellers for the company's products over `from`–`to` (the money
   * went to the resellers); `minimum-order`: the records' minimum orders for seats on multiple-award
   * vehicles, the company's only money (never the size of any work); `source`: one source's figure.
   */
  basis: 'records' | 'resold' | 'minimum-order' | 'source';
  kind: Amount['kind'];
  from?: number;
  to?: number;
  /** The records' last year was not over when they were read. */
  toPartial?: boolean;
  /** Some years' records lack the de-obligations: the net is lower. */
  beforeDeobligations?: boolean;
  /** The year a source's figure is dated. */
  year?: number;
}

export interface Verdict {
  tier: Tier;
  recent: boolean;
  /** The latest year the tier's ties are dated, if any is. */
  lastYear?: number;
  /** Short agency words of the tier's ties ("ICE", "CBP", "ORR" …), most ties first. */
  agencies: string[];
  /** For an indirect verdict: how the company is tied. */
  way?: IndirectWay;
  /**
   * A direct verdict whose every own tie is a minimum order for a seat on a multiple-award vehicle
   * (scripts/usaspending/minimum-orders.ts): the company holds a seat, and no work is on record yet.
   */
  seat?: boolean;
  kind: Involvement;
  amount?: VerdictAmount;
}

/** The agencies a contract is with, short, for a verdict's or a marker's few words. */
const AGENCY_WORDS: Array<[RegExp, string]> = [
  [/\bICE\b|Immigration and Customs Enforcement/, 'ICE'],
  [/\bCBP\b|Customs and Border Protection/, 'CBP'],
  [/\bDHS\b|Homeland Security/, 'DHS'],
  [/\bORR\b|Refugee Resettlement/, 'ORR'],
  [/Army Corps of Engineers/, 'USACE'],
  [/Department of Defense/, 'DoD'],
];

export function agencyWords(contracts: ReadonlyArray<Pick<Contract, 'agency'>>): string[] {
  const count = new Map<string, number>();
  for (const { agency } of contracts) {
    for (const [pattern, word] of AGENCY_WORDS) if (pattern.test(agency)) count.set(word, (count.get(word) ?? 0) + 1);
  }
  // ICE within DHS: "ICE" says more than "DHS", which is only kept when nothing more precise is.
  if (count.has('DHS') && (count.has('ICE') || count.has('CBP'))) count.delete('DHS');
  return AGENCY_WORDS.map(([, word]) => word).filter((word) => count.has(word));
}

/**
 * The latest date a tie names (the records' end or the end of its period, its date, its start), as
 * written: partial dates compare as text ("2021-10" after "2021-01-12"); '' when it names none.
 */
export function tieDate(contract: Pick<Contract, 'period' | 'date'>): string {
  return [contract.period?.recordsThrough, contract.period?.end, contract.date, contract.period?.start].reduce<string>((max, d) => (d && d > max ? d : max), '');
}

/** The latest calendar year a tie is dated: its fiscal year, else the year of its latest date. */
export function tieYear(contract: Contract): number | undefined {
  const fiscal = fiscalYearOf(contract);
  if (fiscal !== undefined) return fiscal;
  const date = tieDate(contract);
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** Whether a year is within RECENT_YEARS of today (YYYY-MM-DD). */
export const isRecentYear = (year: number, today: string) => year > Number(today.slice(0, 4)) - RECENT_YEARS;

export const isDirectTie = (c: Contract) => c.relation === 'direct' || (c.relation === 'spending-total' && c.sources.some((s) => s.confidence === 'seen'));

const WAYS: Partial<Record<Contract['relation'], IndirectWay>> = {
  'via-third-party': 'reseller',
  'sale-to-contractor': 'sale-to-contractor',
  infrastructure: 'infrastructure',
  'spending-total': 'reported-spending',
};

/** Amount kinds that are money the company itself received or was promised. */
const OWN_MONEY: ReadonlySet<Amount['kind']> = new Set(['contract-value', 'contracts-total', 'received-total', 'obligated', 'paid', 'sale']);

/** The `ref` of the resale facts scripts/usaspending/resold-facts.ts writes: `<prefix><company>:…`. */
export const RESOLD_REF = 'usaspending-resold:';

/**
 * What the award records show the agencies obligated to resellers for the company's products
 * (scripts/usaspending/resold-facts.ts writes those facts, over fiscal years, with their `ref`).
 */
function resoldAmount(ties: readonly Contract[]): VerdictAmount | undefined {
  const resales = ties.filter((c) => c.ref?.startsWith(RESOLD_REF));
  if (!resales.length) return undefined;
  return {
    usd: resales.reduce((n, c) => n + c.amount!.usd, 0),
    basis: 'resold',
    kind: 'obligated',
    from: Math.min(...resales.map((c) => Number(c.period!.start!.slice(0, 4)) + 1)),
    to: Math.max(...resales.map((c) => Number(c.period!.end!.slice(0, 4)))),
    // Only the year under way has "records through", and it is the last.
    toPartial: resales.some((c) => c.period!.recordsThrough),
    beforeDeobligations: resales.some((c) => c.amount!.basis),
  };
}

function sourceAmount(ties: readonly Contract[]): VerdictAmount | undefined {
  let best: Contract | undefined;
  for (const tie of ties) {
    const amount = tie.amount;
    if (!amount || tie.relation === 'infrastructure' || !OWN_MONEY.has(amount.kind)) continue;
    if (!best || amount.usd > best.amount!.usd) best = tie;
  }
  if (!best) return undefined;
  const { usd, qualifier, kind } = best.amount!;
  const year = tieYear(best);
  return { usd, basis: 'source', kind, ...(qualifier ? { qualifier } : {}), ...(year !== undefined ? { year } : {}) };
}

/** The verdict for a company, as of `today` (YYYY-MM-DD). */
export function getVerdict(company: Pick<Company, 'contracts' | 'involvement' | 'netDeobligations'>, today: string): Verdict {
  const ties = company.contracts.filter((c) => c.relation !== 'planned');
  const direct = ties.filter(isDirectTie);
  const tier: Tier = direct.length ? 'direct' : 'indirect';
  const own = tier === 'direct' ? direct : ties;
  const years = own.map(tieYear).filter((y): y is number => y !== undefined);
  const lastYear = years.length ? Math.max(...years) : undefined;
  const recent = lastYear !== undefined && isRecentYear(lastYear, today);

  const history = tier === 'direct' ? getAwardHistory(company) : null;
  const seat = tier === 'direct' && direct.every((c) => c.minimumOrder);
  const amount: VerdictAmount | undefined = history
    ? {
        usd: history.usd,
        basis: seat ? 'minimum-order' : 'records',
        kind: 'obligated',
        from: history.first,
        to: history.last,
        toPartial: history.years.find((y) => y.fiscalYear === history.last)?.partial ?? false,
        beforeDeobligations: history.years.some((y) => y.beforeDeobligations),
      }
    : (resoldAmount(own) ?? sourceAmount(own));

  // How the newest indirect tie is made (an undated one counts as oldest); the earlier tie on a draw.
  let way: IndirectWay | undefined;
  if (tier === 'indirect') {
    let newest = -Infinity;
    for (const tie of ties) {
      const w = WAYS[tie.relation];
      const year = tieYear(tie) ?? -Infinity;
      if (w && (way === undefined || year > newest)) {
        way = w;
        newest = year;
      }
    }
  }

  return {
    tier,
    recent,
    ...(lastYear !== undefined ? { lastYear } : {}),
    agencies: agencyWords(own),
    ...(way ? { way } : {}),
    ...(seat ? { seat } : {}),
    kind: company.involvement[0]!,
    ...(amount ? { amount } : {}),
  };
}

/** The verdict's level on the scale of colours: direct and recent is the strongest. */
export function verdictLevel(verdict: Pick<Verdict, 'tier' | 'recent'>): 'direct' | 'direct-past' | 'indirect' | 'indirect-past' {
  return verdict.tier === 'direct' ? (verdict.recent ? 'direct' : 'direct-past') : verdict.recent ? 'indirect' : 'indirect-past';
}
