/**
 * Ballot ids (32 lowercase hex digits, already validated) → index, in an open-addressing table
 * of 128-bit keys. A JS Map of a million strings costs about a second here; this costs a
 * tenth of that and no allocation per id, growing included.
 */
export class IdTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  /** capacity: the number of ids expected; sizing for it up front avoids rehashing. */
  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(n * 4);
    this.values = new Int32Array(n).fill(-1);
    this.mask = n - 1;
  }

  /** The index stored for id, or -1 after storing `value` for it. */
  getOrAdd(id: string, value: number): number {
    return this.getOrAddAt(id, 0, value);
  }

  /** getOrAdd for the id src.slice(from, from + 32), without making that string. */
  getOrAddAt(src: string, from: number, value: number): number {
    const a = word(src, from);
    const b = word(src, from + 8);
    const c = word(src, from + 16);
    const d = word(src, from + 24);
    const keys = this.keys;
    const values = this.values;
    let slot = slotOf(a, b, c, d) & this.mask;
    for (;;) {
      const v = values[slot] as number;
      if (v === -1) break;
      const k = slot * 4;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d) return v;
      slot = (slot + 1) & this.mask;
    }
    const k = slot * 4;
    keys[k] = a;
    keys[k + 1] = b;
    keys[k + 2] = c;
    keys[k + 3] = d;
    values[slot] = value;
    if (++this.size * 2 > values.length) this.grow();
    return -1;
  }

  private grow(): void {
    const { keys, values } = this;
    const n = values.length * 2;
    const newKeys = new Uint32Array(n * 4);
    const newValues = new Int32Array(n).fill(-1);
    const mask = n - 1;
    for (let s = 0; s < values.length; s++) {
      const v = values[s] as number;
      if (v === -1) continue;
      const k = s * 4;
      const a = keys[k] as number;
      const b = keys[k + 1] as number;
      const c = keys[k + 2] as number;
      const d = keys[k + 3] as number;
      let slot = slotOf(a, b, c, d) & mask;
      while (newValues[slot] !== -1) slot = (slot + 1) & mask;
      const t = slot * 4;
      newKeys[t] = a;
      newKeys[t + 1] = b;
      newKeys[t + 2] = c;
      newKeys[t + 3] = d;
      newValues[slot] = v;
    }
    this.keys = newKeys;
    this.values = newValues;
    this.mask = mask;
  }
}

// Ids are random, but a crafted file could share low bits: mix every word into the slot.
function slotOf(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ d;
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

function word(s: string, from: number): number {
  let w = 0;
  for (let i = from; i < from + 8; i++) {
    const ch = s.charCodeAt(i);
    w = (w << 4) | (ch <= 57 ? ch - 48 : ch - 87);
  }
  return w >>> 0;
}
