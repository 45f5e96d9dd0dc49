import type { Tiers } from './types';

/** Tiers by descending score; equal scores share a tier. Within a tier, options keep their given order. */
export function tiersFromScores(options: readonly string[], scores: readonly number[]): Tiers {
  const idx = options
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const tiers: Tiers = [];
  let last = Number.NaN;
  for (const i of idx) {
    const s = scores[i] as number;
    if (tiers.length > 0 && s === last)
      (tiers[tiers.length - 1] as string[]).push(options[i] as string);
    else tiers.push([options[i] as string]);
    last = s;
  }
  return sortTiers(options, tiers);
}

/**
 * Tiers from a strict "beats" relation that is transitive (Schulze's is): each tier is the set
 * of remaining options that no remaining option beats.
 */
export function tiersFromBeats(
  options: readonly string[],
  beats: (a: number, b: number) => boolean,
): Tiers {
  const c = options.length;
  const remaining = new Set<number>(options.map((_, i) => i));
  const tiers: Tiers = [];
  while (remaining.size > 0) {
    const top = [...remaining].filter((a) => ![...remaining].some((b) => b !== a && beats(b, a)));
    // A cycle cannot happen for a transitive relation; if it ever did, report the rest as one tie
    // rather than loop forever or drop options.
    const tier = top.length > 0 ? top : [...remaining];
    for (const a of tier) remaining.delete(a);
    tiers.push(tier.sort((x, y) => x - y).map((i) => options[i] as string));
    if (tiers.length > c) break;
  }
  return tiers;
}

function sortTiers(options: readonly string[], tiers: Tiers): Tiers {
  const pos = new Map(options.map((o, i) => [o, i]));
  return tiers.map((t) => t.sort((a, b) => (pos.get(a) as number) - (pos.get(b) as number)));
}

/** Index of the first tier where two orders differ as sets, or -1 when they are the same. */
export function firstDifference(a: Tiers, b: Tiers): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.length !== y.length) return i;
    const ys = new Set(y);
    if (!x.every((o) => ys.has(o))) return i;
  }
  return -1;
}
