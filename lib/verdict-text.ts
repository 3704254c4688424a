/**
 * The verdict (lib/verdict.ts) in words, in the UI's language: a short badge ("Direct", "Indirect,
 * past"), the headline ("Direct ICE and CBP contractor"), the amount rounded for reading ("$3.1 billion
 * obligated, fiscal years 2021 to 2026 so far"), and a marker's few words.
 */
import type { Verdict } from './verdict';
import { verdictLevel } from './verdict';
import { formatNameList, formatUsdRounded, INVOLVEMENT_LABELS, QUALIFIERS, AMOUNT_KINDS } from './format';
import { t, type MessageKey } from './i18n';

const BADGES: Record<ReturnType<typeof verdictLevel>, MessageKey> = {
  direct: 'verdictBadgeDirect',
  'direct-past': 'verdictBadgeDirectPast',
  indirect: 'verdictBadgeIndirect',
  'indirect-past': 'verdictBadgeIndirectPast',
};

const WAYS: Record<NonNullable<Verdict['way']>, MessageKey> = {
  reseller: 'verdictWayReseller',
  'sale-to-contractor': 'verdictWaySale',
  infrastructure: 'verdictWayInfrastructure',
  'reported-spending': 'verdictWayReported',
};

export const verdictBadge = (verdict: Verdict) => t(BADGES[verdictLevel(verdict)]);

export const verdictAgencies = (verdict: Verdict) => (verdict.agencies.length ? formatNameList(verdict.agencies) : t('verdictAgenciesUnnamed'));

/** "Direct ICE and CBP contractor · Running and guarding detention" / "Sold to ICE through a reseller · IT and cloud". */
export function verdictHeadline(verdict: Verdict): string {
  const agencies = verdictAgencies(verdict);
  const who =
    verdict.tier === 'direct'
      ? verdict.recent || verdict.lastYear === undefined
        ? t(verdict.seat ? 'verdictSeat' : 'verdictDirect', agencies)
        : t(verdict.seat ? 'verdictSeatPast' : 'verdictDirectPast', agencies, verdict.lastYear)
      : t(WAYS[verdict.way ?? 'reported-spending'], agencies);
  const when = verdict.tier === 'indirect' && !verdict.recent && verdict.lastYear !== undefined ? t('verdictLastIn', verdict.lastYear) : '';
  return `${who}${when} · ${t(INVOLVEMENT_LABELS[verdict.kind])}`;
}

/** The amount the company received, rounded: the exact figures are in the records below. */
export function verdictAmount(verdict: Verdict): string | undefined {
  const amount = verdict.amount;
  if (!amount) return undefined;
  const usd = formatUsdRounded(amount.usd);
  if (amount.basis !== 'source') {
    const single = amount.from === amount.to;
    // Resales: the money went to the resellers; minimum orders: a seat's, never the size of any work.
    // The keys, for the i18n check: 'verdictRecords' 'verdictRecordsSoFar' 'verdictRecordsYear'
    // 'verdictRecordsYearSoFar' 'verdictResold' 'verdictResoldSoFar' 'verdictResoldYear'
    // 'verdictResoldYearSoFar' 'verdictMinimumOrders' 'verdictMinimumOrdersSoFar'
    // 'verdictMinimumOrdersYear' 'verdictMinimumOrdersYearSoFar' (the type checks each one exists).
    const key = `verdict${amount.basis === 'records' ? 'Records' : amount.basis === 'resold' ? 'Resold' : 'MinimumOrders'}${single ? 'Year' : ''}${amount.toPartial ? 'SoFar' : ''}` as const;
    return single ? t(key, usd, amount.to!) : t(key, usd, amount.from!, amount.to!);
  }
  const qualified = `${amount.qualifier ? t(QUALIFIERS[amount.qualifier]) : ''}${usd}`;
  // "about $200,000 (sale, 2019)": the same punctuation in both languages.
  return `${qualified} (${[t(AMOUNT_KINDS[amount.kind]), amount.year].filter(Boolean).join(', ')})`;
}

/** A marker's words: "Direct · ICE, CBP" (the mark is drawn beside them). */
export function verdictMarker(verdict: Verdict): string {
  return [verdictBadge(verdict), verdict.agencies.join(', ')].filter(Boolean).join(' · ');
}
