/**
 * A read-only string → number table in typed arrays (open addressing, linear probing), for lookups
 * over hundreds of thousands of keys without a Map entry, an object or a string per key.
 *
 * Keys are hashed from their last character to their first (FNV-1a), so one right-to-left pass over
 * a host name yields the hash of every label suffix (`www.shop.example.com`, `shop.example.com` …)
 * and each suffix costs one probe with no string allocation: the key is compared in place against
 * the joined key text.
 *
 * A table is plain data ({ slots, text }), so it is built once when a dataset is accepted, stored
 * as is, and taken back by a cold worker without hashing anything (KeyTable.from).
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of `text.slice(start)`, computed right to left. */
export function hashFrom(text: string, start = 0): number {
  let hash = FNV_OFFSET;
  for (let i = text.length - 1; i >= start; i--) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  // A small integer, not an unsigned one: V8 keeps values past 2^31 as heap numbers.
  return hash | 0;
}

/**
 * Slots of four numbers: the key's hash, where the key starts in the joined key text, its length
 * (low 16 bits) with the caller's flags above, and its payload. A probe that misses reads one slot;
 * a hit reads the slot and the key's characters, and nothing else.
 */
const STRIDE = 4;

/** A table as stored: checked by KeyTable.from before use. */
export interface StoredKeyTable {
  slots: Int32Array<ArrayBuffer>;
  text: string;
  size: number;
}

export class KeyTable {
  private readonly slots: Int32Array<ArrayBuffer>;
  private readonly mask: number;
  /** Every key, joined: one string instead of a pointer and a header per key. */
  private readonly text: string;
  readonly size: number;
  /**
   * One bit per key hash (its high bits; slots use the low ones), about 16 bits per key: small
   * enough to stay in the CPU cache, so most probes for a suffix that is not listed (`www.` before
   * `example.com`) stop here without reading a slot from memory. Rebuilt from the slots on load.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  private constructor(stored: StoredKeyTable) {
    this.slots = stored.slots;
    this.text = stored.text;
    this.size = stored.size;
    this.mask = stored.slots.length / STRIDE - 1;
    // As many bits as slots, times eight: capacity is already at least twice the number of keys.
    const bits = Math.max(1024, (this.mask + 1) * 8);
    this.filter = new Int32Array(bits / 32);
    this.filterShift = 32 - Math.log2(bits);
    for (let at = 0; at < this.slots.length; at += STRIDE) if ((this.slots[at + 2]! & 0xffff) !== 0) this.mark(this.slots[at]!);
  }

  private mark(hash: number): void {
    const bit = hash >>> this.filterShift;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /**
   * Slot payloads are `payloads[i]` (default: i) for keys[i]; for a key listed twice the first one
   * wins. Keys are at most 65,535 characters; empty keys are left out.
   */
  static build(keys: readonly string[], payloads?: ArrayLike<number>): KeyTable {
    let capacity = 8;
    while (capacity < keys.length * 2) capacity *= 2;
    const table = new KeyTable({ slots: new Int32Array(capacity * STRIDE), text: keys.join(''), size: keys.length });
    const slots = table.slots;
    let offset = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const hash = hashFrom(key);
      if (key.length > 0 && key.length <= 0xffff && table.findHashed(hash, key, 0) === -1) {
        let slot = hash & table.mask;
        while (slots[slot * STRIDE + 2] !== 0) slot = (slot + 1) & table.mask;
        const at = slot * STRIDE;
        slots[at] = hash;
        slots[at + 1] = offset;
        slots[at + 2] = key.length;
        slots[at + 3] = payloads ? payloads[i]! : i;
        table.mark(hash);
      }
      offset += key.length;
    }
    return table;
  }

  /**
   * A stored table, after checking that every slot points inside the text and its payload is below
   * `payloadLimit`; null when it does not hold (storage outlives the code that wrote it).
   */
  static from(stored: StoredKeyTable, payloadLimit: number): KeyTable | null {
    const { slots, text } = stored;
    const capacity = slots.length / STRIDE;
    if (!(slots instanceof Int32Array) || typeof text !== 'string' || capacity < 8 || (capacity & (capacity - 1)) !== 0) return null;
    for (let at = 0; at < slots.length; at += STRIDE) {
      const length = slots[at + 2]! & 0xffff;
      const offset = slots[at + 1]!;
      const payload = slots[at + 3]!;
      if (length !== 0 && (offset < 0 || offset + length > text.length || payload < 0 || payload >= payloadLimit)) return null;
    }
    return new KeyTable(stored);
  }

  /** The plain data to store. */
  toStored(): StoredKeyTable {
    return { slots: this.slots, text: this.text, size: this.size };
  }

  /** Clears every slot's flags (for flags that are a cache of something that may have changed). */
  clearFlags(): void {
    for (let at = 2; at < this.slots.length; at += STRIDE) this.slots[at]! &= 0xffff;
  }

  /** Every key, in no particular order. */
  keys(): string[] {
    return this.usedSlots().map((slot) => this.key(slot));
  }

  /** Every slot that holds a key. */
  usedSlots(): number[] {
    const out: number[] = [];
    for (let slot = 0; slot <= this.mask; slot++) if ((this.slots[slot * STRIDE + 2]! & 0xffff) !== 0) out.push(slot);
    return out;
  }

  /** The slot of the key equal to `text.slice(start, end)` whose right-to-left hash is `hash`, or -1. */
  findHashed(hash: number, text: string, start: number, end = text.length): number {
    const length = end - start;
    // Empty keys are never stored: a zero length marks an empty slot.
    if (length === 0) return -1;
    const bit = hash >>> this.filterShift;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const keyLength = this.slots[at + 2]! & 0xffff;
      if (keyLength === 0) return -1;
      if (this.slots[at] === hash && keyLength === length && this.equals(this.slots[at + 1]!, text, start, length)) return slot;
    }
  }

  /** The slot of the key equal to `text`, or -1. */
  find(text: string): number {
    return this.findHashed(hashFrom(text), text, 0);
  }

  payload(slot: number): number {
    return this.slots[slot * STRIDE + 3]!;
  }

  key(slot: number): string {
    const at = slot * STRIDE;
    return this.text.substr(this.slots[at + 1]!, this.slots[at + 2]! & 0xffff);
  }

  /** Caller's flags on a slot (up to 16 bits), 0 until set. */
  flags(slot: number): number {
    return this.slots[slot * STRIDE + 2]! >>> 16;
  }

  setFlags(slot: number, flags: number): void {
    const at = slot * STRIDE + 2;
    this.slots[at] = (this.slots[at]! & 0xffff) | (flags << 16);
  }

  private equals(offset: number, text: string, start: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(offset + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }
}

// Reused by findLongestSuffix: lookups are synchronous, and a host name has at most 127 labels.
const STARTS = new Int32Array(128);
const HASHES = new Int32Array(128);

/**
 * The key equal to the host (`host.slice(from, to)`) or to its longest label suffix (`shop.example.com`, then
 * `example.com` …, then `com`): one right-to-left pass for every suffix's hash, then one probe each,
 * longest first. Returns the key's slot, or -1.
 */
export function findLongestSuffix(table: KeyTable, host: string, from = 0, to = host.length): number {
  let count = 0;
  let hash = FNV_OFFSET;
  for (let i = to - 1; i >= from && count < STARTS.length; i--) {
    hash = Math.imul(hash ^ host.charCodeAt(i), FNV_PRIME);
    if (i === from || host.charCodeAt(i - 1) === 46 /* . */) {
      STARTS[count] = i;
      HASHES[count] = hash;
      count++;
    }
  }
  for (let k = count - 1; k >= 0; k--) {
    const slot = table.findHashed(HASHES[k]!, host, STARTS[k]!, to);
    if (slot !== -1) return slot;
  }
  return -1;
}
