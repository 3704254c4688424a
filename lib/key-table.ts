/**
 * A read-only string → index table in typed arrays (open addressing, linear probing), for lookups
 * over tens of thousands of companies without a Map entry per key.
 *
 * Keys are hashed from their last character to their first (FNV-1a), so one right-to-left pass over
 * a host name yields the hash of every label suffix (`www.shop.example.com`, `shop.example.com` …)
 * and each suffix costs one probe with no string allocation: the key is compared in place with
 * `startsWith(key, start)`.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of `text.slice(start)`, computed right to left. */
export function hashFrom(text: string, start = 0): number {
  let hash = FNV_OFFSET;
  for (let i = text.length - 1; i >= start; i--) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

export class KeyTable {
  /** Pairs (hash, index + 1) side by side, so a probe that misses never touches the keys. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  /** Index i answers for keys[i]; for a key listed twice the first index wins. */
  constructor(readonly keys: readonly string[]) {
    let capacity = 8;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const hash = hashFrom(key);
      if (this.findHashed(hash, key, 0) !== -1) continue;
      let slot = hash & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = i + 1;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Index of the key equal to `text.slice(start)` whose right-to-left hash is `hash`, or -1. */
  findHashed(hash: number, text: string, start: number): number {
    const length = text.length - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot * 2 + 1]!;
      if (entry === 0) return -1;
      if (this.slots[slot * 2] === hash) {
        const key = this.keys[entry - 1]!;
        if (key.length === length && text.startsWith(key, start)) return entry - 1;
      }
    }
  }

  find(text: string): number {
    return this.findHashed(hashFrom(text), text, 0);
  }
}

// Reused by findLongestSuffix: lookups are synchronous, and a host name has at most 127 labels.
const STARTS = new Int32Array(128);
const HASHES = new Uint32Array(128);

/**
 * The key equal to the host or to its longest label suffix (`shop.example.com`, then
 * `example.com` …, then `com`): one right-to-left pass for every suffix's hash, then one probe each,
 * longest first. Returns the key's index, or -1.
 */
export function findLongestSuffix(table: KeyTable, host: string): number {
  let count = 0;
  let hash = FNV_OFFSET;
  for (let i = host.length - 1; i >= 0 && count < STARTS.length; i--) {
    hash = Math.imul(hash ^ host.charCodeAt(i), FNV_PRIME);
    if (i === 0 || host.charCodeAt(i - 1) === 46 /* . */) {
      STARTS[count] = i;
      HASHES[count] = hash >>> 0;
      count++;
    }
  }
  for (let k = count - 1; k >= 0; k--) {
    const index = table.findHashed(HASHES[k]!, host, STARTS[k]!);
    if (index !== -1) return index;
  }
  return -1;
}
