import { z } from 'zod';

/** A company name read off a page, with what it names and where it was found. */
export const PageSignal = z.strictObject({
  name: z.string().min(1).max(200),
  role: z.enum(['employer', 'brand']),
  source: z.enum(['structured-data', 'page']),
});
export type PageSignal = z.infer<typeof PageSignal>;

/** One site's page reader: used only where the URL and structured data say nothing. */
export interface SiteExtractor {
  /** Registrable domains it handles, e.g. `linkedin.com`. */
  domains: string[];
  extract(doc: Document): PageSignal[];
}

/** Trimmed visible text of the first element matching any selector, or null. */
export function textOf(doc: ParentNode, selectors: string[]): string | null {
  for (const selector of selectors) {
    const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text.slice(0, 200);
  }
  return null;
}
