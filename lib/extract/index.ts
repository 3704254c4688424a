/**
 * Reads the employer or brand a page is about: schema.org data first, then the one site reader for
 * this host (one file per site in ./sites). Returns at most a few short names; the background decides
 * what they match.
 */
import { titleOf, visibleText, type PageSignal, type SiteExtractor } from './types';
import { extractStructuredData } from './structured-data';
import { amazon } from './sites/amazon';
import { ashby } from './sites/ashby';
import { bestbuy } from './sites/bestbuy';
import { dice } from './sites/dice';
import { ebay } from './sites/ebay';
import { glassdoor } from './sites/glassdoor';
import { greenhouse } from './sites/greenhouse';
import { indeed } from './sites/indeed';
import { lever } from './sites/lever';
import { linkedin } from './sites/linkedin';
import { specTable } from './sites/spec-table';
import { target } from './sites/target';
import { walmart } from './sites/walmart';
import { workday } from './sites/workday';
import { ziprecruiter } from './sites/ziprecruiter';

export const SITE_EXTRACTORS: SiteExtractor[] = [
  linkedin, indeed, glassdoor, greenhouse, lever, ashby, workday, dice, ziprecruiter,
  amazon, walmart, target, bestbuy, ebay, specTable,
];

export function getSiteExtractor(host: string): SiteExtractor | undefined {
  const h = host.toLowerCase();
  return SITE_EXTRACTORS.find((e) => e.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

/** `where`: the page's address (a bare host name is taken as that host's home page). */
export function extractPageSignals(doc: Document, where: string): PageSignal[] {
  let url: URL;
  try {
    url = new URL(where.includes('://') ? where : `https://${where}/`);
  } catch {
    return [];
  }
  const signals = [...extractStructuredData(doc), ...(getSiteExtractor(url.hostname)?.extract(doc, url) ?? [])];
  const seen = new Set<string>();
  // A brand is read with the product it names (a store's title is the product's name): some brands
  // count only on their own kind of product (data/schema.ts, Brand.productWords).
  const title = titleOf(doc);
  return signals
    // Every reader's names, as a reader of the page sees them (a page's invisible characters go).
    .map((s) => ({ ...s, name: visibleText(s.name), ...(s.product ? { product: visibleText(s.product) } : {}) }))
    .filter((s) => s.name)
    .map((s) => (s.role === 'brand' && !s.product && title ? { ...s, product: title } : s))
    .filter((s) => {
      const key = `${s.role}|${s.source}|${s.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 12);
}
