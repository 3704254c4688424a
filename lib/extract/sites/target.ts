/** Target product pages: the "Shop all <brand>" link. */
import { textOf, type SiteExtractor } from '../types';

export const target: SiteExtractor = {
  domains: ['target.com'],
  extract(doc) {
    const text = textOf(doc, ['[data-test="@web/ProductDetailPage/ProductDetailBrandLink"]', 'a[data-test="shopAllBrandLink"]']);
    const name = text?.replace(/^Shop all\s+/i, '').trim();
    return name ? [{ name, role: 'brand', source: 'page' }] : [];
  },
};
