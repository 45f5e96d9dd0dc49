import { describe, expect, it } from 'vitest';
import { tally } from '../../shared/tally';
import { divergences, placements, rankOfTier, scoreOf } from './order-model';

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

describe('divergences', () => {
  it('groups the other methods by where they first part from the primary order', () => {
    const t = tally(OPTS, TIE_CYCLE, 'borda');
    const d = divergences(t);
    expect(d.flatMap((g) => g.methods).sort()).toEqual(['copeland', 'irv', 'kemeny', 'schulze']);
    // Schulze ties B and D at the top where Borda puts B alone.
    const schulze = d.find((g) => g.methods.includes('schulze'));
    expect(schulze).toMatchObject({ rank: 1 });
    expect([...(schulze?.there ?? [])].sort()).toEqual(['b', 'd']);
    // Copeland ties A and B at the top.
    expect([...(d.find((g) => g.methods.includes('copeland'))?.there ?? [])].sort()).toEqual([
      'a',
      'b',
    ]);
  });

  it('puts every other method in one group when they all agree with the primary order', () => {
    const t = tally(OPTS, [{ count: 5, ranking: ['a', 'b', 'c', 'd'] }], 'borda');
    expect(divergences(t)).toEqual([
      { methods: ['schulze', 'kemeny', 'copeland', 'irv'], rank: null, there: [] },
    ]);
  });

  it('tells the methods that put the same theme first in one group', () => {
    // borda-vs-majority of the shared vectors: Borda puts A first, every majority method B.
    const t = tally(
      OPTS,
      [
        { count: 30, ranking: ['b', 'a', 'c', 'd'] },
        { count: 30, ranking: ['b', 'a', 'd', 'c'] },
        { count: 25, ranking: ['a', 'c', 'd', 'b'] },
        { count: 15, ranking: ['a', 'd', 'c', 'b'] },
      ],
      'borda',
    );
    expect(divergences(t)).toEqual([
      { methods: ['schulze', 'kemeny', 'copeland', 'irv'], rank: 1, there: ['b'] },
    ]);
  });
});
