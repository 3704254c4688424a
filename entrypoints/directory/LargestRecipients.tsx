/**
 * The directory's chart: the three largest recipients of ICE and CBP obligations in each fiscal year
 * of the award records, newest first, as labelled bars (hidden from screen readers) with the same
 * figures in a table beside it. A year whose records stop early says "so far" and is drawn in outline.
 */
import type { DirectoryRow } from '@/lib/directory/rows';
import { largestByYear } from '@/lib/directory/table';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { t } from '@/lib/i18n';
import { CompanyLink } from './CompanyLink';

/** "FY2026", and "so far" under a year whose records stop before its end. */
function YearLabel({ year, partial }: { year: number; partial: boolean }) {
  return (
    <>
      {t('dirFiscalYearShort', year)}
      {partial ? <span class="so-far"> {t('dirSoFar')}</span> : null}
    </>
  );
}

export function LargestRecipients({ rows, onOpen }: { rows: readonly DirectoryRow[]; onOpen: (id: string) => void }) {
  const years = largestByYear(rows, 3).filter((year) => year.top.length);
  if (!years.length) return null;
  const max = Math.max(...years.flatMap((year) => year.top.map((entry) => entry.usd)));
  return (
    <section class="largest" aria-labelledby="largest-title" data-testid="largest-recipients">
      <h2 id="largest-title">{t('dirChartTitle')}</h2>
      {/* Bars in HTML, not a scaled SVG: labels keep their size at a phone's width. One colour: a
          bar's length is the only thing it says; a year not over is drawn in outline. The same
          figures are in the table below for screen readers. */}
      <ol class="largest-years" aria-hidden="true">
        {years.map((year) => (
          <li key={year.fiscalYear} class={year.partial ? 'partial' : undefined} data-year={year.fiscalYear}>
            <p class="year">
              <YearLabel year={year.fiscalYear} partial={year.partial} />
            </p>
            <ul>
              {year.top.map((entry) => (
                <li key={entry.row.id}>
                  <span class="bar-label">
                    {entry.row.name} · {formatUsdCompact(entry.usd)}
                  </span>
                  <span class="bar" style={{ width: `${Math.max(0.5, (entry.usd / max) * 100).toFixed(1)}%` }} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {years.some((year) => year.partial) ? <p class="muted small-note">{t('dirChartPartial')}</p> : null}
      <details class="chart-table">
        <summary>{t('dirChartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dirColYear')}</th>
              <th scope="col">{t('dirColCompany')}</th>
              <th scope="col" class="num">
                {t('dirColObligations')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.flatMap((year) =>
              year.top.map((entry) => (
                <tr key={`${year.fiscalYear}|${entry.row.id}`}>
                  <td>
                    <YearLabel year={year.fiscalYear} partial={year.partial} />
                  </td>
                  <td>
                    <CompanyLink id={entry.row.id} onOpen={onOpen}>
                      {entry.row.name}
                    </CompanyLink>
                  </td>
                  <td class="num">{formatUsd(entry.usd)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </section>
  );
}
