/** Walmart product pages: the brand link above the title. */
import { textOf, type SiteExtractor } from '../types';

export const walmart: SiteExtractor = {
  domains: ['walmart.com'],
  extract(doc) {
    const name = textOf(doc, ['a[link-identifier="brandName"]', '[data-testid="product-brand"]']);
    return name ? [{ name, role: 'brand', source: 'page' }] : [];
  },
};
