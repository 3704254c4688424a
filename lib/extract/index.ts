/**
 * Reads the employer or brand a page is about: schema.org data first, then the one site reader for
 * this host (one file per site in ./sites). Returns at most a few short names; the background decides
 * what they match.
 */
import type { PageSignal, SiteExtractor } from './types';
import { extractStructuredData } from './structured-data';
import { amazon } from './sites/amazon';
import { bestbuy } from './sites/bestbuy';
import { ebay } from './sites/ebay';
import { glassdoor } from './sites/glassdoor';
import { indeed } from './sites/indeed';
import { linkedin } from './sites/linkedin';
import { target } from './sites/target';
import { walmart } from './sites/walmart';

export const SITE_EXTRACTORS: SiteExtractor[] = [linkedin, indeed, glassdoor, amazon, walmart, target, bestbuy, ebay];

export function getSiteExtractor(host: string): SiteExtractor | undefined {
  const h = host.toLowerCase();
  return SITE_EXTRACTORS.find((e) => e.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

export function extractPageSignals(doc: Document, host: string): PageSignal[] {
  const signals = [...extractStructuredData(doc), ...(getSiteExtractor(host)?.extract(doc) ?? [])];
  const seen = new Set<string>();
  return signals
    .filter((s) => {
      const key = `${s.role}|${s.source}|${s.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 12);
}
