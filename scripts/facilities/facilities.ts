/**
 * ICE's own detention facility lists (released under FOIA) → "operates <facility> for ICE" facts for
 * the private operators that are dataset companies. The lists name each facility's operator in a
 * short spelling ("GEO", "CCA", "M&TC"); OPERATORS maps each spelling explicitly (no fuzzy matching:
 * a wrong match would flag an innocent company), and every other spelling is counted by kind so the
 * script's output shows what was left out and why.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Contract } from '../../data/schema';
import { readCsvRecords } from '../usaspending/csv';
import { ImportError } from '../usaspending/import';

/**
 * What an operator spelling is. `company`: a dataset company (with why the spelling is that
 * company); `not-in-dataset`: a private company without a file (yet); `ambiguous`: the spelling
 * could name more than one company, or a partnership of several, so no row of it is used;
 * `public`: a county, city, federal agency or other non-company.
 */
export type Operator =
  | { kind: 'company'; company: string; basis: string }
  | { kind: 'not-in-dataset'; note?: string }
  | { kind: 'ambiguous'; why: string }
  | { kind: 'public' };

export const OPERATORS: Record<string, Operator> = {
  GEO: { kind: 'company', company: 'geo-group', basis: 'The GEO Group (data/companies/geo-group.json lists "GEO" as its name)' },
  CCA: { kind: 'company', company: 'corecivic', basis: 'Corrections Corporation of America, CoreCivic\'s name until 2016 (data/companies/corecivic.json lists "CCA" and "Corrections Corporation of America")' },
  'M&TC': { kind: 'company', company: 'management-training-corporation', basis: 'Management & Training Corporation (MTC)' },
  MVM: { kind: 'company', company: 'mvm', basis: 'MVM, Inc. (data/companies/mvm.json lists "MVM")' },
  AGS: { kind: 'company', company: 'akima', basis: 'Akima Global Services, LLC (shared/data/more-awards/uwchr-nijc-ice-facility-list-2017/PROVENANCE.md; a legal name in data/companies/akima.json)' },
  // Private operators without a company file (yet): counted by spelling, rows left out.
  'LASALLE CORRECTIONS': { kind: 'not-in-dataset' },
  'AHTNA (GUARD)': { kind: 'not-in-dataset' },
  AKAL: { kind: 'not-in-dataset' },
  'AKAL (GUARD)': { kind: 'not-in-dataset' },
  ICA: { kind: 'not-in-dataset' },
  EMERALD: { kind: 'not-in-dataset' },
  CFDFC: { kind: 'not-in-dataset' },
  // GEO bought Cornell Companies (2010) and Community Education Centers (2017): a tie to GEO needs a
  // source the dataset does not have yet, and the lists name the company of the time.
  CORNELL: { kind: 'not-in-dataset', note: 'acquired by GEO in 2010; tie not sourced' },
  CEC: { kind: 'not-in-dataset', note: 'acquired by GEO in 2017; tie not sourced' },
  'ASSET (GUARD)': { kind: 'ambiguous', why: '"ASSET" may be Asset Protection & Security Services or another firm; the list gives no full name' },
  'GPS-ASSET': { kind: 'ambiguous', why: 'two firms named by abbreviation' },
  'DOYON-AKAL (GUARD)': { kind: 'ambiguous', why: 'a partnership of two firms' },
  'VM-BG (GUARD)': { kind: 'ambiguous', why: 'two firms named by abbreviation' },
  HOTEL: { kind: 'ambiguous', why: 'a kind of place, not a named operator' },
  OTHER: { kind: 'ambiguous', why: 'no operator named' },
};

/** Non-company operators: counties, cities, federal agencies, hospitals; and no operator at all. */
const PUBLIC = /^(COUNTY( \(.*\))?|CITY|STATE|BOP|FEDERAL|ORR|HOSPITAL|USMS|ICE|TRIBAL)$/;
const BLANK = new Set(['', 'nan', 'NA']);

export function classifyOperator(value: string): Operator | { kind: 'blank' } | { kind: 'unknown' } {
  const text = value.trim();
  if (BLANK.has(text)) return { kind: 'blank' };
  if (Object.hasOwn(OPERATORS, text)) return OPERATORS[text]!;
  if (PUBLIC.test(text)) return { kind: 'public' };
  return { kind: 'unknown' };
}

/** One facility list: where it is, its columns, and its public origin as the PROVENANCE gives it. */
export interface FacilityList {
  /** Short name used in fact ids (`2015`, `2017`). */
  key: string;
  file: string;
  delimiter: ',' | '|';
  columns: { detloc: string; name: string; city: string; state: string; operator: string; lastUse?: string };
  /** How the claim names the list: "ICE facility list, 2015-12-08". */
  label: string;
  date: string;
  source: { url: string; title: string; publisher: string; archivedUrl?: string };
  researchNote: string;
}

export const LISTS: FacilityList[] = [
  {
    key: '2015',
    file: '../shared/data/more-awards/carwilb-ice-facility-operators/facilities_fy15_listing.csv',
    delimiter: ',',
    columns: { detloc: 'DETLOC', name: 'Name', city: 'City', state: 'State', operator: 'Facility Operator' },
    label: 'ICE facility list, 2015-12-08',
    date: '2015-12-08',
    source: {
      url: 'https://www.ice.gov/doclib/foia/dfs/2015IceDetentionFacilityListing.xlsx',
      title: '2015 ICE Detention Facility Listing (sheet "Facility List - Main", data as of 2015-12-08)',
      publisher: 'U.S. Immigration and Customs Enforcement (FOIA library)',
      // Read in a re-serialised copy (readxl → CSV, no other change), not in ICE's own file.
      archivedUrl: 'https://github.com/CarwilB/ice-detention/blob/d4dc30aa135ccc29e0904d737fe7dacabe083862/data/facilities_fy15_listing.csv',
    },
    researchNote:
      'From ICE\'s 2015 facility listing (FOIA library xlsx), read in the CSV copy of CarwilB/ice-detention at d4dc30aa (shared/data/more-awards/carwilb-ice-facility-operators/PROVENANCE.md); operator spelling mapped by scripts/facilities/facilities.ts (OPERATORS).',
  },
  {
    key: '2017',
    file: '../shared/data/more-awards/uwchr-nijc-ice-facility-list-2017/facil-list.csv.gz',
    delimiter: '|',
    columns: { detloc: 'detloc', name: 'name', city: 'city', state: 'state', operator: 'facility_operator', lastUse: 'date_of_last_use' },
    label: 'ICE facility list, 2017',
    date: '2017',
    source: {
      // The PROVENANCE gives only the repository: its file on github.com is the source.
      url: 'https://github.com/UWCHR/ice-facilities/blob/2b4457f84feb8ac03d7b109563ec20629826a055/clean/output/facil-list.csv.gz',
      title: 'ICE ERO facility list ("Confidential ICE ERO Facility List 07-10-2017.xlsx"), as cleaned by UWCHR',
      publisher: 'University of Washington Center for Human Rights, from ICE\'s ERO facility list obtained under FOIA and published by NIJC (November 2017)',
    },
    researchNote:
      'From ICE\'s ERO facility list (FOIA, published by NIJC in 2017), read in UWCHR/ice-facilities clean/output/facil-list.csv.gz at 2b4457f8 (shared/data/more-awards/uwchr-nijc-ice-facility-list-2017/PROVENANCE.md); operator spelling mapped by scripts/facilities/facilities.ts (OPERATORS).',
  },
];

export interface ListReport {
  list: string;
  rows: number;
  facts: number;
  /** Rows by what their operator is: public, blank, and by spelling: not in the dataset, ambiguous, unknown. */
  public: number;
  blank: number;
  notInDataset: Record<string, number>;
  ambiguous: Record<string, number>;
  unknown: Record<string, number>;
  duplicates: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** m/d/yyyy (the 2017 list's dates, via a spreadsheet) → YYYY-MM-DD; null for anything else. */
export function usDate(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}

async function* records(list: FacilityList) {
  const raw = createReadStream(list.file);
  const stream = list.file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  stream.setEncoding('utf8');
  if (list.delimiter === ',') {
    yield* readCsvRecords(stream as AsyncIterable<string>);
    return;
  }
  // The 2017 list is pipe-delimited with no quoting: one record per line.
  let rest = '';
  let line = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const text of parts) {
      line += 1;
      if (text.trim()) yield { line, fields: text.replace(/\r$/, '').split('|') };
    }
  }
  if (rest.trim()) yield { line: line + 1, fields: rest.replace(/\r$/, '').split('|') };
}

/** The facts of one list for dataset companies, and what was left out. */
export async function importFacilityList(list: FacilityList, companies: ReadonlyMap<string, string>): Promise<{ facts: Record<string, Contract[]>; report: ListReport }> {
  if (!existsSync(list.file)) throw new ImportError(`${list.file}: not found (the facility lists are read from shared/, beside the project)`);
  const report: ListReport = { list: list.label, rows: 0, facts: 0, public: 0, blank: 0, notInDataset: {}, ambiguous: {}, unknown: {}, duplicates: 0 };
  const facts: Record<string, Contract[]> = {};
  const ids = new Set<string>();
  let index: Map<string, number> | null = null;
  const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  for await (const record of records(list)) {
    if (!index) {
      index = new Map(record.fields.map((h, i) => [h.trim(), i] as const));
      const missing = Object.values(list.columns).filter((c) => !index!.has(c));
      if (missing.length) throw new ImportError(`${list.file}: line ${record.line}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`);
      continue;
    }
    report.rows += 1;
    const get = (column: string) => squash(record.fields[index!.get(column)!] ?? '');
    const operatorText = get(list.columns.operator);
    const operator = classifyOperator(operatorText);
    if (operator.kind === 'public') report.public += 1;
    else if (operator.kind === 'blank') report.blank += 1;
    else if (operator.kind === 'not-in-dataset') bump(report.notInDataset, operator.note ? `${operatorText} (${operator.note})` : operatorText);
    else if (operator.kind === 'ambiguous') bump(report.ambiguous, operatorText);
    else if (operator.kind === 'unknown') bump(report.unknown, operatorText);
    if (operator.kind !== 'company') continue;
    if (!companies.has(operator.company)) throw new ImportError(`scripts/facilities/facilities.ts: OPERATORS["${operatorText}"] maps to "${operator.company}", which has no file in data/companies/`);

    const name = get(list.columns.name);
    const city = get(list.columns.city);
    const state = get(list.columns.state);
    const detloc = get(list.columns.detloc);
    for (const [field, value] of [[list.columns.name, name], [list.columns.city, city], [list.columns.state, state]] as const) {
      if (!value || BLANK.has(value)) throw new ImportError(`${list.file}: line ${record.line}: ${field}: empty, for a facility operated by ${operatorText}`);
    }
    let lastUse: string | null = null;
    if (list.columns.lastUse) {
      const text = get(list.columns.lastUse);
      if (!BLANK.has(text)) {
        lastUse = usDate(text);
        if (!lastUse) throw new ImportError(`${list.file}: line ${record.line}: ${list.columns.lastUse}: expected m/d/yyyy, found ${JSON.stringify(text)}`);
      }
    }
    const id = `${operator.company}-ice-facility-${list.key}-${slug(/^redacted$/i.test(detloc) || !detloc ? name : detloc)}`;
    if (ids.has(id)) {
      report.duplicates += 1;
      continue;
    }
    ids.add(id);
    // A facility ICE had stopped using well before the list was drawn up is named in the past.
    const past = lastUse !== null && lastUse < `${list.date.slice(0, 4)}-01-01`;
    const where = `${name}, ${city}, ${state}`;
    const claim = past
      ? `Operated ${where} for ICE (${list.label}; ICE last used the facility on ${lastUse}); the list names the operator as "${operatorText}".`
      : `Operates ${where} for ICE (${list.label}); the list names the operator as "${operatorText}".`;
    (facts[operator.company] ??= []).push({
      id,
      kind: 'contract',
      relation: 'direct',
      agency: 'ICE',
      claim,
      date: list.date,
      researchNote: `${list.researchNote} Row ${record.line}, ${list.columns.detloc} ${detloc}. Mapping: ${operator.basis}.`,
      sources: [
        {
          ...list.source,
          date: list.date,
          confidence: 'reported',
          quote: `${list.columns.name}: ${name}; ${list.columns.city}: ${city}; ${list.columns.state}: ${state}; ${list.columns.operator}: ${operatorText}`,
        },
      ],
      ref: `ice-facility-list-${list.key}:${detloc}`,
    });
    report.facts += 1;
  }
  for (const list of Object.values(facts)) list.sort((a, b) => a.id.localeCompare(b.id));
  return { facts, report };
}

export function formatListReport(r: ListReport): string {
  const counts = (c: Record<string, number>) => Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return [
    `${r.list}: ${r.rows} rows, ${r.facts} facts for dataset companies`,
    `  left out: ${r.public} public operators (counties, cities, federal), ${r.blank} without an operator`,
    `  private operators not in the dataset: ${counts(r.notInDataset)}`,
    `  ambiguous operators (rows left out): ${counts(r.ambiguous)}`,
    `  unknown spellings (add them to OPERATORS): ${counts(r.unknown)}`,
    ...(r.duplicates ? [`  the same facility twice: ${r.duplicates}`] : []),
  ].join('\n');
}
