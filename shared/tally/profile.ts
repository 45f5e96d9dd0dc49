import type { RankingGroup } from './types';

/**
 * Ballots as option indices, packed for tight loops: the ranks (best first) of group g are
 * flat[offsets[g] … offsets[g+1]) and counts[g] ballots share them. Blank groups are left out
 * because they count in turnout only; `ballots` and `blank` keep them.
 */
export interface Profile {
  readonly options: readonly string[];
  readonly c: number;
  readonly flat: Int32Array;
  readonly offsets: Int32Array;
  readonly counts: Float64Array;
  readonly ballots: number;
  readonly blank: number;
}

/** Thrown for input the counting engine must not guess about (unknown or repeated options). */
export class TallyInputError extends Error {
  override readonly name = 'TallyInputError';
}

export function buildProfile(options: readonly string[], groups: Iterable<RankingGroup>): Profile {
  const index = new Map<string, number>();
  options.forEach((o, i) => {
    if (index.has(o)) throw new TallyInputError(`option "${o}" is listed twice`);
    index.set(o, i);
  });
  const c = options.length;
  const list: RankingGroup[] = [];
  let total = 0;
  let ballots = 0;
  let blank = 0;
  for (const g of groups) {
    if (!Number.isSafeInteger(g.count) || g.count < 0)
      throw new TallyInputError(`ballot count must be a non-negative integer, got ${g.count}`);
    ballots += g.count;
    if (g.ranking.length === 0) blank += g.count;
    else if (g.count > 0) {
      list.push(g);
      total += g.ranking.length;
    }
  }
  const flat = new Int32Array(total);
  const offsets = new Int32Array(list.length + 1);
  const counts = new Float64Array(list.length);
  // seen[i] === stamp marks option i as used in the current ranking, with no allocation per group.
  const seen = new Int32Array(c);
  let at = 0;
  for (let g = 0; g < list.length; g++) {
    const { ranking, count } = list[g] as RankingGroup;
    const stamp = g + 1;
    for (let k = 0; k < ranking.length; k++) {
      const id = ranking[k] as string;
      const i = index.get(id);
      if (i === undefined) throw new TallyInputError(`unknown option "${id}" in a ranking`);
      if (seen[i] === stamp)
        throw new TallyInputError(`option "${id}" ranked twice in one ranking`);
      seen[i] = stamp;
      flat[at++] = i;
    }
    offsets[g + 1] = at;
    counts[g] = count;
  }
  return { options, c, flat, offsets, counts, ballots, blank };
}
