/** eBay item pages: the "Brand" row of the item specifics. */
import { type SiteExtractor } from '../types';

export const ebay: SiteExtractor = {
  domains: ['ebay.com'],
  extract(doc) {
    for (const row of doc.querySelectorAll('.ux-labels-values')) {
      const label = row.querySelector('.ux-labels-values__labels')?.textContent?.trim();
      if (label !== 'Brand') continue;
      const value = row.querySelector('.ux-labels-values__values')?.textContent?.replace(/\s+/g, ' ').trim();
      if (value) return [{ name: value.slice(0, 200), role: 'brand', source: 'page' }];
    }
    return [];
  },
};
