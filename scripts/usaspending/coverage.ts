/**
 * How much of an award file the dataset covers: every recipient with its obligations, whether it
 * maps (data/recipients.json) to a company that is in the dataset, and the share of dollars held by
 * covered recipients, overall and among recipients at or above a threshold.
 */
import type { ImportResult } from './import';

export interface RecipientLine {
  name: string;
  /** Net obligations: obligations less de-obligations, as far as the records go. */
  usd: number;
  /** Positive obligations only. */
  positiveUsd: number;
  /** The dataset company it belongs to, or null when it is not covered. */
  company: string | null;
}

export interface CoverageReport {
  threshold: number;
  totalUsd: number;
  coveredUsd: number;
  /**
   * The same on positive obligations only: the one measure that means the same in every year, since
   * some slices lack their de-obligations.
   */
  totalPositiveUsd: number;
  coveredPositiveUsd: number;
  /** Recipients at or above the threshold, largest first. */
  large: RecipientLine[];
  largeUsd: number;
  largeCoveredUsd: number;
}

export function coverage(result: ImportResult, companies: ReadonlySet<string>, threshold: number): CoverageReport {
  const lines = new Map<string, RecipientLine>();
  for (const bucket of result.buckets) {
    const company = companies.has(bucket.company) ? bucket.company : null;
    for (const [name, usd] of bucket.recipients) {
      const line = lines.get(name) ?? { name, usd: 0, positiveUsd: 0, company };
      line.usd += usd;
      line.positiveUsd += bucket.recipientsPositive.get(name) ?? 0;
      lines.set(name, line);
    }
  }
  for (const entry of result.unmapped) {
    const line = lines.get(entry.name) ?? { name: entry.name, usd: 0, positiveUsd: 0, company: null };
    line.usd += entry.total;
    line.positiveUsd += entry.positive;
    lines.set(entry.name, line);
  }
  const all = [...lines.values()];
  const sum = (list: RecipientLine[]) => list.reduce((n, l) => n + l.usd, 0);
  const sumPositive = (list: RecipientLine[]) => list.reduce((n, l) => n + l.positiveUsd, 0);
  const large = all.filter((l) => l.usd >= threshold).sort((a, b) => b.usd - a.usd);
  return {
    threshold,
    totalUsd: sum(all),
    coveredUsd: sum(all.filter((l) => l.company)),
    totalPositiveUsd: sumPositive(all),
    coveredPositiveUsd: sumPositive(all.filter((l) => l.company)),
    large,
    largeUsd: sum(large),
    largeCoveredUsd: sum(large.filter((l) => l.company)),
  };
}

const usd = (n: number) => `$${(n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

export function formatCoverage(report: CoverageReport): string {
  const missing = report.large.filter((l) => !l.company);
  const lines = [
    `Recipients with at least ${usd(report.threshold)}: ${report.large.length}, holding ${usd(report.largeUsd)} (${pct(report.largeUsd, report.totalUsd)} of ${usd(report.totalUsd)}).`,
    `In the dataset: ${report.large.length - missing.length} of them, ${usd(report.largeCoveredUsd)} (${pct(report.largeCoveredUsd, report.largeUsd)} of their dollars).`,
    `All recipients in the dataset hold ${usd(report.coveredUsd)}: ${pct(report.coveredUsd, report.totalUsd)} of the file's obligations.`,
    '',
    missing.length ? `Not in the dataset (${missing.length}):` : 'Every recipient above the threshold is in the dataset.',
    ...missing.map((l) => `  ${usd(l.usd).padStart(12)}  ${l.name}`),
    '',
    'In the dataset:',
    ...report.large.filter((l) => l.company).map((l) => `  ${usd(l.usd).padStart(12)}  ${l.name} → ${l.company}`),
  ];
  return lines.join('\n');
}

export interface YearCoverage {
  fiscalYear: number;
  report: CoverageReport;
}

/**
 * One line per fiscal year: recipients at or above the threshold (their net obligations in the
 * year's records) in the dataset / all of them, and the share of the year's positive obligations
 * held by recipients in the dataset.
 */
export function formatYearTable(years: YearCoverage[]): string {
  const rows = years.map(({ fiscalYear, report }) => {
    const mapped = report.large.filter((l) => l.company).length;
    return [`FY${fiscalYear}`, `${mapped} / ${report.large.length}`, usd(report.totalPositiveUsd), usd(report.coveredPositiveUsd), pct(report.coveredPositiveUsd, report.totalPositiveUsd)];
  });
  const threshold = years[0] ? usd(years[0].report.threshold) : '';
  const head = ['year', `recipients ≥ ${threshold} in the dataset`, 'positive obligations', 'in the dataset', 'covered'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [fmt(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(fmt)].join('\n');
}
