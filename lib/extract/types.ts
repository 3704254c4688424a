/**
 * A company name read off a page, with what it names and where it was found. A plain type here, so
 * the content script carries no zod; the background validates it with `PageSignal` in lib/messages.ts.
 */
export interface PageSignal {
  name: string;
  role: 'employer' | 'brand';
  source: 'structured-data' | 'page';
}

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
