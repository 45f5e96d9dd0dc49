import type { RankingGroup } from './types';

/**
 * Ballots as option indices, the form every method works on. Blank groups are dropped here
 * because they count in turnout only; `ballots` and `blank` keep them.
 */
export interface Profile {
  readonly options: readonly string[];
  readonly c: number;
  /** Non-blank groups only; ranks are option indices, best first. */
  readonly groups: readonly IndexedGroup[];
  readonly ballots: number;
  readonly blank: number;
}

export interface IndexedGroup {
  readonly ranks: readonly number[];
  readonly count: number;
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
  const out: IndexedGroup[] = [];
  let ballots = 0;
  let blank = 0;
  for (const g of groups) {
    if (!Number.isSafeInteger(g.count) || g.count < 0)
      throw new TallyInputError(`ballot count must be a non-negative integer, got ${g.count}`);
    if (g.count === 0) continue;
    ballots += g.count;
    if (g.ranking.length === 0) {
      blank += g.count;
      continue;
    }
    const ranks: number[] = [];
    const seen = new Uint8Array(c);
    for (const id of g.ranking) {
      const i = index.get(id);
      if (i === undefined) throw new TallyInputError(`unknown option "${id}" in a ranking`);
      if (seen[i]) throw new TallyInputError(`option "${id}" ranked twice in one ranking`);
      seen[i] = 1;
      ranks.push(i);
    }
    out.push({ ranks, count: g.count });
  }
  return { options, c, groups: out, ballots, blank };
}
