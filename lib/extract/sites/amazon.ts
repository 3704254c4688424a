/**
 * Amazon product pages, on amazon.com and its stores abroad: the byline ("Visit the Dell Store",
 * "Brand: Dell", "Visita la tienda de Cecotec", "Besuche den Bosch-Store", "Visiter la boutique
 * Philips") and the "Brand" row of the product overview table. A book's byline names its author,
 * which is not a brand, and is left alone.
 */
import { named, textOf, type PageSignal, type SiteExtractor } from '../types';
import { STORE_DOMAINS } from '../../sites';

const STORE = /^(?:Visit the|Visita la tienda de|Visita la Store de|Visita lo Store di|Visiter la boutique|Besuche den|Besuchen Sie den)\s+(.+?)(?:-Store|\s+Store)?$/i;
const BRAND = /^(?:Brand|Marca|Marke|Marque)\s*:\s*(.+)$/i;

export function brandFromByline(text: string): string | null {
  return (STORE.exec(text) ?? BRAND.exec(text))?.[1]?.trim() || null;
}

export const amazon: SiteExtractor = {
  // Every store of lib/sites.ts: where the byline is in another language, the overview table's brand row still reads.
  domains: STORE_DOMAINS.filter((d) => d.startsWith('amazon.')),
  extract(doc) {
    const byline = textOf(doc, ['#bylineInfo']);
    // A byline that links to the brand's store or brand page and says nothing more is the brand itself.
    const link = doc.querySelector('a#bylineInfo')?.getAttribute('href') ?? '';
    const plain = /^\/stores\/|\/b\/ref=bl_|lbr_brands_browse-bin=/.test(link) ? byline : null;
    const out: PageSignal[] = named(byline ? (brandFromByline(byline) ?? plain) : null, 'brand');
    out.push(...named(textOf(doc, ['#productOverview_feature_div tr.po-brand td:last-child', 'tr.po-brand td.a-span9']), 'brand'));
    return out;
  },
};
