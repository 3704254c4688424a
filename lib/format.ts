/** Display formatting for amounts, dates and labels. Pure, shared by the panel and the popup. */
import type { Amount, Contract, Protest } from '../data/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019` → "2019", `2019-06` → "June 2019", `2019-06-26` → "26 June 2019". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Dollars as a source would write them: round millions and billions in words ("$13.3 million"),
 * anything else to the cent as given ("$49,874,018.14", "$60,965.64").
 */
export function formatUsd(usd: number): string {
  const words: Array<[number, string]> = [
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [unit, word] of words) {
    if (usd >= unit && Number.isInteger(usd / (unit / 10))) {
      return `$${(usd / unit).toLocaleString('en-US', { maximumFractionDigits: 1 })} ${word}`;
    }
  }
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 })}`;
}

const QUALIFIERS: Record<NonNullable<Amount['qualifier']>, string> = {
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'up-to': 'up to ',
};

const AMOUNT_KINDS: Record<Amount['kind'], string> = {
  'contract-value': 'contract value',
  'contracts-total': 'in contracts, total',
  'received-total': 'received, total',
  'planned-value': 'planned, not awarded',
  paid: 'paid',
  sale: 'sale',
  donation: 'donation',
};

export function formatAmount(amount: Amount): string {
  return `${amount.qualifier ? QUALIFIERS[amount.qualifier] : ''}${formatUsd(amount.usd)} (${AMOUNT_KINDS[amount.kind]})`;
}

export function formatPeriod(period: NonNullable<Contract['period']>): string {
  const start = period.start ? formatPartialDate(period.start) : undefined;
  const end = period.end ? formatPartialDate(period.end) : undefined;
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  return `until ${end}`;
}

export const RELATION_LABELS: Record<Contract['relation'], string | undefined> = {
  direct: undefined,
  'via-third-party': 'through a third party',
  'sale-to-contractor': 'sale to a government contractor',
  'spending-total': 'total over a period',
  planned: 'planned or pitched, not an award',
  infrastructure: 'hosting for an agency or its contractor',
};

/** "past" for ended contracts and units the company no longer owns, or when the period is over. */
export function getContractStatusLabel(contract: Contract, today: string): string | undefined {
  if (contract.status === 'former-unit') return 'past: a unit the company no longer owns';
  if (contract.status === 'ended') return 'past: ended';
  const end = contract.period?.end;
  if (end && end.length === 10 && end < today) return 'past: period ended';
  return undefined;
}

const PROTEST_BY: Record<Protest['by'], string> = {
  employees: 'Employees',
  users: 'Users',
  customers: 'Customers',
  activists: 'Outside activists',
  students: 'Students',
  shareholders: 'Shareholders',
};

const PROTEST_FORMS: Record<Protest['form'], string> = {
  letter: 'letter',
  petition: 'petition',
  walkout: 'walkout',
  resignation: 'resignation',
  demonstration: 'demonstration',
  pledge: 'pledge',
  demand: 'demand',
  'shareholder-proposal': 'shareholder proposal',
};

export function formatProtestKind(protest: Protest): string {
  const signers = protest.signatories;
  const count = signers
    ? `, ${signers.qualifier === 'more-than' ? 'more than ' : signers.qualifier === 'about' ? 'about ' : ''}${signers.count.toLocaleString('en-US')} signatories`
    : '';
  return `${PROTEST_BY[protest.by]} · ${PROTEST_FORMS[protest.form]}${count}`;
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
