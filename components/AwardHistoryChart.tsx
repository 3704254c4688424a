/**
 * A company's history in the federal award records, under its summary: one line with the total,
 * rounded for reading, and the years ("ICE and CBP obligations, FY2021–FY2026: $310 million", or,
 * when the money stopped before the newest year the records cover, "… paid it $X in FY2021–FY2023;
 * no awards in the records since"), and, for two years or more, a small bar chart per fiscal year and
 * agency, each year labelled in full and the year still under way labelled "so far" and drawn dashed.
 * The exact figures, to the cent, with what each year lacks (records so far, de-obligations missing,
 * money taken back) are one click away in a table. The chart is hidden from screen readers: the line
 * and the table say the same.
 */
import type { AwardHistory } from '@/lib/award-history';
import { formatNameList, formatUsd, formatUsdRounded } from '@/lib/format';
import { t } from '@/lib/i18n';

const BAR = 28;
const GAP = 10;
const HEIGHT = 64;
/** Room under the bars for the year and, for the year under way, "so far". */
const AXIS = 26;

const yearLabel = (fiscalYear: number) => `FY${fiscalYear}`;

export function formatYears(first: number, last: number): string {
  return first === last ? yearLabel(first) : `${yearLabel(first)}–${yearLabel(last)}`;
}

export function AwardHistoryChart({ history, latestFiscalYear }: { history: AwardHistory; latestFiscalYear?: number }) {
  const agencies = formatNameList(history.agencies);
  const years = formatYears(history.first, history.last);
  const stopped = latestFiscalYear !== undefined && history.last < latestFiscalYear;
  const total = stopped
    ? t('panelHistoryStopped', agencies, formatUsdRounded(history.usd), years)
    : t('panelHistoryTotal', agencies, years, formatUsdRounded(history.usd));
  const anyPartial = history.years.some((y) => y.partial);
  const takenBack = history.years.flatMap((year) => year.takenBack.map((taken) => t('panelHistoryTakenBack', taken.agency, formatUsdRounded(taken.usd), yearLabel(year.fiscalYear))));
  const line = [total, ...takenBack].join('; ');
  // The table has a column for every agency in the records, the ones that only took money back too.
  const columns = [...new Set([...history.agencies, ...history.years.flatMap((year) => year.takenBack.map((taken) => taken.agency))])].sort();
  const max = Math.max(...history.years.map((y) => y.usd), 1);
  const width = history.years.length * (BAR + GAP);
  return (
    <div class="history" data-testid="award-history">
      <p class="history-line">{line}</p>
      {history.years.length > 1 ? (
        <>
          <svg class="history-chart" viewBox={`0 0 ${width} ${HEIGHT + AXIS}`} width={width} height={HEIGHT + AXIS} aria-hidden="true" focusable="false">
            {history.years.map((year, i) => {
              let top = HEIGHT;
              const x = i * (BAR + GAP) + BAR / 2;
              return (
                <g key={year.fiscalYear} class={year.partial ? 'partial' : undefined}>
                  {year.agencies.map(({ agency, usd }) => {
                    const h = Math.max((usd / max) * HEIGHT, usd > 0 ? 1 : 0);
                    top -= h;
                    return <rect key={agency} class={`bar agency-${history.agencies.indexOf(agency)}`} x={i * (BAR + GAP)} y={top} width={BAR} height={h} />;
                  })}
                  <text x={x} y={HEIGHT + 11} text-anchor="middle">
                    {year.fiscalYear}
                  </text>
                  {year.partial ? (
                    <text x={x} y={HEIGHT + 23} text-anchor="middle">
                      {t('panelHistorySoFar')}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          <p class="history-legend muted" aria-hidden="true">
            {history.agencies.map((agency, i) => (
              <span key={agency} class="legend-item">
                <span class={`swatch agency-${i}`} /> {agency}
              </span>
            ))}
            {anyPartial ? <span class="legend-item">{t('panelHistoryPartialLegend')}</span> : null}
          </p>
        </>
      ) : null}
      <details class="exact">
        <summary>{t('panelHistoryExact')}</summary>
        <table data-testid="history-table">
          <caption class="visually-hidden">{line}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panelHistoryYear')}</th>
              {columns.map((agency) => (
                <th key={agency} scope="col">
                  {agency}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.years.map((year) => (
              <tr key={year.fiscalYear}>
                <th scope="row">
                  {year.partial ? t('panelHistoryPartialYear', yearLabel(year.fiscalYear)) : yearLabel(year.fiscalYear)}
                  {year.beforeDeobligations ? ` (${t('basisBeforeDeobligationsShort')})` : ''}
                </th>
                {columns.map((agency) => {
                  const cell = year.agencies.find((a) => a.agency === agency);
                  const taken = year.takenBack.find((a) => a.agency === agency);
                  return <td key={agency}>{cell ? formatUsd(cell.usd) : taken ? t('panelHistoryTakenBackCell', `−${formatUsd(taken.usd)}`) : '—'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">
          {t('verdictObligatedInfo')}
          {history.years.some((y) => y.beforeDeobligations) ? ` ${t('panelHistoryBeforeNote')}` : ''}
        </p>
      </details>
    </div>
  );
}
