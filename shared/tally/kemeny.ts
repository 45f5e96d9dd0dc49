/** Enumerating every optimal order can explode when everything ties (c! orders): cap the list. */
export const KEMENY_MAX_ORDERS = 1000;
/** 2^20 subsets is the most the exact dynamic programme is meant for (the election allows 20 options). */
export const KEMENY_MAX_OPTIONS = 20;

export interface KemenyResult {
  /** Agreements with the ballots' pairs: sum of m[a][b] over every a placed above b. */
  score: number;
  /** Optimal orders as option indices, at most KEMENY_MAX_ORDERS of them. */
  orders: number[][];
  /** How many optimal orders exist (may exceed the list). */
  total: number;
  truncated: boolean;
  /**
   * Tiers common to every optimal order: a boundary after position k exists when every optimal
   * order puts the same k options first. Exact even when the list is truncated.
   */
  tiers: number[][];
}

/**
 * Exact Kemeny-Young by dynamic programming over subsets: best[S] is the best score for placing
 * the options of S first, in some order. Placing v right after S \ {v} earns m[u][v] for every
 * u in S \ {v}. O(c·2^c) with the column sums split in two half-tables.
 */
export function kemeny(m: readonly (readonly number[])[]): KemenyResult {
  const c = m.length;
  if (c > KEMENY_MAX_OPTIONS)
    throw new RangeError(`Kemeny-Young is limited to ${KEMENY_MAX_OPTIONS} options`);
  if (c === 0) return { score: 0, orders: [[]], total: 1, truncated: false, tiers: [] };
  const full = (1 << c) - 1;
  const loBits = c >> 1;
  const loMask = (1 << loBits) - 1;
  // colLo[v][x] = sum of m[u][v] for u in the low-bit set x; colHi likewise for the high bits.
  const colLo: Float64Array[] = [];
  const colHi: Float64Array[] = [];
  for (let v = 0; v < c; v++) {
    const lo = new Float64Array(1 << loBits);
    for (let x = 1; x < lo.length; x++) {
      const u = 31 - Math.clz32(x & -x);
      lo[x] = (lo[x & (x - 1)] as number) + (m[u]?.[v] as number);
    }
    const hi = new Float64Array(1 << (c - loBits));
    for (let x = 1; x < hi.length; x++) {
      const u = 31 - Math.clz32(x & -x) + loBits;
      hi[x] = (hi[x & (x - 1)] as number) + (m[u]?.[v] as number);
    }
    colLo.push(lo);
    colHi.push(hi);
  }
  const gain = (s: number, v: number) =>
    ((colLo[v] as Float64Array)[s & loMask] as number) +
    ((colHi[v] as Float64Array)[s >>> loBits] as number);

  const best = new Float64Array(full + 1);
  for (let s = 1; s <= full; s++) {
    let b = -1;
    for (let rest = s; rest !== 0; rest &= rest - 1) {
      const v = 31 - Math.clz32(rest & -rest);
      const without = s & ~(1 << v);
      const val = (best[without] as number) + gain(without, v);
      if (val > b) b = val;
    }
    best[s] = b;
  }

  // Count optimal orders per subset (paths of optimal steps from the empty set).
  const ways = new Float64Array(full + 1);
  ways[0] = 1;
  const isLastOf = (s: number, v: number) => {
    const without = s & ~(1 << v);
    return (best[without] as number) + gain(without, v) === best[s];
  };
  for (let s = 1; s <= full; s++) {
    let w = 0;
    for (let rest = s; rest !== 0; rest &= rest - 1) {
      const v = 31 - Math.clz32(rest & -rest);
      if (isLastOf(s, v)) w += ways[s & ~(1 << v)] as number;
    }
    ways[s] = w;
  }

  // Subsets lying on some optimal order, found backwards from the full set.
  const onPath = new Uint8Array(full + 1);
  onPath[full] = 1;
  for (let s = full; s > 0; s--) {
    if (!onPath[s]) continue;
    for (let rest = s; rest !== 0; rest &= rest - 1) {
      const v = 31 - Math.clz32(rest & -rest);
      if (isLastOf(s, v)) onPath[s & ~(1 << v)] = 1;
    }
  }
  const bySize: number[][] = Array.from({ length: c + 1 }, () => []);
  for (let s = 0; s <= full; s++) if (onPath[s]) (bySize[popcount(s)] as number[]).push(s);
  const tiers: number[][] = [];
  let prev = 0;
  for (let k = 1; k <= c; k++) {
    const sets = bySize[k] as number[];
    if (sets.length !== 1) continue;
    const s = sets[0] as number;
    tiers.push(bitsOf(s & ~prev));
    prev = s;
  }

  const orders: number[][] = [];
  const suffix: number[] = [];
  const walk = (s: number): void => {
    if (orders.length >= KEMENY_MAX_ORDERS) return;
    if (s === 0) {
      orders.push(suffix.slice().reverse());
      return;
    }
    for (let v = 0; v < c; v++) {
      if (!(s & (1 << v)) || !isLastOf(s, v)) continue;
      suffix.push(v);
      walk(s & ~(1 << v));
      suffix.pop();
      if (orders.length >= KEMENY_MAX_ORDERS) return;
    }
  };
  walk(full);
  orders.sort(compareOrders);
  const total = ways[full] as number;
  return { score: best[full] as number, orders, total, truncated: total > orders.length, tiers };
}

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

function bitsOf(x: number): number[] {
  const out: number[] = [];
  for (let v = 0; x !== 0; v++, x >>>= 1) if (x & 1) out.push(v);
  return out;
}

function compareOrders(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}
