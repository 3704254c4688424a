/**
 * The shapes of USAspending data the importer reads, recognised by their header names (never by
 * column position, which drifts over the years): the native bulk CSVs (Contracts_PrimeTransactions,
 * Contracts_PrimeAwardSummaries), the search API's JSON pages, and tabular files with other column
 * names through a named column map (a preset). Each turns a row into one normalised award row.
 */

/** One contract action or award, whatever file it came from. */
export interface AwardRow {
  /** Awarding sub-agency code: 7012 ICE, 7014 CBP … */
  agency: string;
  recipientName: string;
  recipientUei?: string;
  parentUei?: string;
  parentName?: string;
  /** Dollars obligated by this row (a transaction's action, or an award's total). */
  amount: number;
  /** YYYY-MM-DD: the action date, or the award's base action date. */
  date: string;
  /** generated_unique_award_id, e.g. CONT_AWD_70CDCR24FR0000006_7012_47QTCA18D00A2_4732. */
  awardId: string;
  piid?: string;
  description?: string;
  productOrService?: string;
  naics?: string;
  /**
   * The action's type (FPDS reason for modification): a code (`action_type_code`: E, F, X are
   * terminations) or its text ("TERMINATE FOR CONVENIENCE (COMPLETE OR PARTIAL)").
   */
  actionType?: string;
  /** The modification number: "0" (or empty in some exports) for the award's base record. */
  modification?: string;
}

export interface RowError {
  line: number;
  message: string;
}

/** Column names a format reads, and how to turn a row of named values into an AwardRow. */
export interface TabularFormat {
  name: string;
  required: string[];
  /** When true, rows are awards and must be counted once per award id (award summary files). */
  dedupeAwards: boolean;
  /** When true, a row equal in every column to an earlier row of the file is skipped and counted. */
  dedupeRows?: boolean;
  toRow(get: (column: string) => string | undefined): AwardRow | string;
}

const AGENCY_NAMES: Record<string, string> = {
  'u.s. immigration and customs enforcement': '7012',
  'u.s. customs and border protection': '7014',
  ice: '7012',
  cbp: '7014',
};

export function parseAmount(value: string | undefined): number | null {
  if (value === undefined) return null;
  const text = value.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

export function parseDate(value: string | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

const optional = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Which of a file's columns hold each field (native files use USAspending's own names). */
export interface Columns {
  agency: string;
  recipientName: string;
  amount: string;
  date: string;
  awardId: string;
  recipientUei?: string;
  parentUei?: string;
  parentName?: string;
  piid?: string;
  /** Tried in order: the first non-empty one is the description. */
  description?: string[];
  productOrService?: string;
  naics?: string;
  /** Tried in order: the first non-empty one is the action type (code or text). */
  actionType?: string[];
  modification?: string;
}

const NATIVE: Omit<Columns, 'amount' | 'date'> = {
  agency: 'awarding_sub_agency_code',
  recipientName: 'recipient_name',
  awardId: 'contract_award_unique_key',
  recipientUei: 'recipient_uei',
  parentUei: 'recipient_parent_uei',
  parentName: 'recipient_parent_name',
  piid: 'award_id_piid',
  description: ['transaction_description', 'prime_award_base_transaction_description'],
  productOrService: 'product_or_service_code_description',
  naics: 'naics_description',
  actionType: ['action_type_code', 'action_type'],
  modification: 'modification_number',
};

/** One row through a column map; a string names what is wrong with the row. */
function readRow(get: (column: string) => string | undefined, c: Columns): AwardRow | string {
  const amount = parseAmount(get(c.amount));
  if (amount === null) return `unparsable amount in ${c.amount}: ${JSON.stringify(get(c.amount) ?? '')}`;
  const date = parseDate(get(c.date));
  if (!date) return `unparsable date in ${c.date}: ${JSON.stringify(get(c.date) ?? '')}`;
  const awardId = optional(get(c.awardId));
  if (!awardId) return `empty ${c.awardId}`;
  const pick = (column?: string) => (column ? optional(get(column)) : undefined);
  return {
    agency: agencyCode(get(c.agency)),
    recipientName: (get(c.recipientName) ?? '').trim(),
    recipientUei: pick(c.recipientUei),
    parentUei: pick(c.parentUei),
    parentName: pick(c.parentName),
    amount,
    date,
    awardId,
    piid: pick(c.piid),
    description: c.description?.map(pick).find((d) => d !== undefined),
    productOrService: pick(c.productOrService),
    naics: pick(c.naics),
    actionType: c.actionType?.map(pick).find((a) => a !== undefined),
    modification: pick(c.modification),
  };
}

/** A format reading the given columns; the columns every row needs are the required header. */
function tabularFormat(name: string, columns: Columns, dedupeAwards: boolean): TabularFormat {
  return {
    name,
    required: [columns.awardId, columns.amount, columns.date, columns.agency, columns.recipientName],
    dedupeAwards,
    toRow: (get) => readRow(get, columns),
  };
}

/** Contracts_PrimeTransactions: one row per action; money in federal_action_obligation. */
// total_dollars_obligated repeats the award total on every transaction row: never read here.
export const TRANSACTIONS = tabularFormat('Contracts_PrimeTransactions', { ...NATIVE, amount: 'federal_action_obligation', date: 'action_date' }, false);

/** Contracts_PrimeAwardSummaries: one row per award; money in total_obligated_amount. */
export const AWARD_SUMMARIES = tabularFormat('Contracts_PrimeAwardSummaries', { ...NATIVE, amount: 'total_obligated_amount', date: 'award_base_action_date' }, true);

/**
 * A named column map for a tabular file in another shape. Its `agency` column may hold a label
 * (CBP, ICE, the sub-agency's name) or a code.
 */
export interface ColumnMap {
  name: string;
  columns: Columns;
  dedupeRows?: boolean;
}

export const PRESETS: Record<string, ColumnMap> = {
  // The CBP/ICE transactions files of the cbp-ice-dashboard repository, FY2021–FY2026 (see
  // shared/data/usaspending-samples/README.md and shared/data/more-awards/wrags81-…/PROVENANCE.md):
  // API rows with renamed columns.
  'cbp-ice-dashboard': {
    name: 'cbp-ice-dashboard (CBP/ICE transactions)',
    // Built from paged API results sorted on a non-unique key: a few rows repeat exactly.
    dedupeRows: true,
    columns: {
      agency: 'Agency',
      recipientName: 'Recipient Name',
      amount: 'Federal Action Obligation',
      date: 'Action Date',
      awardId: 'Generated Award ID',
      piid: 'Award ID',
      description: ['Transaction Description'],
      productOrService: 'Product/Service Description',
      naics: 'NAICS Description',
      modification: 'Modification',
    },
  },
};

export function agencyCode(label: string | undefined): string {
  const text = (label ?? '').trim();
  return /^\d{4}$/.test(text) ? text : (AGENCY_NAMES[text.toLowerCase()] ?? text);
}

export function presetFormat(map: ColumnMap): TabularFormat {
  return { ...tabularFormat(map.name, map.columns, false), dedupeRows: map.dedupeRows ?? false };
}

/** The native format a header belongs to, or null. */
export function detectNativeFormat(header: string[]): TabularFormat | null {
  const columns = new Set(header);
  if (columns.has('federal_action_obligation')) return TRANSACTIONS;
  if (columns.has('total_obligated_amount')) return AWARD_SUMMARIES;
  return null;
}

/**
 * Rows of a search API page (`spending_by_transaction` or `spending_by_award` results), with the
 * field names the API uses.
 */
export function apiResultToRow(result: Record<string, unknown>): AwardRow | string {
  const text = (key: string) => (typeof result[key] === 'string' ? (result[key] as string) : typeof result[key] === 'number' ? String(result[key]) : undefined);
  const amount = parseAmount(text('Transaction Amount') ?? text('Award Amount'));
  if (amount === null) return 'unparsable amount in "Transaction Amount"/"Award Amount"';
  const date = parseDate(text('Action Date') ?? text('Start Date') ?? text('Base Obligation Date'));
  if (!date) return 'unparsable date in "Action Date"/"Start Date"';
  const awardId = text('generated_internal_id');
  if (!awardId) return 'missing generated_internal_id';
  return {
    agency: agencyCode(text('Awarding Sub Agency')),
    recipientName: (text('Recipient Name') ?? '').trim(),
    recipientUei: optional(text('Recipient UEI') ?? text('recipient_uei')),
    amount,
    date,
    awardId,
    piid: optional(text('Award ID')),
    description: optional(text('Transaction Description') ?? text('Description')),
    actionType: optional(text('Action Type')),
    modification: optional(text('Mod')),
  };
}
