/**
 * Which companies people are likely to meet still lack a sourced public name (`publicNames`): those
 * above the line (at least the threshold from ICE or CBP in some fiscal year of the award records)
 * and those they meet anyway (researched companies, companies with a listed site or a brand). Their
 * award-record legal name is often not what a job page prints ("SCIENCE APPLICATIONS INTERNATIONAL
 * CORPORATION" for SAIC), so the gap is listed by `npm run data:coverage`, worst first: companies
 * whose every name also means something else ("silent": a job page that names them as its employer
 * shows nothing), then those known only by their records' names, which is enough where that is the
 * name they use ("Omniplex World Services") and a gap where it is not.
 */
import type { Company } from '../../data/schema';
import { getAwardHistory } from '../../lib/award-history';
import { normalizeName } from '../../lib/names';

export interface PublicNameGap {
  id: string;
  name: string;
  /** The company's largest yearly total from ICE and CBP in the records (0 when it has none). */
  largestYear: number;
  /** Why it is above the line: 'records' (the threshold), 'met' (researched, listed site or brand). */
  reason: 'records' | 'met';
  /** Every name of the company needs a second signal: a job page naming it as the employer shows nothing. */
  silent: boolean;
}

/** Whether none of the company's own names (brands aside: they name products) counts alone as an employer. */
export function isSilentEmployer(company: Company): boolean {
  const ambiguous = new Set((company.ambiguousNames ?? []).map(normalizeName));
  const own = [company.name, ...company.legalNames, ...company.aliases, ...(company.publicNames ?? []).map((p) => p.name)];
  // An ambiguous name that is the company's own sourced public name counts alone as an employer.
  const publicNames = new Set((company.publicNames ?? []).map((p) => normalizeName(p.name)));
  return own.every((name) => ambiguous.has(normalizeName(name)) && !publicNames.has(normalizeName(name)));
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
      return above ? [{ id: company.id, name: company.name, ...above, silent: isSilentEmployer(company) }] : [];
    })
    .sort((a, b) => Number(b.silent) - Number(a.silent) || b.largestYear - a.largestYear || a.id.localeCompare(b.id));
}

export function formatPublicNameGaps(gaps: readonly PublicNameGap[], total: number): string {
  const line = (gap: PublicNameGap) => `  ${gap.largestYear ? `$${(gap.largestYear / 1e6).toFixed(1)}M`.padStart(10) : '(met)'.padStart(10)}  ${gap.id}: ${gap.name}`;
  const silent = gaps.filter((gap) => gap.silent);
  return [
    `Companies people meet with no sourced public name yet (publicNames): ${gaps.length} of ${total} above the line`,
    `- every name also means something else, so a job page naming them shows nothing: ${silent.length}`,
    ...silent.map(line),
    `- known by their award records' names only (enough where that is the name they use): ${gaps.length - silent.length}`,
    ...gaps.filter((gap) => !gap.silent).map(line),
  ].join('\n');
}
