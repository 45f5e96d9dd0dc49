import type { Profile } from './profile';

/**
 * m[a][b] = ballots preferring a to b. A ranked option beats every option the ballot left
 * unranked; unranked options tie with each other, so they add nothing between themselves.
 * Accumulated in one flat array (m[a*c+b]) for speed, returned as rows.
 */
export function pairwiseMatrix(p: Profile): number[][] {
  const { c, flat, offsets, counts } = p;
  const acc = new Float64Array(c * c);
  const stamp = new Int32Array(c);
  for (let g = 0; g < counts.length; g++) {
    const n = counts[g] as number;
    const start = offsets[g] as number;
    const end = offsets[g + 1] as number;
    for (let k = start; k < end; k++) stamp[flat[k] as number] = g + 1;
    for (let i = start; i < end; i++) {
      const row = (flat[i] as number) * c;
      for (let j = i + 1; j < end; j++) {
        const cell = row + (flat[j] as number);
        acc[cell] = (acc[cell] as number) + n;
      }
      if (end - start < c)
        for (let u = 0; u < c; u++)
          if (stamp[u] !== g + 1) acc[row + u] = (acc[row + u] as number) + n;
    }
  }
  return Array.from({ length: c }, (_, a) => Array.from(acc.subarray(a * c, a * c + c)));
}
