/**
 * Amazon product pages: the byline ("Visit the Dell Store", "Brand: Dell") and the "Brand" row of
 * the product overview table.
 */
import { textOf, type PageSignal, type SiteExtractor } from '../types';

export function brandFromByline(text: string): string | null {
  const store = /^Visit the (.+?) Store$/i.exec(text);
  if (store) return store[1]!.trim();
  const brand = /^Brand:\s*(.+)$/i.exec(text);
  return brand ? brand[1]!.trim() : null;
}

export const amazon: SiteExtractor = {
  domains: ['amazon.com'],
  extract(doc) {
    const out: PageSignal[] = [];
    const byline = textOf(doc, ['#bylineInfo']);
    const fromByline = byline ? brandFromByline(byline) : null;
    if (fromByline) out.push({ name: fromByline, role: 'brand', source: 'page' });
    const row = textOf(doc, ['#productOverview_feature_div tr.po-brand td:last-child', 'tr.po-brand td.a-span9']);
    if (row) out.push({ name: row, role: 'brand', source: 'page' });
    return out;
  },
};
