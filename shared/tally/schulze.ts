import { tiersFromBeats } from './tiers';
import type { Tiers } from './types';

/** Strongest path strengths with winning votes: a link a→b weighs m[a][b] when a wins that duel. */
export function schulzePaths(m: readonly (readonly number[])[]): number[][] {
  const c = m.length;
  const d = m.map((row, a) => row.map((v, b) => (a !== b && v > (m[b]?.[a] as number) ? v : 0)));
  for (let k = 0; k < c; k++) {
    const dk = d[k] as number[];
    for (let a = 0; a < c; a++) {
      if (a === k) continue;
      const da = d[a] as number[];
      const ak = da[k] as number;
      if (ak === 0) continue;
      for (let b = 0; b < c; b++) {
        if (b === a || b === k) continue;
        const via = Math.min(ak, dk[b] as number);
        if (via > (da[b] as number)) da[b] = via;
      }
    }
  }
  return d;
}

/** Schulze tiers: a is above b when its strongest path to b is stronger than b's to a. */
export function schulzeOrder(options: readonly string[], d: readonly (readonly number[])[]): Tiers {
  return tiersFromBeats(options, (a, b) => (d[a]?.[b] as number) > (d[b]?.[a] as number));
}
