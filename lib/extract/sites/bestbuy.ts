/**
 * Best Buy product pages. bestbuy.com: the brand link above the product title. bestbuy.ca shows the
 * brand nowhere as text: it is in the page's product state, in the object of the product whose SKU
 * ends the address (…/product/<name>/14551914), never another product's on the page.
 */
import { named, textOf, type SiteExtractor } from '../types';

export const bestbuy: SiteExtractor = {
  domains: ['bestbuy.com', 'bestbuy.ca'],
  extract(doc, url) {
    const link = textOf(doc, ['[data-testid="brand-link"]', '.product-title-brand a', 'a[data-lid="ubr_mby_hdr"]']);
    if (link) return named(link, 'brand');
    const sku = /\/product\/[^/]+\/(\d{5,12})\/?$/.exec(url.pathname)?.[1];
    if (!sku) return [];
    const inProduct = new RegExp(`"sku":"${sku}"[^{}]{0,2000}?"brandName":"([^"\\\\]{1,80})"`);
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const brand = inProduct.exec((script.textContent ?? '').slice(0, 2_000_000))?.[1];
      if (brand) return named(brand, 'brand');
    }
    return [];
  },
};
