/**
 * The directory's table: which rows a filter keeps, in which order a column sorts them, and the
 * largest recipients of each fiscal year for the chart. Pure functions over lib/directory/rows.ts rows,
 * so they run the same at 679 companies and at 10,000 (`npm run bench`). No browser API.
 */
import type { Involvement } from '../../data/schema';
import type { DirectoryRow } from './rows';

export interface Filters {
  involvement?: Involvement;
  agency?: string;
}

/** `name`, `reviewed`, `total` (every fiscal year) or one fiscal year (`2025`). */
export type SortKey = 'name' | 'reviewed' | 'total' | number;

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The fiscal years any row has obligations for, oldest first. */
export function fiscalYearsOf(rows: readonly DirectoryRow[]): number[] {
  return [...new Set(rows.flatMap((row) => row.years.map((year) => year.fiscalYear)))].sort((a, b) => a - b);
}

/** Every agency tag, most common first. */
export function agenciesOf(rows: readonly DirectoryRow[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const agency of row.agencies) counts.set(agency, (counts.get(agency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([agency]) => agency);
}

export function obligationsIn(row: DirectoryRow, fiscalYear: number): number | undefined {
  return row.years.find((year) => year.fiscalYear === fiscalYear)?.usd;
}

export function totalObligations(row: DirectoryRow): number {
  return row.years.reduce((sum, year) => sum + year.usd, 0);
}

export function filterRows(rows: readonly DirectoryRow[], filters: Filters): DirectoryRow[] {
  return rows.filter(
    (row) => (!filters.involvement || row.involvement.includes(filters.involvement)) && (!filters.agency || row.agencies.includes(filters.agency)),
  );
}

/**
 * Rows in the column's order; ties, and rows without a figure for the column (always last, in both
 * directions), by name.
 */
export function sortRows(rows: readonly DirectoryRow[], sort: Sort, collator = new Intl.Collator('en')): DirectoryRow[] {
  const byName = (a: DirectoryRow, b: DirectoryRow) => collator.compare(a.name, b.name);
  const value = (row: DirectoryRow): number | string | undefined =>
    sort.key === 'name' ? undefined : sort.key === 'reviewed' ? row.lastReviewed : sort.key === 'total' ? totalObligations(row) || undefined : obligationsIn(row, sort.key);
  const sign = sort.descending ? -1 : 1;
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const keyed = rows.map((row) => ({ row, value: value(row) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) return a.value === b.value ? byName(a.row, b.row) : a.value === undefined ? 1 : -1;
    const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return sign * order || byName(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}

/** The `count` largest recipients of each fiscal year, newest year first. */
export function largestByYear(rows: readonly DirectoryRow[], count = 3): Array<{ fiscalYear: number; partial: boolean; top: Array<{ row: DirectoryRow; usd: number }> }> {
  return fiscalYearsOf(rows)
    .reverse()
    .map((fiscalYear) => {
      const entries = rows.flatMap((row) => {
        const year = row.years.find((y) => y.fiscalYear === fiscalYear);
        return year && year.usd > 0 ? [{ row, usd: year.usd, partial: year.partial }] : [];
      });
      entries.sort((a, b) => b.usd - a.usd);
      return { fiscalYear, partial: entries.some((e) => e.partial), top: entries.slice(0, count).map(({ row, usd }) => ({ row, usd })) };
    });
}
