import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tally } from './index';
import { breakTies, drawByLot, drawKey, TIE_BREAK_RULES, type TieBreakRule } from './tie-break';
import type { RankingGroup, Tiers } from './types';

const OPTIONS = ['a', 'b', 'c', 'd', 'e'];

const tallyArb = fc
  .array(
    fc.record({
      ranking: fc.shuffledSubarray(OPTIONS, { minLength: 0 }),
      count: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 12 },
  )
  .chain((groups) =>
    fc.constantFrom('borda', 'copeland', 'schulze', 'irv', 'kemeny').map((m) => ({ groups, m })),
  )
  .map(({ groups, m }) => tally(OPTIONS, groups as RankingGroup[], m));

const rulesArb = fc.shuffledSubarray([...TIE_BREAK_RULES], { minLength: 0 });
const seedArb = fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null });

const rankOf = (order: Tiers) => new Map(order.flatMap((tier, i) => tier.map((o) => [o, i])));
const g = (count: number, ...ranking: string[]): RankingGroup => ({ ranking, count });

describe('breakTies', () => {
  it('never reorders options that were not tied, and keeps every option once', () => {
    fc.assert(
      fc.property(tallyArb, rulesArb, seedArb, (t, rules, seed) => {
        const out = breakTies(t, rules, seed);
        expect(out.order.flat().sort()).toEqual([...OPTIONS].sort());
        const before = rankOf(t.primaryOrder);
        const after = rankOf(out.order);
        for (const a of OPTIONS)
          for (const b of OPTIONS) {
            const x = before.get(a) as number;
            const y = before.get(b) as number;
            if (x < y) expect(after.get(a) as number).toBeLessThan(after.get(b) as number);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ties as ties without rules', () => {
    fc.assert(
      fc.property(tallyArb, seedArb, (t, seed) => {
        expect(breakTies(t, [], seed)).toEqual({
          order: t.primaryOrder,
          decisions: [],
          awaitingDraw: [],
        });
      }),
    );
  });

  it('breaks every tie with a draw by lot once the seed is known', () => {
    fc.assert(
      fc.property(tallyArb, rulesArb, fc.string({ minLength: 1 }), (t, rules, seed) => {
        const out = breakTies(t, [...rules.filter((r) => r !== 'lot'), 'lot'], seed);
        expect(out.order.every((tier) => tier.length === 1)).toBe(true);
        expect(out.awaitingDraw).toEqual([]);
      }),
    );
  });

  it('gives the same draw for the same seed, whatever the order of the tied options', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.shuffledSubarray(OPTIONS, { minLength: 2 }),
        (seed, tied) => {
          const sorted = [...tied].sort();
          expect(drawByLot(seed, tied)).toEqual(drawByLot(seed, sorted));
          expect(drawByLot(seed, tied)).toEqual(drawByLot(seed, [...tied].reverse()));
        },
      ),
    );
  });

  it('draws by the SHA-256 of "seed:option", lowest first (checkable with sha256sum)', () => {
    // printf '%s' '42:a' | sha256sum
    expect(drawKey('42', 'a')).toBe(
      '971344798d4f4ac737c1f205bab4307c36b45fecd1b964eda0d696c18ad21cbb',
    );
    const keys = ['a', 'b', 'c'].map((o) => [o, drawKey('42', o)] as const);
    const expected = [...keys].sort((x, y) => (x[1] < y[1] ? -1 : 1)).map(([o]) => [o]);
    expect(drawByLot('42', ['a', 'b', 'c'])).toEqual(expected);
    expect(drawKey('42', 'a')).not.toBe(drawKey('43', 'a'));
  });

  it('says which rule decided: more first choices, then head-to-head among the tied', () => {
    // a and b tie on Borda (5 points each); a has two first choices, b one.
    const f = tally(
      ['a', 'b', 'c'],
      [g(2, 'a', 'b', 'c'), g(1, 'b', 'a', 'c'), g(1, 'c', 'b', 'a')],
    );
    expect(f.primaryOrder).toEqual([['a', 'b'], ['c']]);
    expect(breakTies(f, ['first-choices', 'head-to-head']).decisions).toEqual([
      { rule: 'first-choices', tied: ['a', 'b'], order: [['a'], ['b']] },
    ]);

    // a and b tie on Borda and on first choices (two each); three ballots of five put a before b.
    const t = tally(
      ['a', 'b', 'c'],
      [g(2, 'a', 'b', 'c'), g(1, 'b', 'a', 'c'), g(1, 'b', 'c', 'a'), g(1, 'c', 'a', 'b')],
    );
    expect(t.primaryOrder).toEqual([['a', 'b'], ['c']]);
    expect(breakTies(t, ['first-choices']).order).toEqual([['a', 'b'], ['c']]);
    const h2h = breakTies(t, ['first-choices', 'head-to-head']);
    expect(h2h.order).toEqual([['a'], ['b'], ['c']]);
    expect(h2h.decisions).toEqual([
      { rule: 'head-to-head', tied: ['a', 'b'], order: [['a'], ['b']] },
    ]);
  });

  it('waits for the seed when the draw is declared and no earlier rule decided', () => {
    const t = tally(['a', 'b'], [g(1, 'a', 'b'), g(1, 'b', 'a')]);
    const rules: TieBreakRule[] = ['first-choices', 'head-to-head', 'lot'];
    expect(breakTies(t, rules)).toEqual({
      order: [['a', 'b']],
      decisions: [],
      awaitingDraw: [['a', 'b']],
    });
    const drawn = breakTies(t, rules, '1234');
    expect(drawn.order).toEqual(drawByLot('1234', ['a', 'b']));
    expect(drawn.decisions).toEqual([{ rule: 'lot', tied: ['a', 'b'], order: drawn.order }]);
  });
});
