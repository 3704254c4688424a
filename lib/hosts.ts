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
const FAST_HOST = /^(?:https?:\/\/)?([a-z0-9.-]+)(?:[/?#]|$)/;
const IPV4 = /^\d+(\.\d+){3}$/;

/**
 * Normalises a host or URL to the lower-case ASCII host name the dataset stores: no scheme, port,
 * path, credentials or trailing dot; Unicode (IDN) hosts become punycode. Returns null for anything
 * that is not a DNS host name (IP addresses, empty strings, garbage).
 */
export function normalizeHost(input: string): string | null {
  // Fast path for the common case (an http(s) URL or a bare host, already lower-case, no port, no
  // credentials, no trailing dot): no URL parsing.
  const fast = FAST_HOST.exec(input);
  if (fast) {
    const host = fast[1]!;
    if (!host.includes('..') && !host.startsWith('.') && !host.endsWith('.') && !IPV4.test(host)) return host;
  }
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
  if (!hostname || hostname.startsWith('[') || IPV4.test(hostname)) return null;
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
  /** Registrable domains of hosts that hit a rule, so the PSL is asked once per host. */
  private readonly domains = new Map<string, string | null>();

  /** Adds a rule; returns the value already holding this host, if any (the caller decides). */
  add(host: string, value: T): T | undefined {
    const existing = this.rules.get(host);
    if (existing === undefined) this.rules.set(host, value);
    return existing;
  }

  get size(): number {
    return this.rules.size;
  }

  /**
   * The most specific listed host equal to the page's host or a parent domain of it: a walk up the
   * labels with one Map probe each. Only on a hit is the Public Suffix List asked (once per host,
   * then cached) whether the rule lies above the page's registrable domain, which would make it
   * someone else's site (a rule can never be a public suffix itself: the build refuses those).
   */
  lookup(urlOrHost: string): HostHit<T> | null {
    const host = normalizeHost(urlOrHost);
    if (!host) return null;
    let candidate = host;
    for (;;) {
      const value = this.rules.get(candidate);
      if (value !== undefined) {
        const domain = this.registrableDomain(host);
        return domain !== null && candidate.length >= domain.length ? { rule: candidate, value } : null;
      }
      const dot = candidate.indexOf('.');
      if (dot < 0) return null;
      candidate = candidate.slice(dot + 1);
    }
  }

  private registrableDomain(host: string): string | null {
    let domain = this.domains.get(host);
    if (domain === undefined) {
      if (this.domains.size >= 10_000) this.domains.clear();
      domain = getRegistrableDomain(host);
      this.domains.set(host, domain);
    }
    return domain;
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
