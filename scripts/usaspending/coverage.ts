/**
 * How much of an award file the dataset covers: every recipient with its obligations, whether it
 * maps (data/recipients.json) to a company that is in the dataset, and the share of dollars held by
 * covered recipients, overall and among recipients at or above a threshold.
 */
import type { ImportResult } from './import';
import { resoldByVendor, type ResoldVendorLine } from './resold-facts';
import { wellKnownIn } from './well-known';

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
  /** Recipients of any amount that are companies people meet (well-known.ts), largest first. */
  wellKnown: Array<RecipientLine & { wellKnown: string; kind: string }>;
  /** Vendors whose products were bought through resellers (resold-vendors.ts), largest first. */
  resold: ResoldVendorLine[];
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
    wellKnown: all
      .flatMap((l) => wellKnownIn(l.name).map((w) => ({ ...l, wellKnown: w.name, kind: w.kind })))
      .sort((a, b) => b.usd - a.usd || a.name.localeCompare(b.name)),
    resold: resoldByVendor(result, companies),
  };
}

const money = (n: number) => (Math.abs(n) >= 1e6 ? usd(n) : `$${Math.round(n).toLocaleString('en-US')}`);

/**
 * Per fiscal year, the companies people meet that the records hold (mapped to a dataset company or
 * not, at any amount), then the vendors found behind resellers.
 */
export function formatPeopleMeet(years: YearCoverage[]): string {
  const lines: string[] = ['Companies people meet (carriers, airlines, hotels, telecoms, retailers, tech, banks, car rental, food service, large employers), any amount:'];
  for (const { fiscalYear, report } of years) {
    const mapped = report.wellKnown.filter((l) => l.company).length;
    lines.push(`\nFY${fiscalYear}: ${report.wellKnown.length} recipients, ${mapped} in the dataset`);
    for (const l of report.wellKnown) lines.push(`  ${money(l.usd).padStart(14)}  ${l.name} [${l.wellKnown}, ${l.kind}] ${l.company ? `→ ${l.company}` : '(not mapped)'}`);
  }
  lines.push('', 'Vendors bought through resellers (named in award descriptions; the money went to the resellers):');
  for (const { fiscalYear, report } of years) {
    lines.push(`\nFY${fiscalYear}: ${report.resold.length} vendors, ${report.resold.filter((r) => r.company).length} in the dataset`);
    for (const r of report.resold) lines.push(`  ${money(r.usd).padStart(14)}  ${r.vendor}: ${r.awards} award${r.awards === 1 ? '' : 's'}, ${r.resellers} reseller${r.resellers === 1 ? '' : 's'} ${r.company ? `→ ${r.company}` : '(not in the dataset)'}`);
  }
  return lines.join('\n');
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
