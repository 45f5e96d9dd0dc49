import { describe, expect, it } from 'vitest';
import { groupRankings, KEMENY_MAX_ORDERS, tally, tallyElection, TallyInputError } from './index';

const ABCD = ['A', 'B', 'C', 'D'];

describe('groupRankings', () => {
  it('groups identical rankings and keeps blank and partial ones apart', () => {
    const groups = groupRankings([['A', 'B'], [], ['A'], ['A', 'B'], [], ['B', 'A']]);
    expect(groups).toEqual([
      { ranking: ['A', 'B'], count: 2 },
      { ranking: [], count: 2 },
      { ranking: ['A'], count: 1 },
      { ranking: ['B', 'A'], count: 1 },
    ]);
  });

  it('copies the first ranking it sees', () => {
    const r = ['A', 'B'];
    const groups = groupRankings([r]);
    r[0] = 'C';
    expect(groups[0]?.ranking).toEqual(['A', 'B']);
  });
});

describe('ties', () => {
  // The "tie-cycle" vector: Schulze leaves B and D tied, Kemeny has three optimal orders.
  const tieCycle = [
    { count: 3, ranking: ['A', 'B', 'C', 'D'] },
    { count: 2, ranking: ['C', 'B', 'D', 'A'] },
    { count: 2, ranking: ['D', 'A', 'B', 'C'] },
    { count: 2, ranking: ['D', 'B', 'C', 'A'] },
  ];

  it('reports tie-cycle ties as tiers and says where the methods differ', () => {
    const t = tally(ABCD, tieCycle);
    expect(t.orders.schulze).toEqual([
      ['B', 'D'],
      ['A', 'C'],
    ]);
    expect(t.orders.copeland).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(t.kemeny.total).toBe(3);
    // No position is common to the three optimal orders: Kemeny is one four-way tie.
    expect(t.kemeny.tiers).toEqual([['A', 'B', 'C', 'D']]);
    expect(t.condorcetWinner).toBeNull();
    expect(t.condorcetLoser).toBeNull();
    expect(t.primary).toBe('borda');
    expect(t.primaryOrder).toEqual([['B'], ['D'], ['A'], ['C']]);
    expect(t.agreement.allSame).toBe(false);
    const schulze = t.agreement.differing.find((d) => d.method === 'schulze');
    expect(schulze?.firstDifference).toBe(0);
    expect(t.agreement.differing.map((d) => d.method)).not.toContain('borda');
  });

  it('ties equal Borda scores', () => {
    const t = tally(
      ['A', 'B', 'C'],
      [
        { ranking: ['A', 'B', 'C'], count: 1 },
        { ranking: ['B', 'A', 'C'], count: 1 },
      ],
    );
    expect(t.orders.borda).toEqual([['A', 'B'], ['C']]);
    expect(t.kemeny.orders).toEqual([
      ['A', 'B', 'C'],
      ['B', 'A', 'C'],
    ]);
    expect(t.kemeny.tiers).toEqual([['A', 'B'], ['C']]);
    expect(t.condorcetLoser).toBe('C');
  });

  it('uses the primary method chosen by the election', () => {
    const t = tally(ABCD, tieCycle, 'schulze');
    expect(t.primaryOrder).toEqual(t.orders.schulze);
    expect(t.agreement.differing.map((d) => d.method)).toContain('borda');
  });

  it('reports agreement when every method gives the same order', () => {
    const t = tally(['A', 'B', 'C'], [{ ranking: ['A', 'B', 'C'], count: 3 }]);
    expect(t.agreement).toEqual({ allSame: true, differing: [] });
    expect(t.condorcetWinner).toBe('A');
    expect(t.condorcetLoser).toBe('C');
  });
});

describe('instant runoff', () => {
  it('transfers votes round by round; repeated counts give the later places', () => {
    // Tennessee: C leaves first (15), then N (26 against K's 32), then M loses 42 to 58.
    const t = tally(
      ['M', 'N', 'C', 'K'],
      [
        { count: 42, ranking: ['M', 'N', 'C', 'K'] },
        { count: 26, ranking: ['N', 'C', 'K', 'M'] },
        { count: 15, ranking: ['C', 'K', 'N', 'M'] },
        { count: 17, ranking: ['K', 'C', 'N', 'M'] },
      ],
    );
    expect(t.irvRounds.map((r) => r.eliminated)).toEqual([['C'], ['N'], ['M'], ['K']]);
    expect(t.irvRounds[1]?.counts).toEqual({ M: 42, N: 26, K: 32 });
    expect(t.irvRounds[2]?.counts).toEqual({ M: 42, K: 58 });
    // Without K: N (26) leaves, C beats M 58 to 42; then N beats M 58 to 42.
    expect(t.orders.irv).toEqual([['K'], ['C'], ['N'], ['M']]);
  });

  it('eliminates options tied for fewest votes together', () => {
    const t = tally(
      ['A', 'B', 'C', 'D'],
      [
        { count: 5, ranking: ['A'] },
        { count: 2, ranking: ['B', 'A'] },
        { count: 2, ranking: ['C', 'D'] },
      ],
    );
    // D has no vote; then B and C tie at 2 and leave together; A is left.
    expect(t.irvRounds.map((r) => r.eliminated)).toEqual([['D'], ['B', 'C'], ['A']]);
    // Without A: B 2, C 2, D 0 -> D out, then B and C tie as winners of that count.
    expect(t.orders.irv).toEqual([['A'], ['B', 'C'], ['D']]);
  });

  it('counts ballots whose options are all out as exhausted', () => {
    const t = tally(
      ['A', 'B', 'C'],
      [
        { count: 4, ranking: ['A'] },
        { count: 2, ranking: ['B'] },
        { count: 1, ranking: ['C', 'B'] },
      ],
    );
    expect(t.irvRounds.map((r) => r.exhausted)).toEqual([0, 0, 3]);
    expect(t.orders.irv).toEqual([['A'], ['B'], ['C']]);
  });

  it('lets options tied to the end win together: no silent tie-break', () => {
    const tied = tally(
      ['A', 'B', 'C'],
      [
        { count: 2, ranking: ['A', 'C'] },
        { count: 2, ranking: ['B', 'C'] },
      ],
    );
    expect(tied.orders.irv).toEqual([['A', 'B'], ['C']]);
  });

  it('orders a unanimous profile fully', () => {
    const t = tally(['A', 'B', 'C'], [{ ranking: ['A', 'B', 'C'], count: 3 }]);
    expect(t.orders.irv).toEqual([['A'], ['B'], ['C']]);
  });
});

describe('edge cases', () => {
  it('counts no ballots as a complete tie', () => {
    const t = tally(ABCD, []);
    expect(t.ballots).toBe(0);
    for (const m of ['borda', 'schulze', 'copeland', 'irv'] as const)
      expect(t.orders[m]).toEqual([ABCD]);
    expect(t.kemeny.score).toBe(0);
    expect(t.kemeny.total).toBe(24);
    expect(t.kemeny.orders).toHaveLength(24);
    expect(t.kemeny.tiers).toEqual([ABCD]);
    expect(t.condorcetWinner).toBeNull();
    expect(t.agreement.allSame).toBe(true);
  });

  it('caps the list of Kemeny orders when everything ties, and says so', () => {
    const options = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const t = tally(options, []);
    expect(t.kemeny.total).toBe(5040);
    expect(t.kemeny.orders).toHaveLength(KEMENY_MAX_ORDERS);
    expect(t.kemeny.truncated).toBe(true);
    expect(t.kemeny.tiers).toEqual([options]);
  });

  it('counts blank ballots in turnout only', () => {
    const t = tally(ABCD, [{ ranking: [], count: 7 }]);
    expect(t.ballots).toBe(7);
    expect(t.blank).toBe(7);
    expect(Object.values(t.borda)).toEqual([0, 0, 0, 0]);
    expect(t.pairwise.A).toEqual({ B: 0, C: 0, D: 0 });
    expect(t.firstChoices).toEqual({ A: 0, B: 0, C: 0, D: 0 });
    expect(t.orders.borda).toEqual([ABCD]);
    const withOne = tally(ABCD, [
      { ranking: [], count: 7 },
      { ranking: ['B'], count: 1 },
    ]);
    expect(withOne.borda).toEqual({ A: 1, B: 3, C: 1, D: 1 });
    expect(withOne.rankDistribution.B).toEqual([1, 0, 0, 0, 0]);
    expect(withOne.rankDistribution.A).toEqual([0, 0, 0, 0, 1]);
  });

  it('puts a lone ranked option above the unranked ones, which tie', () => {
    const t = tally(ABCD, [{ ranking: ['C'], count: 2 }]);
    expect(t.pairwise.C).toEqual({ A: 2, B: 2, D: 2 });
    expect(t.pairwise.A).toEqual({ B: 0, C: 0, D: 0 });
    expect(t.borda).toEqual({ A: 2, B: 2, C: 6, D: 2 });
    for (const m of ['borda', 'schulze', 'copeland', 'irv'] as const)
      expect(t.orders[m]).toEqual([['C'], ['A', 'B', 'D']]);
    expect(t.kemeny.tiers).toEqual([['C'], ['A', 'B', 'D']]);
    expect(t.kemeny.total).toBe(6);
    expect(t.condorcetWinner).toBe('C');
    expect(t.condorcetLoser).toBeNull();
  });

  it('handles a single option', () => {
    const t = tally(['A'], [{ ranking: ['A'], count: 1 }]);
    expect(t.orders.borda).toEqual([['A']]);
    expect(t.kemeny.orders).toEqual([['A']]);
    expect(t.condorcetWinner).toBeNull();
  });

  it('refuses unknown, repeated options and bad counts instead of guessing', () => {
    expect(() => tally(ABCD, [{ ranking: ['Z'], count: 1 }])).toThrow(TallyInputError);
    expect(() => tally(ABCD, [{ ranking: ['A', 'A'], count: 1 }])).toThrow(/twice/);
    expect(() => tally(ABCD, [{ ranking: ['A'], count: -1 }])).toThrow(TallyInputError);
    expect(() => tally(ABCD, [{ ranking: ['A'], count: 1.5 }])).toThrow(TallyInputError);
    expect(() => tallyElection(ABCD, ['FR'], { BE: [] })).toThrow(/unknown section/);
  });

  it('accepts a Map, missing sections and one-shot iterables', () => {
    function* once() {
      yield { ranking: ['A'], count: 2 };
    }
    const t = tallyElection(ABCD, ['FR', 'BE'], new Map([['FR', once()]]));
    expect(t.bySection.FR?.ballots).toBe(2);
    expect(t.bySection.BE?.ballots).toBe(0);
    expect(t.combined.ballots).toBe(2);
    expect(t.sections).toEqual(['FR', 'BE']);
  });

  it('solves Kemeny exactly for 12 options quickly', () => {
    const options = Array.from({ length: 12 }, (_, i) => `o${i}`);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rankings = Array.from({ length: 500 }, () =>
      [...options].sort(() => rnd() - 0.5).slice(0, 1 + Math.floor(rnd() * 12)),
    );
    const start = performance.now();
    const t = tally(options, groupRankings(rankings));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(t.kemeny.orders.length).toBeGreaterThan(0);
    // Every optimal order scores what it claims.
    for (const o of t.kemeny.orders) {
      let s = 0;
      for (let i = 0; i < o.length; i++)
        for (let j = i + 1; j < o.length; j++)
          s += t.pairwise[o[i] as string]?.[o[j] as string] ?? NaN;
      expect(s).toBe(t.kemeny.score);
    }
  });
});
