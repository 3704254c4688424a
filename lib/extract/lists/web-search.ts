/**
 * Web search results on Google, Bing and DuckDuckGo: the host each organic result links to. Bing
 * and DuckDuckGo's no-script page link through their own redirect; the address it leads to is in
 * the link (Bing: `u=a1<base64url>`, DuckDuckGo: `uddg=<encoded>`).
 */
import { hostOf, type ListEntry, type ListReader } from './types';

function resultsOf(doc: Document, selector: string, limit: number, target: (href: string) => string | undefined): ListEntry[] {
  const out: ListEntry[] = [];
  for (const element of doc.querySelectorAll(selector)) {
    if (out.length >= limit) break;
    const link = element.closest('a') ?? element.querySelector('a');
    const host = hostOf(target(link?.getAttribute('href') ?? ''));
    if (link && host) out.push({ anchor: link, host });
  }
  return out;
}

export const googleResults: ListReader = {
  domains: ['google.com'],
  path: /^\/search/,
  read: (doc, limit) => resultsOf(doc, '#search a h3', limit, (href) => href),
};

export function bingTarget(href: string): string {
  try {
    const url = new URL(href, 'https://www.bing.com/');
    const encoded = url.hostname.endsWith('bing.com') && url.pathname === '/ck/a' ? url.searchParams.get('u') : null;
    if (!encoded?.startsWith('a1')) return href;
    return atob(encoded.slice(2).replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return '';
  }
}

export const bingResults: ListReader = {
  domains: ['bing.com'],
  path: /^\/search/,
  read: (doc, limit) => resultsOf(doc, 'li.b_algo h2 a', limit, bingTarget),
};

export function duckduckgoTarget(href: string): string {
  try {
    const url = new URL(href, 'https://duckduckgo.com/');
    return url.hostname.endsWith('duckduckgo.com') && url.pathname === '/l/' ? (url.searchParams.get('uddg') ?? '') : href;
  } catch {
    return '';
  }
}

export const duckduckgoResults: ListReader = {
  domains: ['duckduckgo.com'],
  path: /^\/(?:html\/?)?$/,
  read: (doc, limit) => resultsOf(doc, 'a[data-testid="result-title-a"], a.result__a', limit, duckduckgoTarget),
};
