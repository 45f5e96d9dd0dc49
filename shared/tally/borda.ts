import type { Profile } from './profile';

/**
 * Borda: c-1 … 0 points by position; the points of the positions a ballot left empty are shared
 * equally among its unranked options, so each gets (c-k-1)/2 for a ballot ranking k options.
 * Counting in half-points keeps every sum an exact integer until the final division.
 */
export function bordaScores(p: Profile): number[] {
  const { c, flat, offsets, counts } = p;
  const half = new Float64Array(c);
  const stamp = new Int32Array(c);
  for (let g = 0; g < counts.length; g++) {
    const n = counts[g] as number;
    const start = offsets[g] as number;
    const k = (offsets[g + 1] as number) - start;
    for (let i = 0; i < k; i++) {
      const o = flat[start + i] as number;
      half[o] = (half[o] as number) + 2 * (c - 1 - i) * n;
      stamp[o] = g + 1;
    }
    if (k < c) {
      const share = (c - k - 1) * n;
      for (let u = 0; u < c; u++) if (stamp[u] !== g + 1) half[u] = (half[u] as number) + share;
    }
  }
  return Array.from(half, (h) => h / 2);
}
