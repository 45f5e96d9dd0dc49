import type { Profile } from './profile';

export interface IrvRound {
  /** Votes of each option still in the race (index → count); eliminated options are absent. */
  counts: Map<number, number>;
  /** Non-blank ballots whose ranked options have all been eliminated. */
  exhausted: number;
  /** Options eliminated at the end of this round (several when tied for last). */
  eliminated: number[];
}

/**
 * Instant runoff: each round every ballot counts for its best option still in the race, and
 * the option(s) with the fewest votes leave. The last option(s) standing win.
 *
 * Ties: options sharing the fewest votes are eliminated together, and options still tied when
 * nobody else is left win together. No tie-break (earlier rounds, lot) is applied.
 *
 * A full order comes from repeating the count: the winners form the first tier, are removed,
 * and the count runs again among the others for the next tier. Reading places off the
 * elimination order instead would tie every option without first choices, even when all
 * voters agree on their order.
 */
export function instantRunoff(p: Profile): { tiers: number[][]; rounds: IrvRound[] } {
  const out = new Uint8Array(p.c);
  const tiers: number[][] = [];
  let rounds: IrvRound[] = [];
  let left = p.c;
  while (left > 0) {
    const run = runOnce(p, out.slice());
    if (tiers.length === 0) rounds = run.rounds;
    tiers.push(run.winners);
    for (const o of run.winners) out[o] = 1;
    left -= run.winners.length;
  }
  return { tiers, rounds };
}

/**
 * One instant-runoff count among the options with out[o] === 0 (mutates out). pos[g] remembers
 * where group g's best remaining option sits; it only moves forward during a count.
 */
function runOnce(p: Profile, out: Uint8Array): { winners: number[]; rounds: IrvRound[] } {
  const { c, flat, offsets, counts: n } = p;
  const G = n.length;
  const pos = offsets.slice(0, G);
  const votes = new Float64Array(c);
  const rounds: IrvRound[] = [];
  for (;;) {
    votes.fill(0);
    let exhausted = 0;
    for (let g = 0; g < G; g++) {
      const end = offsets[g + 1] as number;
      let k = pos[g] as number;
      while (k < end && out[flat[k] as number] !== 0) k++;
      pos[g] = k;
      if (k === end) exhausted += n[g] as number;
      else {
        const top = flat[k] as number;
        votes[top] = (votes[top] as number) + (n[g] as number);
      }
    }
    let min = Infinity;
    for (let o = 0; o < c; o++)
      if (out[o] === 0 && (votes[o] as number) < min) min = votes[o] as number;
    const counts = new Map<number, number>();
    const eliminated: number[] = [];
    for (let o = 0; o < c; o++) {
      if (out[o] !== 0) continue;
      counts.set(o, votes[o] as number);
      if (votes[o] === min) eliminated.push(o);
    }
    rounds.push({ counts, exhausted, eliminated });
    // Everyone left shares the fewest votes: they are tied winners of this count.
    if (eliminated.length === counts.size) return { winners: eliminated, rounds };
    for (const o of eliminated) out[o] = 1;
  }
}
