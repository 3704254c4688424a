/** Best Buy product pages: the brand link above the product title. */
import { textOf, type SiteExtractor } from '../types';

export const bestbuy: SiteExtractor = {
  domains: ['bestbuy.com'],
  extract(doc) {
    const name = textOf(doc, ['[data-testid="brand-link"]', '.product-title-brand a', 'a[data-lid="ubr_mby_hdr"]']);
    return name ? [{ name, role: 'brand', source: 'page' }] : [];
  },
};
