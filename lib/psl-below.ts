/**
 * Whether the Public Suffix List has any rule strictly below a host (`s3.amazonaws.com` below
 * `amazonaws.com`). For a listed host with none, every subdomain's registrable domain lies at or
 * above it, so a subdomain match needs no PSL lookup at all; only the few listed hosts with rules
 * below them pay for one per page. Computed once per listed host, at index build.
 *
 * tldts exposes no rule enumeration, so this walks the trie tldts ships (the same data its own
 * lookups use). tests/unit/psl-below.test.ts pins the answer against tldts's public `parse`, so a
 * change of that layout in a tldts upgrade fails the tests rather than matching wrongly; and when the
 * data does not have the expected shape, every host counts as having rules below (always correct,
 * only slower).
 */
import { edgeChild, edgeLength, edgeStart, labelText, nodeFlags, rulesRoot } from 'tldts/dist/es6/src/data/trie.js';

interface SuffixSets {
  /** Domains that are themselves rules (`github.io`, `co.uk`). */
  rules: Set<string>;
  /** Domains with rules below them (`amazonaws.com`, `com`). */
  parents: Set<string>;
  /** Domains whose every subdomain is a suffix by a wildcard rule (`ck` for `*.ck`). */
  wildcards: Set<string>;
}

let sets: SuffixSets | null | undefined;

/** One pass over the trie (a few thousand nodes), the first time a listed host is hit. */
function suffixSets(): SuffixSets | null {
  if (sets !== undefined) return sets;
  const starts: unknown = edgeStart;
  const ok =
    (starts instanceof Uint16Array || starts instanceof Uint32Array) &&
    edgeStart.length === nodeFlags.length + 1 &&
    edgeLength.length === edgeChild.length &&
    typeof labelText === 'string';
  if (!ok) return (sets = null);
  const offsets = new Uint32Array(edgeLength.length);
  for (let e = 0, offset = 0; e < edgeLength.length; e++) {
    offsets[e] = offset;
    offset += edgeLength[e]!;
  }
  const found: SuffixSets = { rules: new Set(), parents: new Set(), wildcards: new Set() };
  const stack: Array<[node: number, domain: string]> = [[rulesRoot, '']];
  while (stack.length) {
    const [node, domain] = stack.pop()!;
    if (domain && edgeStart[node + 1]! > edgeStart[node]!) found.parents.add(domain);
    for (let e = edgeStart[node]!; e < edgeStart[node + 1]!; e++) {
      const label = labelText.substr(offsets[e]!, edgeLength[e]!);
      if (label === '*') {
        found.wildcards.add(domain);
        continue;
      }
      const child = edgeChild[e]!;
      const name = domain ? `${label}.${domain}` : label;
      if (nodeFlags[child]) found.rules.add(name);
      stack.push([child, name]);
    }
  }
  return (sets = found);
}

/**
 * True when matching a subdomain of `host` (or `host` itself) must ask the Public Suffix List:
 * `host` is a suffix itself, has suffix rules below it, or lies under a wildcard rule. Conservative:
 * when unsure (the trie is not as expected), true.
 */
/**
 * Identifies the Public Suffix List data in use, so that answers stored with a dataset are reused
 * only by the same list (an extension update may bring a newer one).
 */
export function pslFingerprint(): string {
  return `${nodeFlags.length}:${edgeLength.length}:${labelText.length}`;
}

export function hasSuffixRulesBelow(host: string): boolean {
  const found = suffixSets();
  if (!found) return true;
  if (found.rules.has(host) || found.parents.has(host)) return true;
  for (let at = 0; at >= 0; at = host.indexOf('.', at) + 1 || -1) {
    if (found.wildcards.has(host.slice(at))) return true;
  }
  return false;
}
