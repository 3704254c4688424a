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

function common(get: (column: string) => string | undefined, amountColumn: string, dateColumn: string, idColumn: string): AwardRow | string {
  const amount = parseAmount(get(amountColumn));
  if (amount === null) return `unparsable amount in ${amountColumn}: ${JSON.stringify(get(amountColumn) ?? '')}`;
  const date = parseDate(get(dateColumn));
  if (!date) return `unparsable date in ${dateColumn}: ${JSON.stringify(get(dateColumn) ?? '')}`;
  const awardId = optional(get(idColumn));
  if (!awardId) return `empty ${idColumn}`;
  return {
    agency: (get('awarding_sub_agency_code') ?? '').trim(),
    recipientName: (get('recipient_name') ?? '').trim(),
    recipientUei: optional(get('recipient_uei')),
    parentUei: optional(get('recipient_parent_uei')),
    parentName: optional(get('recipient_parent_name')),
    amount,
    date,
    awardId,
    piid: optional(get('award_id_piid')),
    description: optional(get('transaction_description')) ?? optional(get('prime_award_base_transaction_description')),
    productOrService: optional(get('product_or_service_code_description')),
    naics: optional(get('naics_description')),
  };
}

/** Contracts_PrimeTransactions: one row per action; money in federal_action_obligation. */
export const TRANSACTIONS: TabularFormat = {
  name: 'Contracts_PrimeTransactions',
  required: ['contract_award_unique_key', 'federal_action_obligation', 'action_date', 'awarding_sub_agency_code', 'recipient_name'],
  dedupeAwards: false,
  // total_dollars_obligated repeats the award total on every transaction row: never read here.
  toRow: (get) => common(get, 'federal_action_obligation', 'action_date', 'contract_award_unique_key'),
};

/** Contracts_PrimeAwardSummaries: one row per award; money in total_obligated_amount. */
export const AWARD_SUMMARIES: TabularFormat = {
  name: 'Contracts_PrimeAwardSummaries',
  required: ['contract_award_unique_key', 'total_obligated_amount', 'award_base_action_date', 'awarding_sub_agency_code', 'recipient_name'],
  dedupeAwards: true,
  toRow: (get) => common(get, 'total_obligated_amount', 'award_base_action_date', 'contract_award_unique_key'),
};

/**
 * A named column map for a tabular file in another shape. `agency` maps the file's agency label to a
 * sub-agency code.
 */
export interface ColumnMap {
  name: string;
  columns: {
    agency: string;
    recipientName: string;
    amount: string;
    date: string;
    awardId: string;
    piid?: string;
    description?: string;
    productOrService?: string;
    naics?: string;
  };
}

export const PRESETS: Record<string, ColumnMap> = {
  // The FY2026 CBP/ICE transactions file of the cbp-ice-dashboard repository (see
  // shared/data/usaspending-samples/README.md): API rows with renamed columns.
  'cbp-ice-dashboard': {
    name: 'cbp-ice-dashboard (FY2026 CBP/ICE transactions)',
    columns: {
      agency: 'Agency',
      recipientName: 'Recipient Name',
      amount: 'Federal Action Obligation',
      date: 'Action Date',
      awardId: 'Generated Award ID',
      piid: 'Award ID',
      description: 'Transaction Description',
      productOrService: 'Product/Service Description',
      naics: 'NAICS Description',
    },
  },
};

export function agencyCode(label: string | undefined): string {
  const text = (label ?? '').trim();
  return /^\d{4}$/.test(text) ? text : (AGENCY_NAMES[text.toLowerCase()] ?? text);
}

export function presetFormat(map: ColumnMap): TabularFormat {
  const c = map.columns;
  return {
    name: map.name,
    required: [c.agency, c.recipientName, c.amount, c.date, c.awardId],
    dedupeAwards: false,
    toRow(get) {
      const amount = parseAmount(get(c.amount));
      if (amount === null) return `unparsable amount in ${c.amount}: ${JSON.stringify(get(c.amount) ?? '')}`;
      const date = parseDate(get(c.date));
      if (!date) return `unparsable date in ${c.date}: ${JSON.stringify(get(c.date) ?? '')}`;
      const awardId = optional(get(c.awardId));
      if (!awardId) return `empty ${c.awardId}`;
      return {
        agency: agencyCode(get(c.agency)),
        recipientName: (get(c.recipientName) ?? '').trim(),
        amount,
        date,
        awardId,
        piid: c.piid ? optional(get(c.piid)) : undefined,
        description: c.description ? optional(get(c.description)) : undefined,
        productOrService: c.productOrService ? optional(get(c.productOrService)) : undefined,
        naics: c.naics ? optional(get(c.naics)) : undefined,
      };
    },
  };
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
  };
}
