/**
 * Best Buy product pages. The product's SKU comes from the address (bestbuy.ca
 * …/product/<name>/14551914; bestbuy.com's current layout …/product/<name>/<code>/sku/6525421, its older
 * one …/site/<name>/6525421.p?skuId=6525421), and the brand is read only where it belongs to that
 * product, never to another one on the page (a carousel, "similar items"):
 * - the older bestbuy.com brand link above the title;
 * - the page's data, in the object of the product whose SKU that is (`"skuId":"6525421" … "brand":"Anker"`,
 *   or bestbuy.ca's `"sku"` … `"brandName"`);
 * - else the current layout's brand link, a link to the search filtered on one brand
 *   (`qp=brand_facet%3DBrand~Anker`), taken only when every such one-brand link of the page agrees and
 *   the product's name (its heading, else the page's title) starts with that brand, as Best Buy writes
 *   it ("Anker - MagGo Power Bank …"): a lone link of another product is not this one's brand.
 */
import { named, textOf, titleOf, type SiteExtractor } from '../types';

/** The SKU of the product the page is about, from its address. */
function skuOf(url: URL): string | undefined {
  return (
    /\/product\/[^/]+\/(\d{5,12})\/?$/.exec(url.pathname)?.[1] ??
    /\/product\/[^/]+\/[^/]+\/sku\/(\d{5,12})\/?$/.exec(url.pathname)?.[1] ??
    (/\.p$/.test(url.pathname) ? /^\d{5,12}$/.exec(url.searchParams.get('skuId') ?? '')?.[0] : undefined)
  );
}

/** The brand the page's data gives the product with this SKU. */
function brandInData(doc: Document, sku: string): string | undefined {
  const inProduct = new RegExp(`"sku(?:Id)?":"?${sku}"?,[^{}]{0,2000}?"brand(?:Name)?":"([^"\\\\]{1,80})"`);
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const brand = inProduct.exec((script.textContent ?? '').slice(0, 2_000_000))?.[1];
    if (brand) return brand;
  }
  return undefined;
}

/** The brands of the page's links to a search filtered on exactly one brand. */
function facetBrands(doc: Document): string[] {
  const brands = new Set<string>();
  const links = doc.querySelectorAll<HTMLAnchorElement>('a[href*="brand_facet"]');
  for (let i = 0; i < links.length && i < 200; i++) {
    let query: string;
    try {
      query = decodeURIComponent(new URL(links[i]!.getAttribute('href') ?? '', 'https://www.bestbuy.com/').searchParams.get('qp') ?? '');
    } catch {
      continue;
    }
    const values = query.split('^').filter((part) => part.startsWith('brand_facet='));
    const brand = values.length === 1 ? /^brand_facet=Brand~(.{1,80})$/.exec(values[0]!)?.[1]?.trim() : undefined;
    if (brand) brands.add(brand);
  }
  return [...brands];
}

export const bestbuy: SiteExtractor = {
  domains: ['bestbuy.com', 'bestbuy.ca'],
  extract(doc, url) {
    const link = textOf(doc, ['[data-testid="brand-link"]', '.product-title-brand a', 'a[data-lid="ubr_mby_hdr"]']);
    if (link) return named(link, 'brand');
    const sku = skuOf(url);
    if (!sku) return [];
    const data = brandInData(doc, sku);
    if (data) return named(data, 'brand');
    const facets = facetBrands(doc);
    const title = (textOf(doc, ['h1']) ?? titleOf(doc)).toLowerCase();
    return facets.length === 1 && title.startsWith(facets[0]!.toLowerCase()) ? named(facets[0], 'brand') : [];
  },
};
