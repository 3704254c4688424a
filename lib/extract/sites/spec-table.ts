/**
 * Stores whose product pages state the brand in a specifications table (Home Depot, Lowe's, Newegg,
 * Costco), where schema.org data is missing: the value beside a "Brand" label (a table row, a
 * definition list, or label and value side by side). The first few labels only, in document order.
 */
import { named, type SiteExtractor } from '../types';

const MAX_LABELS = 400;

export const specTable: SiteExtractor = {
  domains: ['homedepot.com', 'lowes.com', 'newegg.com', 'costco.com'],
  extract(doc) {
    let seen = 0;
    for (const label of doc.querySelectorAll('th, dt, td, .spec-name')) {
      if (++seen > MAX_LABELS) break;
      if (!/^Brand(?: Name)?:?$/i.test(label.textContent?.trim() ?? '')) continue;
      return named(label.nextElementSibling?.textContent, 'brand');
    }
    return [];
  },
};
