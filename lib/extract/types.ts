/**
 * A company name read off a page, with what it names and where it was found. A plain type here, so
 * the content script carries no zod; the background validates it with `PageSignal` in lib/messages.ts.
 */
export interface PageSignal {
  name: string;
  role: 'employer' | 'brand';
  source: 'structured-data' | 'page';
  /** For a brand: the name of the product it is the brand of (Product.name, else the page's title). */
  product?: string;
}

/** One site's page reader: used only where the URL and structured data say nothing. */
export interface SiteExtractor {
  /** Registrable domains it handles, e.g. `linkedin.com`. */
  domains: string[];
  /** `url` is the page's address: readers look at its path (a LinkedIn company page, an Amazon store). */
  extract(doc: Document, url: URL): PageSignal[];
}

/**
 * Characters a reader cannot see but a page can use to disguise a name: direction overrides and
 * isolates (which reverse what follows, "Palantir Technologies\u202E ✅✅"), zero-width spaces and
 * joiners, soft hyphens, word joiners, invisible fillers.
 */
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;

/** The text as a reader sees it: invisible characters removed, runs of space made one, trimmed. */
export function visibleText(text: string | null | undefined): string {
  return text?.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() ?? '';
}

/** Trimmed visible text of the first element matching any selector, or null. */
export function textOf(doc: ParentNode, selectors: string[]): string | null {
  for (const selector of selectors) {
    const text = visibleText(doc.querySelector(selector)?.textContent);
    if (text) return text.slice(0, 200);
  }
  return null;
}

/** The document's title, or a named meta tag's content (`og:site_name` …), trimmed; '' when absent. */
export function titleOf(doc: Document, meta?: string): string {
  return visibleText(meta ? doc.querySelector(`meta[property="${meta}"],meta[name="${meta}"]`)?.getAttribute('content') : doc.title).slice(0, 300);
}

/** A name read from a page, when there is one: the signal, else nothing. */
export function named(name: string | null | undefined, role: PageSignal['role'], source: PageSignal['source'] = 'page'): PageSignal[] {
  const text = visibleText(name).slice(0, 200);
  return text ? [{ name: text, role, source }] : [];
}
