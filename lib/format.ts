/** Display formatting for amounts, dates and labels, in the browser's language. Shared by the panel and the popup. */
import type { Amount, Brand, Contract, Involvement, Protest } from '../data/schema';
import type { MatchInfo } from './messages';
import { getUiLanguage, t, type MessageKey } from './i18n';
import { fiscalYearOfPeriod } from './award-history';

/** `2019` → "2019", `2019-06` → "June 2019", `2019-06-26` → "June 26, 2019" (or "26 de junio de 2019"). */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const value = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(getUiLanguage(), options).format(value);
  } catch {
    return date;
  }
}

/** `2026-12-04` → "Dec 4, 2026" (or "4 dic 2026"), for table cells. */
export function formatShortDate(date: string): string {
  try {
    return new Intl.DateTimeFormat(getUiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  } catch {
    return date;
  }
}

/**
 * Dollars as a source would write them: round millions and billions in words ("$13.3 million"),
 * anything else to the cent as given ("$49,874,018.14", "$60,965.64").
 */
export function formatUsd(usd: number): string {
  const words: Array<[number, MessageKey]> = [
    [1e9, 'fmtBillion'],
    [1e6, 'fmtMillion'],
  ];
  for (const [unit, key] of words) {
    if (usd >= unit && Number.isInteger(usd / (unit / 10))) {
      // The sign is a substitution: a literal "$$" beside a placeholder reads as "$1" in the browser.
      return t(key, (usd / unit).toLocaleString(getUiLanguage(), { maximumFractionDigits: 1 }), '$');
    }
  }
  return dollars(usd, { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 });
}

/**
 * An exact figure in the reader's number format and words: "$49,874,018.14", Spanish
 * "49.874.018,14 dólares" (as "148 millones de dólares" beside it, never an English "$" figure).
 */
function dollars(usd: number, options: Intl.NumberFormatOptions): string {
  return t('fmtDollars', usd.toLocaleString(getUiLanguage(), options), '$');
}

/**
 * Dollars rounded for reading: "$3.1 billion", "$289 million", "$15.5 million", "$6.9 million", "$317,000". The exact
 * figure stays in the records, one click away.
 */
export function formatUsdRounded(usd: number): string {
  const language = getUiLanguage();
  if (usd >= 1e9) return t('fmtBillion', (usd / 1e9).toLocaleString(language, { maximumFractionDigits: 1 }), '$');
  if (usd >= 1e6) return t('fmtMillion', (usd / 1e6).toLocaleString(language, { maximumFractionDigits: usd >= 1e8 ? 0 : 1 }), '$');
  const rounded = Number(usd.toPrecision(Math.min(3, Math.max(1, Math.floor(Math.log10(Math.max(usd, 1))) + 1))));
  return dollars(rounded, { maximumFractionDigits: 0 });
}

/**
 * Dollars in a table cell or a chart label: "$3.1B", "$289.5M", "$317K" (Spanish "3,1 mil M US$",
 * "289,5 M US$"), the exact figure being in the record. The units are ours, not the locale's compact
 * notation: Spanish CLDR writes 3,127 million as "3127,1 M" beside "13,4 mil M" for 13.4 billion.
 */
export function formatUsdCompact(usd: number): string {
  const language = getUiLanguage();
  const units: Array<[number, MessageKey]> = [
    [1e9, 'fmtBillionShort'],
    [1e6, 'fmtMillionShort'],
    [1e3, 'fmtThousandShort'],
  ];
  if (usd < 0) return `−${formatUsdCompact(-usd)}`;
  for (const [unit, key] of units) {
    // Rounded first, so that $999.96 million reads "$1B", not "$1,000M".
    const value = Math.round((usd / unit) * 10) / 10;
    if (value >= 1) return t(key, value.toLocaleString(language, { maximumFractionDigits: 1 }), '$');
  }
  return formatUsdRounded(usd);
}

export const QUALIFIERS: Record<NonNullable<Amount['qualifier']>, MessageKey> = {
  about: 'qualAbout',
  'more-than': 'qualMoreThan',
  'at-least': 'qualAtLeast',
  'less-than': 'qualLessThan',
  'up-to': 'qualUpTo',
};

export const AMOUNT_KINDS: Record<Amount['kind'], MessageKey> = {
  'contract-value': 'kindContractValue',
  'contracts-total': 'kindContractsTotal',
  'received-total': 'kindReceivedTotal',
  obligated: 'kindObligated',
  'planned-value': 'kindPlannedValue',
  paid: 'kindPaid',
  sale: 'kindSale',
  donation: 'kindDonation',
};

export function formatAmount(amount: Amount): string {
  const kind = t(AMOUNT_KINDS[amount.kind]);
  // A total from records that lack the period's de-obligations overstates the net: say so beside it.
  const what = amount.basis === 'before-deobligations' ? t('basisBeforeDeobligations', kind) : kind;
  return `${amount.qualifier ? t(QUALIFIERS[amount.qualifier]) : ''}${formatUsd(amount.usd)} (${what})`;
}

export function formatPeriod(period: NonNullable<Contract['period']>): string {
  const start = period.start ? formatPartialDate(period.start) : undefined;
  const end = period.end ? formatPartialDate(period.end) : undefined;
  if (start && end) return t('periodFromTo', start, end);
  if (start) return t('periodFrom', start);
  return t('periodUntil', end ?? '');
}

/**
 * A spending total's reporting period: "fiscal year 2026" when it is exactly a federal fiscal year
 * (October 1 to September 30), and how far the records go when the year was not over when they were
 * read ("fiscal year 2026, records through August 20, 2026"), so a partial year never reads as whole.
 */
export function formatReportingPeriod(period: NonNullable<Contract['period']>): string {
  const year = fiscalYearOfPeriod(period);
  const text = year ? t('periodFiscalYear', year) : formatPeriod(period);
  return period.recordsThrough ? t('periodRecordsThrough', text, formatPartialDate(period.recordsThrough)) : text;
}

/** The period a contract entry shows: spending totals as reporting periods, the rest as spans. */
export function formatContractPeriod(contract: Contract): string | undefined {
  if (!contract.period) return undefined;
  return contract.relation === 'spending-total' ? formatReportingPeriod(contract.period) : formatPeriod(contract.period);
}

const RELATION_LABELS: Record<Contract['relation'], MessageKey | undefined> = {
  direct: undefined,
  'via-third-party': 'relationThirdParty',
  'sale-to-contractor': 'relationSaleToContractor',
  'spending-total': 'relationSpendingTotal',
  planned: 'relationPlanned',
  infrastructure: 'relationInfrastructure',
};

export function getRelationLabel(relation: Contract['relation']): string | undefined {
  const key = RELATION_LABELS[relation];
  return key ? t(key) : undefined;
}

/** The last day a partial date covers: `2018` → `2018-12-31`, `2018-07` → `2018-07-31` (for comparisons). */
function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * "past" for contracts, units sold and relationships that ended (a status, or a period whose end is
 * over, whether the source gives a day, a month or a year); "terminated on …" for an award the agency
 * terminated. A spending total's period is a reporting period: its end says nothing about whether the
 * company still works for the agency, so it is never labelled past.
 */
export function getContractStatusLabel(contract: Contract, today: string): string | undefined {
  if (contract.status === 'terminated') return contract.terminatedOn ? t('statusTerminatedOn', formatPartialDate(contract.terminatedOn)) : t('statusTerminated');
  if (contract.status === 'former-unit') return t('statusFormerUnit');
  if (contract.status === 'ended') return t('statusEnded');
  if (contract.relation === 'spending-total') return undefined;
  const end = contract.period?.end;
  if (end && lastDayOf(end) < today) return t('statusPeriodEnded');
  return undefined;
}

const PROTEST_BY: Record<Protest['by'], MessageKey> = {
  employees: 'byEmployees',
  users: 'byUsers',
  customers: 'byCustomers',
  activists: 'byActivists',
  students: 'byStudents',
  shareholders: 'byShareholders',
};

const PROTEST_FORMS: Record<Protest['form'], MessageKey> = {
  letter: 'formLetter',
  petition: 'formPetition',
  walkout: 'formWalkout',
  resignation: 'formResignation',
  demonstration: 'formDemonstration',
  pledge: 'formPledge',
  demand: 'formDemand',
  'shareholder-proposal': 'formShareholderProposal',
};

export function formatProtestKind(protest: Protest): string {
  const signers = protest.signatories;
  const count = signers
    ? `, ${signers.qualifier === 'more-than' ? t('qualMoreThan') : signers.qualifier === 'about' ? t('qualAbout') : ''}${t('signatories', signers.count.toLocaleString(getUiLanguage()))}`
    : '';
  return `${t(PROTEST_BY[protest.by])} · ${t(PROTEST_FORMS[protest.form])}${count}`;
}

export const INVOLVEMENT_LABELS: Record<Involvement, MessageKey> = {
  'detention-operations': 'invDetention',
  'detention-services': 'invDetentionServices',
  'transport-deportation-flights': 'invTransport',
  'surveillance-data': 'invSurveillance',
  'border-barrier-construction': 'invBarrier',
  'construction-facilities': 'invConstruction',
  'it-cloud': 'invIt',
  'equipment-supplies': 'invEquipment',
  'professional-services': 'invProfessional',
};

/** "Running and guarding detention · IT and cloud". */
export function formatInvolvement(kinds: readonly Involvement[]): string {
  return kinds.map((kind) => t(INVOLVEMENT_LABELS[kind])).join(' · ');
}

/** A company's owners, nearest first: "Microsoft", or "A, owned by B". */
export function formatOwnerChain(parents: ReadonlyArray<{ name: string }>): string {
  return parents.map((p) => p.name).join(t('panelOwnedByJoin'));
}

/** "A, B and C" in the UI's language. */
export function formatNameList(names: readonly string[]): string {
  return new Intl.ListFormat(getUiLanguage(), { type: 'conjunction' }).format(names);
}

/** Only http(s) links are ever rendered; anything else (javascript:, data: …) becomes null. */
export function toSafeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The company's brand the page named, when the match was one of its brands (Ring for Amazon). */
export function getMatchedBrand({ why, company }: Pick<MatchInfo, 'why' | 'company'>): Brand | undefined {
  return why.kind === 'host' ? undefined : company.brands?.find((b) => b.name === why.matchedName);
}
