/**
 * A company's history in the federal award records, from its fiscal-year facts: what ICE and CBP
 * obligated to it, per fiscal year and agency, for the panel's history line and chart. A fiscal-year
 * fact is a spending total (`relation: "spending-total"`, `amount.kind: "obligated"`) over exactly
 * one federal fiscal year (October 1 to September 30), as `npm run import:usaspending` writes them;
 * every other entry (news reports, single contracts) stays in the contracts list. Years that net to
 * money taken back (`netDeobligations`) are in the history as what they are, apart from the
 * obligations: the total obligated never counts them, and each is said beside it. No browser API.
 */
import type { Company, Contract, NetDeobligation } from '../data/schema';

export interface FiscalYearTotal {
  /** The federal fiscal year: FY2026 runs from October 1, 2025 to September 30, 2026. */
  fiscalYear: number;
  /** Obligations per agency, in the order the facts list them. */
  agencies: Array<{ agency: string; usd: number }>;
  usd: number;
  /** The records stop before the year's end (`period.recordsThrough`). */
  partial: boolean;
  /** Some of the year's records hold no de-obligations (`amount.basis`): the net is lower. */
  beforeDeobligations: boolean;
  /** Agencies that took back more than they obligated in the year, and how much (a positive figure). */
  takenBack: Array<{ agency: string; usd: number }>;
}

export interface AwardHistory {
  years: FiscalYearTotal[];
  /** The fiscal-year facts themselves, newest year first: the "Federal award records" section. */
  facts: Array<Contract | NetDeobligation>;
  agencies: string[];
  usd: number;
  /** The first and last years with money obligated. */
  first: number;
  last: number;
}

/** An award's page on USAspending.gov, from its id (`generated_internal_id`). */
export function awardPage(awardId: string): string {
  return `https://www.usaspending.gov/award/${encodeURIComponent(awardId)}/`;
}

/** The federal fiscal year a period is, when it is exactly one (October 1 to September 30). */
export function fiscalYearOfPeriod(period: Contract['period']): number | undefined {
  const start = /^(\d{4})-10-01$/.exec(period?.start ?? '');
  if (!start) return undefined;
  const year = Number(start[1]) + 1;
  return period?.end === `${year}-09-30` ? year : undefined;
}

/** The fiscal year a fact covers, when it is an obligated total over exactly one. */
export function fiscalYearOf(contract: Contract): number | undefined {
  if (contract.relation !== 'spending-total' || contract.amount?.kind !== 'obligated') return undefined;
  return fiscalYearOfPeriod(contract.period);
}

/** Null when the company has no fiscal-year facts. */
export function getAwardHistory(company: Pick<Company, 'contracts' | 'netDeobligations'>): AwardHistory | null {
  // Each fact's year, read once: the totals, the order of the section and the years all use it.
  const dated = company.contracts.flatMap((fact) => {
    const fiscalYear = fiscalYearOf(fact);
    return fiscalYear === undefined ? [] : [{ fact, fiscalYear }];
  });
  const taken = (company.netDeobligations ?? []).flatMap((fact) => {
    const fiscalYear = fiscalYearOfPeriod(fact.period);
    return fiscalYear === undefined ? [] : [{ fact, fiscalYear }];
  });
  if (!dated.length) return null;
  const byYear = new Map<number, FiscalYearTotal>();
  const yearOf = (fiscalYear: number) => byYear.get(fiscalYear) ?? { fiscalYear, agencies: [], usd: 0, partial: false, beforeDeobligations: false, takenBack: [] };
  for (const { fact, fiscalYear } of taken) {
    const year = yearOf(fiscalYear);
    year.takenBack.push({ agency: fact.agency, usd: fact.amount.usd });
    year.partial ||= fact.period.recordsThrough !== undefined;
    byYear.set(fiscalYear, year);
  }
  for (const { fact, fiscalYear } of dated) {
    const year = yearOf(fiscalYear);
    const usd = fact.amount!.usd;
    const same = year.agencies.find((a) => a.agency === fact.agency);
    if (same) same.usd += usd;
    else year.agencies.push({ agency: fact.agency, usd });
    year.usd += usd;
    year.partial ||= fact.period?.recordsThrough !== undefined;
    year.beforeDeobligations ||= fact.amount!.basis === 'before-deobligations';
    byYear.set(fiscalYear, year);
  }
  const years = [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
  return {
    years,
    facts: [...dated, ...taken].sort((a, b) => b.fiscalYear - a.fiscalYear).map(({ fact }) => fact),
    // The agencies that obligated money: one that only took money back did not pay the company.
    agencies: [...new Set(dated.map(({ fact }) => fact.agency))].sort(),
    // Cents, added up: rounding once at the end keeps "$1,234.56" sums exact.
    usd: Math.round(years.reduce((sum, y) => sum + y.usd, 0) * 100) / 100,
    // The years money was obligated: a later year of money taken back is not an award year.
    first: Math.min(...dated.map((d) => d.fiscalYear)),
    last: Math.max(...dated.map((d) => d.fiscalYear)),
  };
}

/** The newest fiscal year any company's facts cover: how far the records in the dataset go. */
export function getLatestFiscalYear(companies: ReadonlyArray<Pick<Company, 'contracts'>>): number | undefined {
  let latest: number | undefined;
  for (const company of companies) {
    for (const contract of company.contracts) {
      const year = fiscalYearOf(contract);
      if (year !== undefined && (latest === undefined || year > latest)) latest = year;
    }
  }
  return latest;
}
