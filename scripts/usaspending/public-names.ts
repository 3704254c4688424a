/**
 * Which companies people are likely to meet still lack a sourced public name (`publicNames`): those
 * above the line (at least the threshold from ICE or CBP in some fiscal year of the award records)
 * and those they meet anyway (researched companies, companies with a listed site or a brand). Their
 * award-record legal name is rarely what a job page prints ("SCIENCE APPLICATIONS INTERNATIONAL
 * CORPORATION" for SAIC), so the gap is listed by `npm run data:coverage`.
 */
import type { Company } from '../../data/schema';
import { getAwardHistory } from '../../lib/award-history';

export interface PublicNameGap {
  id: string;
  name: string;
  /** The company's largest yearly total from ICE and CBP in the records (0 when it has none). */
  largestYear: number;
  /** Why it is above the line: 'records' (the threshold), 'met' (researched, listed site or brand). */
  reason: 'records' | 'met';
}

/**
 * Why a company is above the line, with its largest yearly total from ICE and CBP in the records
 * (lib/award-history.ts), or null when it is not.
 */
export function aboveTheLine(company: Company, threshold: number, researched: (company: Company) => boolean): Pick<PublicNameGap, 'largestYear' | 'reason'> | null {
  const largestYear = Math.max(0, ...(getAwardHistory(company)?.years.map((year) => year.usd) ?? []));
  if (largestYear >= threshold) return { largestYear, reason: 'records' };
  const met = researched(company) || company.hosts.length > 0 || Boolean(company.brands?.length);
  return met ? { largestYear, reason: 'met' } : null;
}

export function publicNameGaps(companies: readonly Company[], threshold: number, researched: (company: Company) => boolean): PublicNameGap[] {
  return companies
    .flatMap((company): PublicNameGap[] => {
      const above = company.publicNames?.length ? null : aboveTheLine(company, threshold, researched);
      return above ? [{ id: company.id, name: company.name, ...above }] : [];
    })
    .sort((a, b) => b.largestYear - a.largestYear || a.id.localeCompare(b.id));
}

export function formatPublicNameGaps(gaps: readonly PublicNameGap[], total: number): string {
  const lines = [`Companies people meet with no sourced public name yet (publicNames): ${gaps.length} of ${total} above the line`];
  for (const gap of gaps) lines.push(`  ${gap.largestYear ? `$${(gap.largestYear / 1e6).toFixed(1)}M`.padStart(10) : '(met)'.padStart(10)}  ${gap.id}: ${gap.name}`);
  return lines.join('\n');
}
