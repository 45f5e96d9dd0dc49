import { describe, expect, it } from 'vitest';
import { tally } from '../../shared/tally';
import { groupedChecks, otherPlacements, placements, rankOfTier, scoreOf } from './order-model';

const OPTS = ['a', 'b', 'c', 'd'];
// tie-cycle of the shared vectors: Borda B, D, A, C; Copeland A = B, C = D; Schulze B = D, A = C.
const TIE_CYCLE = [
  { count: 3, ranking: ['a', 'b', 'c', 'd'] },
  { count: 2, ranking: ['c', 'b', 'd', 'a'] },
  { count: 2, ranking: ['d', 'a', 'b', 'c'] },
  { count: 2, ranking: ['d', 'b', 'c', 'a'] },
];

describe('placements', () => {
  it('gives tied options one rank and skips the next ones (1, 1, 3, 3)', () => {
    expect(
      placements([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual([
      { id: 'a', rank: 1, tied: true },
      { id: 'b', rank: 1, tied: true },
      { id: 'c', rank: 3, tied: true },
      { id: 'd', rank: 3, tied: true },
    ]);
    expect(rankOfTier([['a'], ['b', 'c'], ['d']], 2)).toBe(4);
  });
});

describe('scoreOf', () => {
  it('gives the primary method’s own number', () => {
    const borda = tally(OPTS, TIE_CYCLE, 'borda');
    expect(OPTS.map((o) => scoreOf(borda, o))).toEqual([13, 16, 11, 14]);
    const copeland = tally(OPTS, TIE_CYCLE, 'copeland');
    expect(OPTS.map((o) => scoreOf(copeland, o))).toEqual(OPTS.map((o) => copeland.copeland[o]));
    const irv = tally(OPTS, TIE_CYCLE, 'irv');
    const last = irv.irvRounds.at(-1)?.counts ?? {};
    for (const o of Object.keys(last)) expect(scoreOf(irv, o)).toBe(last[o]);
  });
});

describe('method checks', () => {
  it('says where each other method parts from the primary order, grouped', () => {
    const t = tally(OPTS, TIE_CYCLE, 'borda');
    const groups = groupedChecks(t);
    const all = groups.flatMap((g) => g.methods);
    expect(all.sort()).toEqual(['copeland', 'irv', 'kemeny', 'schulze']);
    // Schulze ties B and D at the top where Borda puts B alone: they part at the 1st rank.
    expect(groups.find((g) => g.methods.includes('schulze'))?.differsFrom).toBe(1);
    const b = otherPlacements(t).get('d') ?? [];
    expect(b.find((x) => x.methods.includes('schulze'))).toMatchObject({ rank: 1, tied: true });
  });

  it('finds nothing to report when every method agrees', () => {
    const t = tally(OPTS, [{ count: 5, ranking: ['a', 'b', 'c', 'd'] }], 'borda');
    expect(t.agreement.allSame).toBe(true);
    expect(groupedChecks(t)).toEqual([
      { methods: ['schulze', 'kemeny', 'copeland', 'irv'], differsFrom: null },
    ]);
    expect(otherPlacements(t).size).toBe(0);
  });
});
