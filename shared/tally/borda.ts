import type { Profile } from './profile';

/**
 * Borda: c-1 … 0 points by position; the points of the positions a ballot left empty are shared
 * equally among its unranked options, so each gets (c-k-1)/2 for a ballot ranking k options.
 * Counting in half-points keeps every sum an exact integer until the final division.
 */
export function bordaScores(p: Profile): number[] {
  const c = p.c;
  const half = new Array<number>(c).fill(0);
  const ranked = new Uint8Array(c);
  for (const g of p.groups) {
    const r = g.ranks;
    const n = g.count;
    for (let i = 0; i < r.length; i++)
      half[r[i] as number] = (half[r[i] as number] as number) + 2 * (c - 1 - i) * n;
    const k = r.length;
    if (k < c) {
      ranked.fill(0);
      for (const i of r) ranked[i] = 1;
      const share = (c - k - 1) * n;
      for (let u = 0; u < c; u++) if (ranked[u] === 0) half[u] = (half[u] as number) + share;
    }
  }
  return half.map((h) => h / 2);
}
