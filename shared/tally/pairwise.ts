import type { Profile } from './profile';

/**
 * m[a][b] = ballots preferring a to b. A ranked option beats every option the ballot left
 * unranked; unranked options tie with each other, so they add nothing between themselves.
 */
export function pairwiseMatrix(p: Profile): number[][] {
  const c = p.c;
  const m: number[][] = Array.from({ length: c }, () => new Array<number>(c).fill(0));
  const ranked = new Uint8Array(c);
  for (const g of p.groups) {
    const r = g.ranks;
    const n = g.count;
    ranked.fill(0);
    for (const i of r) ranked[i] = 1;
    for (let i = 0; i < r.length; i++) {
      const row = m[r[i] as number] as number[];
      for (let j = i + 1; j < r.length; j++) {
        const b = r[j] as number;
        row[b] = (row[b] as number) + n;
      }
      for (let u = 0; u < c; u++) if (ranked[u] === 0) row[u] = (row[u] as number) + n;
    }
  }
  return m;
}
