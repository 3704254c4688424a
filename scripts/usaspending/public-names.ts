/**
 * Which companies people are likely to meet still lack a sourced public name (`publicNames`): those
 * above the line (at least the threshold from ICE or CBP in some fiscal year of the award records)
 * and those they meet anyway (researched companies, companies with a listed site or a brand). Their
 * award-record legal name is rarely what a job page prints ("SCIENCE APPLICATIONS INTERNATIONAL
 * CORPORATION" for SAIC), so the gap is listed by `npm run data:coverage`.
 */
import type { Company } from '../../data/schema';
import { fiscalYearOf } from '../../lib/award-history';

export interface PublicNameGap {
  id: string;
  name: string;
  /** The company's largest yearly total from ICE and CBP in the records (0 when it has none). */
  largestYear: number;
  /** Why it is above the line: 'records' (the threshold), 'met' (researched, listed site or brand). */
  reason: 'records' | 'met';
}

export function publicNameGaps(companies: readonly Company[], threshold: number, researched: (company: Company) => boolean): PublicNameGap[] {
  return companies
    .flatMap((company): PublicNameGap[] => {
      if (company.publicNames?.length) return [];
      const years = new Map<number, number>();
      for (const fact of company.contracts) {
        const year = fiscalYearOf(fact);
        if (year !== undefined) years.set(year, (years.get(year) ?? 0) + fact.amount!.usd);
      }
      const largestYear = Math.max(0, ...years.values());
      const met = researched(company) || company.hosts.length > 0 || Boolean(company.brands?.length);
      if (largestYear < threshold && !met) return [];
      return [{ id: company.id, name: company.name, largestYear, reason: largestYear >= threshold ? 'records' : 'met' }];
    })
    .sort((a, b) => b.largestYear - a.largestYear || a.id.localeCompare(b.id));
}

export function formatPublicNameGaps(gaps: readonly PublicNameGap[], total: number): string {
  const lines = [`Companies people meet with no sourced public name yet (publicNames): ${gaps.length} of ${total} above the line`];
  for (const gap of gaps) lines.push(`  ${gap.largestYear ? `$${(gap.largestYear / 1e6).toFixed(1)}M`.padStart(10) : '(met)'.padStart(10)}  ${gap.id}: ${gap.name}`);
  return lines.join('\n');
}
