/**
 * The directory's chart: the three largest recipients of ICE and CBP obligations in each fiscal year
 * of the award records, newest first, as labelled bars (inline SVG, hidden from screen readers) with
 * the same figures in a table beside it. Years whose records stop early are marked "*".
 */
import type { DirectoryRow } from '@/lib/directory/rows';
import { largestByYear } from '@/lib/directory/table';
import { formatUsd, formatUsdCompact } from '@/lib/format';
import { t } from '@/lib/i18n';
import { CompanyLink } from './CompanyLink';

const BAR = 16;
const GAP = 4;
const YEAR_GAP = 14;
const LABEL = 64;
const WIDTH = 640;

export function LargestRecipients({ rows, onOpen }: { rows: readonly DirectoryRow[]; onOpen: (id: string) => void }) {
  const years = largestByYear(rows, 3).filter((year) => year.top.length);
  if (!years.length) return null;
  const max = Math.max(...years.flatMap((year) => year.top.map((entry) => entry.usd)));
  const yearHeight = (n: number) => n * (BAR + GAP) + YEAR_GAP;
  const height = years.reduce((sum, year) => sum + yearHeight(year.top.length), 0);
  const barSpace = WIDTH - LABEL - 8;
  let y = 0;
  return (
    <section class="largest" aria-labelledby="largest-title" data-testid="largest-recipients">
      <h2 id="largest-title">{t('dirChartTitle')}</h2>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false">
        {years.map((year) => {
          const top = y;
          y += yearHeight(year.top.length);
          return (
            <g key={year.fiscalYear} transform={`translate(0 ${top})`}>
              <text x="0" y={BAR - 3} class="year">
                FY{year.fiscalYear}
                {year.partial ? '*' : ''}
              </text>
              {year.top.map((entry, i) => {
                const width = Math.max(2, (entry.usd / max) * barSpace * 0.55);
                return (
                  <g key={entry.row.id} transform={`translate(${LABEL} ${i * (BAR + GAP)})`}>
                    <rect class={`bar agency-${i}`} width={width} height={BAR} rx="2" />
                    <text x={width + 6} y={BAR - 4}>
                      {entry.row.name} · {formatUsdCompact(entry.usd)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
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
                    FY{year.fiscalYear}
                    {year.partial ? '*' : ''}
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
