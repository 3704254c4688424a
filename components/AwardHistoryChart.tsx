/**
 * A company's history in the federal award records, under its summary: one line with the total and
 * the years ("ICE and CBP obligations, FY2021–FY2026: $X", or, when the money stopped before the
 * newest year the records cover, "… paid it $X in FY2021–FY2023; no awards in the records since"),
 * and, for two years or more, a small bar chart per fiscal year and agency. The chart is an inline
 * SVG hidden from screen readers; the same figures are in a table they read instead. Years whose
 * records stop early are marked "*", years some of whose records lack de-obligations "†", and a year
 * in which an agency took back more than it obligated "−": the line says how much, the table shows
 * it as money taken back, and no bar is drawn for it (it is not an award).
 */
import type { AwardHistory } from '@/lib/award-history';
import { formatNameList, formatUsd } from '@/lib/format';
import { t } from '@/lib/i18n';

const BAR = 28;
const GAP = 10;
const HEIGHT = 64;

const yearLabel = (fiscalYear: number) => `FY${fiscalYear}`;

export function formatYears(first: number, last: number): string {
  return first === last ? yearLabel(first) : `${yearLabel(first)}–${yearLabel(last)}`;
}

export function AwardHistoryChart({ history, latestFiscalYear }: { history: AwardHistory; latestFiscalYear?: number }) {
  const agencies = formatNameList(history.agencies);
  const years = formatYears(history.first, history.last);
  const stopped = latestFiscalYear !== undefined && history.last < latestFiscalYear;
  const total = stopped
    ? t('panelHistoryStopped', agencies, formatUsd(history.usd), years)
    : t('panelHistoryTotal', agencies, years, formatUsd(history.usd));
  const anyPartial = history.years.some((y) => y.partial);
  const anyBeforeDeobligations = history.years.some((y) => y.beforeDeobligations);
  // A total that counts records without their de-obligations overstates the net: the line says so.
  const withBefore = anyBeforeDeobligations ? t('panelHistoryWithBefore', total) : total;
  const takenBack = history.years.flatMap((year) => year.takenBack.map((taken) => t('panelHistoryTakenBack', taken.agency, formatUsd(taken.usd), yearLabel(year.fiscalYear))));
  const line = [withBefore, ...takenBack].join('; ');
  const anyTakenBack = takenBack.length > 0;
  // The table has a column for every agency in the records, the ones that only took money back too.
  const columns = [...new Set([...history.agencies, ...history.years.flatMap((year) => year.takenBack.map((taken) => taken.agency))])].sort();
  const max = Math.max(...history.years.map((y) => y.usd), 1);
  const width = history.years.length * (BAR + GAP);
  return (
    <div class="history" data-testid="award-history">
      <p class="history-line">{line}</p>
      {history.years.length > 1 ? (
        <>
          <svg class="history-chart" viewBox={`0 0 ${width} ${HEIGHT + 14}`} width={width} height={HEIGHT + 14} aria-hidden="true" focusable="false">
            {history.years.map((year, i) => {
              let top = HEIGHT;
              return (
                <g key={year.fiscalYear} class={year.partial ? 'partial' : undefined}>
                  {year.agencies.map(({ agency, usd }) => {
                    const h = Math.max((usd / max) * HEIGHT, usd > 0 ? 1 : 0);
                    top -= h;
                    return <rect key={agency} class={`bar agency-${history.agencies.indexOf(agency)}`} x={i * (BAR + GAP)} y={top} width={BAR} height={h} />;
                  })}
                  <text x={i * (BAR + GAP) + BAR / 2} y={HEIGHT + 12} text-anchor="middle">
                    {`${String(year.fiscalYear).slice(2)}${year.partial ? '*' : ''}${year.beforeDeobligations ? '†' : ''}${year.takenBack.length ? '−' : ''}`}
                  </text>
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
            {anyPartial ? <span class="legend-item">{t('panelHistoryPartialMark')}</span> : null}
            {anyBeforeDeobligations ? <span class="legend-item">{t('panelHistoryBeforeDeobligationsMark')}</span> : null}
            {anyTakenBack ? <span class="legend-item">{t('panelHistoryTakenBackMark')}</span> : null}
          </p>
        </>
      ) : null}
      <table class="visually-hidden">
        <caption>{line}</caption>
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
    </div>
  );
}
