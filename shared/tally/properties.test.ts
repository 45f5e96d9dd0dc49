import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRankings, tally, tallyElection } from './index';
import type { RankingGroup } from './index';

const OPTIONS = ['a', 'b', 'c', 'd', 'e', 'f'];

interface Ballot {
  section: 'FR' | 'BE';
  ranking: string[];
}

/** An election of 1 to 6 options and up to 40 ballots, partial and blank ones included. */
const electionArb = fc.integer({ min: 1, max: 6 }).chain((c) => {
  const options = OPTIONS.slice(0, c);
  const ballot = fc.record({
    section: fc.constantFrom<'FR' | 'BE'>('FR', 'BE'),
    ranking: fc
      .shuffledSubarray(options, { minLength: 0, maxLength: c })
      .chain((r) => fc.integer({ min: 0, max: r.length }).map((k) => r.slice(0, k))),
  });
  return fc.record({ options: fc.constant(options), ballots: fc.array(ballot, { maxLength: 40 }) });
});

const groupsOf = (ballots: readonly Ballot[]): RankingGroup[] =>
  groupRankings(ballots.map((b) => b.ranking));

const permutations = (xs: string[]): string[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) =>
        permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
      );

describe('tally properties', () => {
  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(
        electionArb.chain((e) =>
          fc.record({
            e: fc.constant(e),
            shuffled: fc.shuffledSubarray(e.ballots, { minLength: e.ballots.length }),
          }),
        ),
        ({ e, shuffled }) => {
          expect(tally(e.options, groupsOf(shuffled))).toEqual(
            tally(e.options, groupsOf(e.ballots)),
          );
          // Ungrouped ballots (count 1 each) give the same result as grouped ones.
          const single = shuffled.map((b) => ({ ranking: b.ranking, count: 1 }));
          expect(tally(e.options, single)).toEqual(tally(e.options, groupsOf(e.ballots)));
        },
      ),
    );
  });

  it('adds section pairwise matrices and Borda scores up to the combined ones', () => {
    fc.assert(
      fc.property(electionArb, ({ options, ballots }) => {
        const t = tallyElection(options, ['FR', 'BE'], {
          FR: groupsOf(ballots.filter((b) => b.section === 'FR')),
          BE: groupsOf(ballots.filter((b) => b.section === 'BE')),
        });
        const fr = t.bySection.FR;
        const be = t.bySection.BE;
        if (!fr || !be) throw new Error('missing section');
        expect(fr.ballots + be.ballots).toBe(t.combined.ballots);
        expect(fr.blank + be.blank).toBe(t.combined.blank);
        for (const a of options) {
          expect((fr.borda[a] ?? NaN) + (be.borda[a] ?? NaN)).toBe(t.combined.borda[a]);
          for (const b of options) {
            if (a === b) continue;
            expect((fr.pairwise[a]?.[b] ?? NaN) + (be.pairwise[a]?.[b] ?? NaN)).toBe(
              t.combined.pairwise[a]?.[b],
            );
          }
        }
      }),
    );
  });

  it('puts a Condorcet winner alone first under Schulze, Kemeny and Copeland', () => {
    fc.assert(
      fc.property(electionArb, ({ options, ballots }) => {
        const t = tally(options, groupsOf(ballots));
        if (t.condorcetWinner === null) return;
        const w = t.condorcetWinner;
        expect(t.orders.schulze[0]).toEqual([w]);
        expect(t.orders.copeland[0]).toEqual([w]);
        expect(t.kemeny.tiers[0]).toEqual([w]);
        for (const o of t.kemeny.orders) expect(o[0]).toBe(w);
      }),
    );
  });

  it('gives every non-blank ballot c(c-1)/2 Borda points', () => {
    fc.assert(
      fc.property(electionArb, ({ options, ballots }) => {
        const c = options.length;
        for (const b of ballots.slice(0, 5)) {
          const t = tally(options, [{ ranking: b.ranking, count: 1 }]);
          const sum = Object.values(t.borda).reduce((x, y) => x + y, 0);
          expect(sum).toBe(b.ranking.length === 0 ? 0 : (c * (c - 1)) / 2);
        }
        const all = tally(options, groupsOf(ballots));
        const total = Object.values(all.borda).reduce((x, y) => x + y, 0);
        expect(total).toBe(((all.ballots - all.blank) * c * (c - 1)) / 2);
      }),
    );
  });

  it('is unchanged when a ballot is removed and added back', () => {
    fc.assert(
      fc.property(
        electionArb
          .filter((e) => e.ballots.length > 0)
          .chain((e) => fc.record({ e: fc.constant(e), i: fc.nat({ max: e.ballots.length - 1 }) })),
        ({ e, i }) => {
          const without = [...e.ballots.slice(0, i), ...e.ballots.slice(i + 1)];
          const back = [...without, e.ballots[i] as Ballot];
          expect(tally(e.options, groupsOf(back))).toEqual(tally(e.options, groupsOf(e.ballots)));
        },
      ),
    );
  });

  it('finds exactly the optimal Kemeny orders a brute force finds', () => {
    fc.assert(
      fc.property(electionArb, ({ options, ballots }) => {
        const t = tally(options, groupsOf(ballots));
        const score = (order: string[]) => {
          let s = 0;
          for (let i = 0; i < order.length; i++)
            for (let j = i + 1; j < order.length; j++)
              s += t.pairwise[order[i] as string]?.[order[j] as string] ?? NaN;
          return s;
        };
        const perms = permutations(options);
        const best = Math.max(...perms.map(score));
        const optimal = perms.filter((p) => score(p) === best);
        expect(t.kemeny.score).toBe(best);
        expect(t.kemeny.total).toBe(optimal.length);
        expect(t.kemeny.truncated).toBe(optimal.length > 1000);
        if (!t.kemeny.truncated)
          expect(new Set(t.kemeny.orders.map((o) => o.join()))).toEqual(
            new Set(optimal.map((o) => o.join())),
          );
      }),
    );
  });

  it('keeps counts consistent: head-to-head, first choices, rank distribution, IRV', () => {
    fc.assert(
      fc.property(electionArb, ({ options, ballots }) => {
        const t = tally(options, groupsOf(ballots));
        const nonBlank = t.ballots - t.blank;
        expect(t.ballots).toBe(ballots.length);
        const firstTotal = Object.values(t.firstChoices).reduce((x, y) => x + y, 0);
        expect(firstTotal).toBe(nonBlank);
        for (const a of options) {
          const dist = t.rankDistribution[a] ?? [];
          expect(dist).toHaveLength(options.length + 1);
          expect(dist.reduce((x, y) => x + y, 0)).toBe(nonBlank);
          expect(dist[0]).toBe(t.firstChoices[a]);
          for (const b of options)
            if (a !== b)
              expect((t.pairwise[a]?.[b] ?? 0) + (t.pairwise[b]?.[a] ?? 0)).toBeLessThanOrEqual(
                nonBlank,
              );
        }
        for (const method of ['borda', 'schulze', 'copeland', 'irv'] as const) {
          expect(t.orders[method].flat().sort()).toEqual([...options].sort());
          for (const tier of t.orders[method]) expect(tier.length).toBeGreaterThan(0);
        }
        expect(t.kemeny.tiers.flat().sort()).toEqual([...options].sort());
        expect(t.irvRounds[0]?.exhausted ?? 0).toBe(0);
      }),
    );
  });
});
