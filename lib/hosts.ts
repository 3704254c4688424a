/**
 * Host → company matching.
 *
 * A page's host matches a listed host when it equals it or is a subdomain of it, but the walk up the
 * labels stops at the page's registrable domain as the Public Suffix List defines it (private
 * suffixes included). So `aws.amazon.com` finds `amazon.com`, while `octocat.github.io` never finds
 * `github.io` or anything above it, and `wayfair.com.example.net` never finds `wayfair.com`. The
 * lookup is a handful of Map probes, one per label below the registrable domain.
 */
import { parse } from 'tldts';

const PSL_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;

/**
 * Normalises a host or URL to the lower-case ASCII host name the dataset stores: no scheme, port,
 * path, credentials or trailing dot; Unicode (IDN) hosts become punycode. Returns null for anything
 * that is not a DNS host name (IP addresses, empty strings, garbage).
 */
export function normalizeHost(input: string): string | null {
  let raw = input.trim();
  if (!raw) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) raw = `http://${raw}`;
  let hostname: string;
  try {
    hostname = new URL(raw).hostname;
  } catch {
    return null;
  }
  hostname = hostname.toLowerCase().replace(/\.+$/, '');
  if (!hostname || hostname.startsWith('[') || /^\d+(\.\d+){3}$/.test(hostname)) return null;
  if (!/^[a-z0-9.-]+$/.test(hostname) || hostname.includes('..')) return null;
  return hostname;
}

/** The registrable domain (eTLD+1, private suffixes included), or null for a bare suffix. */
export function getRegistrableDomain(host: string): string | null {
  return parse(host, PSL_OPTIONS).domain;
}

/** True when the host is itself a public suffix (e.g. `co.uk`, `github.io`), which no company owns. */
export function isPublicSuffix(host: string): boolean {
  const result = parse(host, PSL_OPTIONS);
  return result.domain === null || result.publicSuffix === host;
}

export interface HostHit<T> {
  /** The listed host that matched (equal to, or a parent domain of, the page's host). */
  rule: string;
  value: T;
}

/** The listed hosts to try for a page host, most specific first, never above its registrable domain. */
export function candidateHosts(host: string): string[] {
  const domain = getRegistrableDomain(host);
  if (!domain) return [];
  const out: string[] = [];
  let current = host;
  while (true) {
    out.push(current);
    if (current === domain) break;
    const dot = current.indexOf('.');
    if (dot < 0) break;
    current = current.slice(dot + 1);
    if (current.length < domain.length) break;
  }
  return out;
}

export class HostIndex<T> {
  private readonly rules = new Map<string, T>();

  /** Adds a rule; returns the value already holding this host, if any (the caller decides). */
  add(host: string, value: T): T | undefined {
    const existing = this.rules.get(host);
    if (existing === undefined) this.rules.set(host, value);
    return existing;
  }

  get size(): number {
    return this.rules.size;
  }

  lookup(urlOrHost: string): HostHit<T> | null {
    const host = normalizeHost(urlOrHost);
    if (!host) return null;
    for (const candidate of candidateHosts(host)) {
      const value = this.rules.get(candidate);
      if (value !== undefined) return { rule: candidate, value };
    }
    return null;
  }
}

/**
 * WebExtension match patterns for the listed hosts: `*://*.example.com/*` matches the bare host and
 * every subdomain. Hosts already covered by a listed parent are dropped.
 */
export function toMatchPatterns(hosts: Iterable<string>): string[] {
  const all = new Set(hosts);
  const kept = [...all].filter((host) => {
    for (const candidate of candidateHosts(host).slice(1)) if (all.has(candidate)) return false;
    return true;
  });
  return kept.sort().map((host) => `*://*.${host}/*`);
}
