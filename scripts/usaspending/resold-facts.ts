/**
 * The facts of vendors behind resellers (resold-vendors.ts finds them in the award descriptions):
 * one `via-third-party` fact per vendor, reseller and agency over every fiscal year of the records,
 * with the reseller in `via`, the awards, the amount the agency obligated to the reseller on them (net,
 * as far as the records go), the years, and one of the descriptions quoted. A vendor's own awards are
 * direct and never counted here; an award that nets to nothing is not counted.
 */
import type { Contract } from '../../data/schema';
import { awardPage } from '../../lib/award-history';
import { normalizeName } from '../../lib/names';
import { RESOLD_REF } from '../../lib/verdict';
import { AGENCY_LABELS, fiscalYearEnd, importedFacts, ImportError, recordsThrough, round, slug, usd, type ImportResult, type ResoldAward } from './import';
import type { Vendor } from './resold-vendors';

const MAX_QUOTE = 160;

/** One award counted for a vendor: its net over the years and the years with money. */
interface Counted {
  award: ResoldAward;
  usd: number;
  first: number;
  last: number;
  said: string[];
}

function count(award: ResoldAward, said: string[]): Counted | null {
  const net = round([...award.byYear.values()].reduce((a, b) => a + b, 0));
  const years = [...award.byYear].filter(([, usd]) => round(usd) > 0).map(([fy]) => fy);
  if (net <= 0 || !years.length) return null;
  return { award, usd: net, first: Math.min(...years), last: Math.max(...years), said };
}

/**
 * Whether the award buys the vendor's product, not something else with the product added on the
 * way: its base record says so when the files hold it (an integrator's maintenance contract that a
 * modification adds "MICROSOFT G5 LICENSES" to is not a resale of Microsoft); otherwise at least half
 * of its records do (an award begun before the files' first year).
 */
export function buysVendor(award: ResoldAward, vendor: Vendor): boolean {
  if (award.base) return award.base.has(vendor);
  return (award.boughtRows.get(vendor) ?? 0) * 2 >= award.rows;
}

/** The vendor's own awards are direct: its mapped company, or its name in the recipient's. */
const ownAward = (award: ResoldAward, vendor: Vendor) => (vendor.company !== null && award.company === vendor.company) || vendor.pattern.test(award.recipient.toUpperCase());

/** Wording of a change to the contract, not of what it buys. */
const CHANGE_WORDS = /\b(?:MODIFICATION|MOD|CLOSE-?OUT|EXERCISE[SD]?|FUND(?:ING|S)?|DE-?OBLIGAT\w*|OPTION (?:YEAR|PERIOD))\b/;

/** A description as quoted: the shortest one that does not speak of a change, clipped at a word. */
function quote(said: string[]): string {
  const plain = said.filter((d) => !CHANGE_WORDS.test(d.toUpperCase()));
  const text = [...(plain.length ? plain : said)].sort((a, b) => a.length - b.length || a.localeCompare(b))[0]!.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUOTE) return text;
  return `${text.slice(0, MAX_QUOTE).replace(/\s+\S*$/, '')} …`;
}

export interface ResoldGroup {
  vendor: Vendor;
  agency: string;
  reseller: string;
  awards: Counted[];
}

/** Awards counted per vendor × reseller × agency, for every vendor (with or without a company). */
export function resoldGroups(result: Pick<ImportResult, 'resold'>): ResoldGroup[] {
  const groups = new Map<string, ResoldGroup>();
  for (const award of result.resold) {
    for (const [vendor, said] of award.bought) {
      if (ownAward(award, vendor) || !buysVendor(award, vendor)) continue;
      const counted = count(award, said);
      if (!counted) continue;
      const key = `${vendor.name}|${award.agency}|${normalizeName(award.recipient)}`;
      const group = groups.get(key) ?? { vendor, agency: award.agency, reseller: award.recipient, awards: [] };
      group.awards.push(counted);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** One vendor's resales, summed over its resellers: what the importer and the coverage report print. */
export interface ResoldVendorLine {
  vendor: string;
  /** Its dataset company, or null when it has none (found, not flagged). */
  company: string | null;
  resellers: number;
  awards: number;
  usd: number;
}

/** Per vendor, its resellers, awards and dollars, the largest first; `companies`: the dataset's ids. */
export function resoldByVendor(result: Pick<ImportResult, 'resold'>, companies: ReadonlySet<string>): ResoldVendorLine[] {
  const byVendor = new Map<string, ResoldVendorLine>();
  for (const group of resoldGroups(result)) {
    const company = group.vendor.company && companies.has(group.vendor.company) ? group.vendor.company : null;
    const line = byVendor.get(group.vendor.name) ?? { vendor: group.vendor.name, company, resellers: 0, awards: 0, usd: 0 };
    line.resellers += 1;
    line.awards += group.awards.length;
    line.usd += group.awards.reduce((n, a) => n + a.usd, 0);
    byVendor.set(group.vendor.name, line);
  }
  return [...byVendor.values()].sort((a, b) => b.usd - a.usd || a.vendor.localeCompare(b.vendor));
}

/**
 * The facts per dataset company. `retrievedOn` and `copyOf` give each fiscal year's retrieval date
 * and the copy its records were read in, as for the company's own award facts.
 */
export function toResoldFacts(
  result: Pick<ImportResult, 'resold' | 'truncated' | 'lastActionDate'>,
  retrievedOn: (fiscalYear: number) => string,
  copyOf: (fiscalYear: number) => string | undefined = () => undefined,
): Record<string, Contract[]> {
  const out: Record<string, Contract[]> = {};
  for (const group of resoldGroups(result)) {
    const company = group.vendor.company;
    if (!company) continue;
    const agency = AGENCY_LABELS[group.agency] ?? group.agency;
    const awards = group.awards.sort((a, b) => b.usd - a.usd || a.award.id.localeCompare(b.award.id));
    const total = round(awards.reduce((n, a) => n + a.usd, 0));
    const first = Math.min(...awards.map((a) => a.first));
    const last = Math.max(...awards.map((a) => a.last));
    const retrieved = retrievedOn(last);
    const through = recordsThrough(result, last, retrieved);
    const before = awards.some((a) => [...a.award.byYear.keys()].some((fy) => result.truncated.has(`${group.agency}|${fy}`)));
    const years = first === last ? `fiscal year ${last}` : `fiscal years ${first}–${last}`;
    const name = group.vendor.name;
    const top = awards.slice(0, 3);
    (out[company] ??= []).push({
      id: `${company}-resold-${agency.toLowerCase()}-${slug(group.reseller)}`,
      kind: 'contract',
      relation: 'via-third-party',
      agency,
      claim: `Federal award records: ${agency} obligated ${usd(total)}${before ? ' before de-obligations' : ''} in ${years}${through ? ` (records through ${through})` : ''} to ${group.reseller}, a reseller, on ${awards.length} award${awards.length === 1 ? '' : 's'} whose descriptions name ${name} products: “${quote(awards[0]!.said)}”. The money went to the reseller; the records do not say what ${name} received.`,
      date: `${last}`,
      ...(before ? { note: `Some of these ${agency} records were cut short by the file's producer before their de-obligations, so the net amount is lower than this.` } : {}),
      period: { start: `${first - 1}-10-01`, end: fiscalYearEnd(last), ...(through ? { recordsThrough: through } : {}) },
      amount: { usd: total, kind: 'obligated', ...(before ? { basis: 'before-deobligations' as const } : {}) },
      awardIds: top.map((a) => a.award.id),
      via: group.reseller,
      sources: top.map((a) => ({
        url: awardPage(a.award.id),
        title: `Award ${a.award.piid ?? a.award.id} to ${group.reseller} (${usd(a.usd)} in FY${a.first === a.last ? a.last : `${a.first}–FY${a.last}`})`,
        quote: quote(a.said),
        publisher: 'USAspending.gov (federal award records)',
        date: retrievedOn(a.last),
        confidence: 'seen' as const,
        primary: true,
        ...(copyOf(a.last) ? { archivedUrl: copyOf(a.last)! } : {}),
      })),
      ref: `${RESOLD_REF}${company}:${group.agency}:${slug(group.reseller)}`,
    });
  }
  for (const facts of Object.values(out)) facts.sort((a, b) => b.amount!.usd - a.amount!.usd || a.id.localeCompare(b.id));
  return out;
}

/**
 * Everything data/imported/usaspending.json holds per company: its own award facts and years of money
 * taken back, then the resales of its products, companies in id order. Fails when a vendor's company
 * has no file.
 */
export function bundledFacts(
  result: ImportResult,
  names: Map<string, string>,
  retrievedOn: (fiscalYear: number) => string,
  copyOf: (fiscalYear: number) => string | undefined = () => undefined,
): Record<string, unknown[]> {
  const facts: Record<string, unknown[]> = importedFacts(result, names, retrievedOn, copyOf);
  const resold = toResoldFacts(result, retrievedOn, copyOf);
  const noFile = Object.keys(resold).filter((id) => !names.has(id));
  if (noFile.length) throw new ImportError(`scripts/usaspending/resold-vendors.ts names companies that have no file in data/companies: ${noFile.join(', ')}`);
  for (const [id, list] of Object.entries(resold)) facts[id] = [...(facts[id] ?? []), ...list];
  return Object.fromEntries(Object.entries(facts).sort(([a], [b]) => a.localeCompare(b)));
}
