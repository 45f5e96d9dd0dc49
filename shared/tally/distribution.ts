import type { Profile } from './profile';

/** Ballots putting each option 1st. */
export function firstChoiceCounts(p: Profile): number[] {
  const f = new Float64Array(p.c);
  for (let g = 0; g < p.counts.length; g++) {
    const o = p.flat[p.offsets[g] as number] as number;
    f[o] = (f[o] as number) + (p.counts[g] as number);
  }
  return Array.from(f);
}

/** dist[o][i]: non-blank ballots putting option o at position i+1; dist[o][c]: leaving it unranked. */
export function rankDistribution(p: Profile): number[][] {
  const { c, flat, offsets, counts } = p;
  const acc = new Float64Array(c * (c + 1));
  let nonBlank = 0;
  for (let g = 0; g < counts.length; g++) {
    const n = counts[g] as number;
    nonBlank += n;
    const start = offsets[g] as number;
    const end = offsets[g + 1] as number;
    for (let k = start; k < end; k++) {
      const cell = (flat[k] as number) * (c + 1) + (k - start);
      acc[cell] = (acc[cell] as number) + n;
    }
  }
  return Array.from({ length: c }, (_, o) => {
    const row = Array.from(acc.subarray(o * (c + 1), (o + 1) * (c + 1)));
    let ranked = 0;
    for (let i = 0; i < c; i++) ranked += row[i] as number;
    row[c] = nonBlank - ranked;
    return row;
  });
}
