import type { Profile } from './profile';

/** Ballots putting each option 1st. */
export function firstChoiceCounts(p: Profile): number[] {
  const f = new Array<number>(p.c).fill(0);
  for (const g of p.groups) {
    const o = g.ranks[0] as number;
    f[o] = (f[o] as number) + g.count;
  }
  return f;
}

/** dist[o][i]: non-blank ballots putting option o at position i+1; dist[o][c]: leaving it unranked. */
export function rankDistribution(p: Profile): number[][] {
  const c = p.c;
  const dist = Array.from({ length: c }, () => new Array<number>(c + 1).fill(0));
  let nonBlank = 0;
  for (const g of p.groups) {
    nonBlank += g.count;
    for (let i = 0; i < g.ranks.length; i++) {
      const row = dist[g.ranks[i] as number] as number[];
      row[i] = (row[i] as number) + g.count;
    }
  }
  for (const row of dist) {
    let ranked = 0;
    for (let i = 0; i < c; i++) ranked += row[i] as number;
    row[c] = nonBlank - ranked;
  }
  return dist;
}
