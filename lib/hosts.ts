/**
 * Host → company matching.
 *
 * A page's host matches a listed host when it equals it or is a subdomain of it, but the walk up the
 * labels stops at the page's registrable domain as the Public Suffix List defines it (private
 * suffixes included). So `aws.amazon.com` finds `amazon.com`, while `octocat.github.io` never finds
 * `github.io` or anything above it, and `wayfair.com.example.net` never finds `wayfair.com`. The
 * lookup is one pass over the host and a table probe per label (lib/key-table.ts); the Public Suffix
 * List is asked only for the few listed hosts that have suffix rules at or below them.
 */
import { parse } from 'tldts';
import { findLongestSuffix, KeyTable } from './key-table';
import { hasSuffixRulesBelow } from './psl-below';

const PSL_OPTIONS = { allowPrivateDomains: true, extractHostname: false } as const;
const IPV4 = /^\d+(\.\d+){3}$/;

/**
 * The host of an http(s) URL or a bare host that is already in stored form (lower-case ASCII, no
 * port, credentials or trailing dot), read without a URL parser or regular expression; else null,
 * and the caller takes the slow path.
 */
function plainHost(input: string): string | null {
  const end = plainHostEnd(input);
  return end === -1 ? null : input.slice(plainHostStart, end);
}

// Where the host found by plainHostEnd starts (no allocation for a span on the hot path).
let plainHostStart = 0;

/** The end of the plain host in `input` (its start in plainHostStart), or -1. */
function plainHostEnd(input: string): number {
  let start = 0;
  if (input.startsWith('https://')) start = 8;
  else if (input.startsWith('http://')) start = 7;
  let end = start;
  let digitsAndDots = true;
  for (; end < input.length; end++) {
    const c = input.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    const letter = c >= 97 && c <= 122;
    if (!(letter || (c >= 48 && c <= 57) || c === 45 || c === 46)) return -1;
    if (letter || c === 45) digitsAndDots = false;
    // An empty label (leading, doubled or trailing dot) needs the slow path's rules.
    if (c === 46 && (end === start || input.charCodeAt(end - 1) === 46)) return -1;
  }
  if (end === start || input.charCodeAt(end - 1) === 46 || digitsAndDots) return -1;
  plainHostStart = start;
  return end;
}

/**
 * Normalises a host or URL to the lower-case ASCII host name the dataset stores: no scheme, port,
 * path, credentials or trailing dot; Unicode (IDN) hosts become punycode. Returns null for anything
 * that is not a DNS host name (IP addresses, empty strings, garbage).
 */
export function normalizeHost(input: string): string | null {
  // Fast path for the common case (an http(s) URL or a bare host, already lower-case, no port, no
  // credentials, no trailing dot): no URL parsing.
  const plain = plainHost(input);
  if (plain !== null) return plain;
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

const UNKNOWN = 0;
/** No PSL rule below it: every subdomain's registrable domain is at or above the rule. */
const SAFE = 1;
/** A suffix itself, or with PSL rules below it (`s3.amazonaws.com`): every match asks the PSL. */
const ASK_PSL = 2;

/** A listed host rule that matched, and the number it was listed with (a company's position). */
export interface HostHit {
  /** The listed host that matched (equal to, or a parent domain of, the page's host). */
  rule: string;
  value: number;
}

export class HostIndex {
  /** Rules added one by one; null for an index made from a stored table. */
  private rules: Map<string, number> | null = new Map();
  private table: KeyTable | null = null;
  /** Registrable domains of hosts that hit a rule needing the PSL, asked once per host. */
  private readonly domains = new Map<string, string | null>();

  /**
   * An index over a table of host rules whose payloads are the rules' values. Slot flags say
   * whether a rule needs the PSL (see markPslStates); `flagsCurrent` says they were computed with
   * the PSL in use, else they are cleared and found again on each rule's first hit.
   */
  static fromTable(table: KeyTable, flagsCurrent: boolean): HostIndex {
    const index = new HostIndex();
    if (!flagsCurrent) table.clearFlags();
    index.table = table;
    index.rules = null;
    return index;
  }

  /** The rules as a table, to store. */
  toTable(): KeyTable {
    return (this.table ??= KeyTable.build([...this.rules!.keys()], [...this.rules!.values()]));
  }

  /**
   * Decides for every rule now whether a match must ask the PSL, instead of on its first hit: done
   * once when a dataset is compacted, so no lookup pays for it.
   */
  markPslStates(): KeyTable {
    const table = this.toTable();
    for (const slot of table.usedSlots()) table.setFlags(slot, hasSuffixRulesBelow(table.key(slot)) ? ASK_PSL : SAFE);
    return table;
  }

  /** Adds a rule; returns the value already holding this host, if any (the caller decides). */
  add(host: string, value: number): number | undefined {
    if (!this.rules) throw new Error('HostIndex: rules cannot be added to a stored table');
    const existing = this.rules.get(host);
    if (existing === undefined) {
      this.rules.set(host, value);
      this.table = null;
    }
    return existing;
  }

  get size(): number {
    return this.rules ? this.rules.size : this.table!.size;
  }

  /** Every listed host. */
  hosts(): string[] {
    return this.rules ? [...this.rules.keys()] : this.table!.keys();
  }

  /**
   * The most specific listed host equal to the page's host or a parent domain of it, in one
   * right-to-left pass and one table probe per label (lib/key-table.ts). A parent-domain hit counts
   * only when the rule is not above the page's registrable domain (else `octocat.github.io` would be
   * GitHub's): for a rule with no Public Suffix List entry at or below it that always holds, so only
   * rules like `amazonaws.com` make the lookup ask the PSL (lib/psl-below.ts).
   */
  lookup(urlOrHost: string): HostHit | null {
    const table = this.toTable();
    // The common case (an http(s) URL already in stored form) is hashed in place, without a copy.
    let end = plainHostEnd(urlOrHost);
    let text = urlOrHost;
    let start = plainHostStart;
    if (end === -1) {
      const normalized = normalizeHost(urlOrHost);
      if (!normalized) return null;
      [text, start, end] = [normalized, 0, normalized.length];
    }
    const slot = findLongestSuffix(table, text, start, end);
    if (slot === -1) return null;
    const rule = table.key(slot);
    let state = table.flags(slot);
    if (state === UNKNOWN) {
      state = hasSuffixRulesBelow(rule) ? ASK_PSL : SAFE;
      table.setFlags(slot, state);
    }
    const hit = { rule, value: table.payload(slot) };
    if (state === SAFE) return hit;
    // Also for an exact match: a rule that is itself a public suffix (which the dataset checks
    // refuse anyway) matches nothing.
    const host = text.slice(start, end);
    const domain = this.registrableDomain(host);
    return domain !== null && rule.length >= domain.length ? hit : null;
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
