/**
 * Result lists: job search results (the employer of each result) and web search results (the host
 * each result links to). A reader returns where each result names its employer or links, so that a
 * marker can go beside it; the background says which are listed companies.
 */
/** Names and hosts per list lookup at most: the background's schema and the content script's batches. */
export const LIST_BATCH = 100;

export interface ListEntry {
  /** The element the marker goes after: the result's employer name or its title link. */
  anchor: Element;
  /** A job result's employer, as the page writes it. */
  name?: string;
  /** A web result's host (lower case). */
  host?: string;
}

export interface ListReader {
  /** Registrable domains it handles. */
  domains: string[];
  /** Pages of the site that are result lists. */
  path: RegExp;
  /** Up to `limit` results, first in document order. */
  read(doc: Document, limit: number): ListEntry[];
}

/** Up to `limit` elements matching any of the selectors, in document order, each with its text. */
export function namedEntries(doc: Document, selector: string, limit: number): ListEntry[] {
  const out: ListEntry[] = [];
  for (const anchor of doc.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    const name = anchor.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (name) out.push({ anchor, name });
  }
  return out;
}

/** The host of a result link, or undefined for anything but an http(s) address. */
export function hostOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://invalid.example/');
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== 'invalid.example' ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
