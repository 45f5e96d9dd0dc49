import type { RankingGroup } from './types';

/**
 * Distinct rankings as small integers, in first-seen order: names[i] is the i-th name met, and
 * group g ranks names[ranks[start[g]]] … names[ranks[start[g+1]-1]], best first, for count[g]
 * ballots. What the counting needs, without a string array per group.
 */
export interface PackedRankings {
  readonly names: readonly string[];
  readonly groups: number;
  readonly ranks: Int32Array;
  readonly start: Int32Array;
  readonly count: Float64Array;
}

/** Groups identical rankings, in first-seen order. */
export function groupRankings(rankings: Iterable<readonly string[]>): RankingGroup[] {
  const { names, groups, ranks, start, count } = packRankings(rankings);
  const out: RankingGroup[] = new Array<RankingGroup>(groups);
  for (let g = 0; g < groups; g++) {
    const ranking: string[] = [];
    for (let k = start[g] as number; k < (start[g + 1] as number); k++)
      ranking.push(names[ranks[k] as number] as string);
    out[g] = { ranking, count: count[g] as number };
  }
  return out;
}

const RECENT_MASK = 255;

/**
 * Groups identical rankings into packed form. Built for a million ballots: each name is looked
 * up once per ballot in a small direct-mapped cache, then a Map, the ranking becomes small
 * integers hashed into an open-addressing table, and a match is confirmed by comparing
 * integers. Nothing is allocated per ballot, only per distinct ranking, so 4 options (65
 * rankings) and 10 options (mostly distinct rankings) are both fast. No key string is built,
 * so no separator can collide.
 */
export function packRankings(rankings: Iterable<readonly string[]>): PackedRankings {
  const ids = new Map<string, number>();
  const names: string[] = [];
  // Names by length and end characters, checked before the Map: options are few and usually
  // differ there, and a string comparison costs a fraction of a Map lookup. A miss is only slower.
  const recent = new Array<string | null>(RECENT_MASK + 1).fill(null);
  const recentId = new Int32Array(RECENT_MASK + 1);
  let scratch = new Int32Array(32);

  let groups = 0;
  let ranks = new Int32Array(1024); // ranks of every group, back to back
  let start = new Int32Array(64); // start[g] … start[g+1]: ranks of group g
  let count = new Float64Array(64);
  let hashes = new Int32Array(64);
  let table = new Int32Array(1024).fill(-1); // group index per slot, -1 when empty
  let mask = table.length - 1;

  const insert = (g: number) => {
    let slot = (hashes[g] as number) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = g;
  };

  for (const ranking of rankings) {
    const len = ranking.length;
    if (len > scratch.length) scratch = new Int32Array(len * 2);
    let h = 0x811c9dc5 ^ len;
    for (let i = 0; i < len; i++) {
      const name = ranking[i] as string;
      const n = name.length;
      const key =
        n === 0 ? 0 : (n * 31 + name.charCodeAt(0) * 7 + name.charCodeAt(n - 1)) & RECENT_MASK;
      let id: number;
      if (recent[key] === name) id = recentId[key] as number;
      else {
        let known = ids.get(name);
        if (known === undefined) {
          known = names.length;
          ids.set(name, known);
          names.push(name);
        }
        id = known;
        recent[key] = name;
        recentId[key] = id;
      }
      scratch[i] = id;
      h = Math.imul(h ^ id, 0x01000193);
    }
    // murmur3's finaliser: the table uses the low bits, which the multiplications alone leave poor.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    let slot = h & mask;
    for (;;) {
      const g = table[slot] as number;
      if (g === -1) {
        // A new ranking: store it and, when the table is half full, double it.
        if (groups + 1 >= count.length) {
          start = grow(start, count.length * 2 + 1);
          count = grow(count, count.length * 2);
          hashes = grow(hashes, hashes.length * 2);
        }
        const at = start[groups] as number;
        if (at + len > ranks.length) ranks = grow(ranks, (at + len) * 2);
        for (let i = 0; i < len; i++) ranks[at + i] = scratch[i] as number;
        start[groups + 1] = at + len;
        count[groups] = 1;
        hashes[groups] = h;
        table[slot] = groups;
        groups++;
        if (groups * 2 > table.length) {
          table = new Int32Array(table.length * 2).fill(-1);
          mask = table.length - 1;
          for (let k = 0; k < groups; k++) insert(k);
        }
        break;
      }
      if (
        hashes[g] === h &&
        sameRanks(ranks, start[g] as number, start[g + 1] as number, scratch, len)
      ) {
        count[g] = (count[g] as number) + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { names, groups, ranks, start, count };
}

function sameRanks(
  ranks: Int32Array,
  from: number,
  to: number,
  scratch: Int32Array,
  len: number,
): boolean {
  if (to - from !== len) return false;
  for (let i = 0; i < len; i++) if (ranks[from + i] !== scratch[i]) return false;
  return true;
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
