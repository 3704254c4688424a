/**
 * The directory's table, virtualised: only the rows in view (and a few around them) are in the
 * page, between two spacer rows that keep the scroll height, so 10,000 companies cost what 40 do.
 * Rows are of one fixed height for that. Column headers sort (again: the other way), and say so
 * with aria-sort; each company's name is a link to its record.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowVerdict, type DirectoryRow } from '@/lib/directory/rows';
import type { SearchHit } from '@/lib/directory/search';
import { obligationsIn, sortRows, totalObligations, type Sort, type SortKey } from '@/lib/directory/table';
import { formatInvolvement, formatUsd, formatUsdCompact } from '@/lib/format';
import { verdictLevel } from '@/lib/verdict';
import { verdictBadge } from '@/lib/verdict-text';
import { t } from '@/lib/i18n';
import { SearchHitNote } from '@/components/SearchHitNote';
import { CompanyLink } from './CompanyLink';

/** Each row's height in pixels (style.css sets the same). */
export const ROW_HEIGHT = 52;
/** At a phone's width each company is a card of this height (style.css, the same media query). */
export const CARD_HEIGHT = 84;
export const NARROW = '(max-width: 600px)';
const OVERSCAN = 8;

interface Props {
  rows: readonly DirectoryRow[];
  years: readonly number[];
  /** Null: keep the rows' own order (search results, best first). */
  sort: Sort | null;
  onSort: (sort: Sort) => void;
  notes: ReadonlyMap<string, SearchHit>;
  onOpen: (id: string) => void;
}

/**
 * One figure. `label` and `sorted` serve the cards at a phone's width, which show the figure the list
 * is sorted by (else the total) with its column's name.
 */
function Amount({ usd, label, sorted }: { usd: number | undefined; label: string; sorted: boolean }) {
  const common = { 'data-label': label, 'data-sorted': sorted ? '' : undefined };
  if (!usd) return <td class="num muted" {...common}>–</td>;
  // Below zero: the agencies took back more than they obligated that year, which the cell says.
  if (usd < 0) {
    return (
      <td class="num taken-back" title={t('dirTakenBackTitle', formatUsd(-usd))} {...common}>
        −{formatUsdCompact(-usd)}
      </td>
    );
  }
  return (
    <td class="num" title={formatUsd(usd)} {...common}>
      {formatUsdCompact(usd)}
    </td>
  );
}

/** The verdict's mark and word ("Direct, past"), as on the markers; when it was reviewed is in the record. */
function VerdictCell({ verdict }: { verdict: ReturnType<typeof rowVerdict> }) {
  return (
    <td class="verdict-cell" data-level={verdictLevel(verdict)}>
      <span class="mark" aria-hidden="true" />
      {verdictBadge(verdict)}
    </td>
  );
}

export function CompanyTable({ rows, years, sort, onSort, notes, onOpen }: Props) {
  const today = new Date().toISOString().slice(0, 10);
  const sorted = useMemo(() => (sort ? sortRows(rows, sort, new Intl.Collator(t('locale'))) : rows), [rows, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  // A list of cards at a phone's width (a table there scrolls its figures away from the names).
  const [narrow, setNarrow] = useState(() => matchMedia(NARROW).matches);
  useEffect(() => {
    const query = matchMedia(NARROW);
    const change = () => setNarrow(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  const rowHeight = narrow ? CARD_HEIGHT : ROW_HEIGHT;
  useEffect(() => {
    const element = scroller.current!;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight || 800 });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      removeEventListener('resize', measure);
    };
  }, []);
  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(sorted.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort?.key === key;
    return (
      <th scope="col" class={numeric ? 'num' : undefined} aria-sort={active ? (sort!.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" onClick={() => onSort({ key, descending: active ? !sort!.descending : numeric })}>
          {label}
        </button>
      </th>
    );
  };
  return (
    <div class="table-scroll" ref={scroller} data-testid="directory-table">
      <table aria-rowcount={sorted.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {header('name', t('dirColCompany'))}
            <th scope="col">{t('dirColVerdict')}</th>
            <th scope="col">{t('dirColKinds')}</th>
            <th scope="col">{t('dirColAgencies')}</th>
            {years.map((year) => header(year, t('dirFiscalYearShort', year), true))}
            {years.length > 1 ? header('total', t('dirColTotal'), true) : null}
          </tr>
        </thead>
        <tbody>
          {start > 0 ? <tr class="spacer" aria-hidden="true" style={{ height: `${start * rowHeight}px` }} /> : null}
          {sorted.slice(start, end).map((row, i) => {
            const hit = notes.get(row.id);
            return (
              <tr key={row.id} aria-rowindex={start + i + 2} data-company={row.id}>
                <th scope="row">
                  <CompanyLink id={row.id} onOpen={onOpen}>
                    {row.name}
                  </CompanyLink>
                  {hit ? (
                    <span class="hit-note">
                      <SearchHitNote hit={hit} />
                    </span>
                  ) : row.parent ? (
                    <span class="hit-note muted">{t('panelOwnedBy', row.parent)}</span>
                  ) : null}
                </th>
                <VerdictCell verdict={rowVerdict(row, today)} />
                <td class="kinds" title={formatInvolvement(row.involvement)}>{formatInvolvement(row.involvement)}</td>
                <td class="agencies">{row.agencies.join(', ')}</td>
                {years.map((year) => (
                  <Amount key={year} usd={obligationsIn(row, year)} label={t('dirFiscalYearShort', year)} sorted={sort?.key === year} />
                ))}
                {years.length > 1 ? <Amount usd={totalObligations(row)} label={t('dirColTotal')} sorted={sort?.key === 'total' || !sort} /> : null}
              </tr>
            );
          })}
          {end < sorted.length ? <tr class="spacer" aria-hidden="true" style={{ height: `${(sorted.length - end) * rowHeight}px` }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
