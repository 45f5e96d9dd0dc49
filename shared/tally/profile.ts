import type { PackedRankings } from './group';
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

function optionIndex(options: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  options.forEach((o, i) => {
    if (index.has(o)) throw new TallyInputError(`option "${o}" is listed twice`);
    index.set(o, i);
  });
  return index;
}

export function buildProfile(options: readonly string[], groups: Iterable<RankingGroup>): Profile {
  const index = optionIndex(options);
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

/**
 * The profile of packed rankings (see packRankings): the same as buildProfile on the unpacked
 * groups, errors included, but each distinct name is looked up once, not once per group.
 */
export function profileFromPacked(options: readonly string[], packed: PackedRankings): Profile {
  const index = optionIndex(options);
  const c = options.length;
  const { names, groups, ranks, start, count } = packed;
  const option = Int32Array.from(names, (n) => index.get(n) ?? -1);
  let ballots = 0;
  let blank = 0;
  let kept = 0;
  for (let g = 0; g < groups; g++) {
    const n = count[g] as number;
    ballots += n;
    if (start[g + 1] === start[g]) blank += n;
    else kept++;
  }
  const flat = new Int32Array(start[groups] as number);
  const offsets = new Int32Array(kept + 1);
  const counts = new Float64Array(kept);
  const seen = new Int32Array(c);
  let at = 0;
  let k = 0;
  for (let g = 0; g < groups; g++) {
    const from = start[g] as number;
    const to = start[g + 1] as number;
    if (from === to) continue;
    const stamp = k + 1;
    for (let r = from; r < to; r++) {
      const i = option[ranks[r] as number] as number;
      const id = names[ranks[r] as number] as string;
      if (i === -1) throw new TallyInputError(`unknown option "${id}" in a ranking`);
      if (seen[i] === stamp)
        throw new TallyInputError(`option "${id}" ranked twice in one ranking`);
      seen[i] = stamp;
      flat[at++] = i;
    }
    counts[k] = count[g] as number;
    offsets[++k] = at;
  }
  return { options, c, flat, offsets, counts, ballots, blank };
}

/** The profile of every ballot of several profiles over the same options (pooled sections). */
export function concatProfiles(options: readonly string[], parts: readonly Profile[]): Profile {
  optionIndex(options); // the same refusal of a repeated option as buildProfile
  let total = 0;
  let groups = 0;
  let ballots = 0;
  let blank = 0;
  for (const p of parts) {
    total += p.flat.length;
    groups += p.counts.length;
    ballots += p.ballots;
    blank += p.blank;
  }
  const flat = new Int32Array(total);
  const offsets = new Int32Array(groups + 1);
  const counts = new Float64Array(groups);
  let at = 0;
  let g = 0;
  for (const p of parts) {
    flat.set(p.flat, at);
    counts.set(p.counts, g);
    for (let k = 1; k <= p.counts.length; k++) offsets[g + k] = at + (p.offsets[k] as number);
    at += p.flat.length;
    g += p.counts.length;
  }
  return { options, c: options.length, flat, offsets, counts, ballots, blank };
}
