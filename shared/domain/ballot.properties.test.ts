/**
 * The fast paths of the ballot rules (written out for speed in shared/domain/ballot.ts and used
 * by the ballot log, the CSV reader and the recount CLI) are the schema, proven on generated
 * values: near-valid ones mostly, since those are where a hand-written check goes wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotsCsv, formatBallotsCsv } from '../csv/ballots-csv';
import {
  asBallotRecord,
  BallotIdSchema,
  ballotLine,
  BallotSchema,
  CANONICAL_LINE,
  isBallotIdAt,
  repeatedBallot,
  type Ballot,
} from './ballot';

const chars = (alphabet: string, max: number) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { maxLength: max }).map((a) => a.join(''));
const nearId = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{32}$/),
  chars('0123456789abcdefABCDEFg-', 34),
  fc.string(),
);
const nearSlug = fc.oneof(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/),
  chars('az09-A_é', 42),
  fc.string({ maxLength: 3 }),
);
const nearSection = fc.oneof(fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}$/), chars('AZ09a-', 10));
const validBallot: fc.Arbitrary<Ballot> = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{32}$/),
  election: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/),
  section: fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}$/),
  ranking: fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/), { maxLength: 20 }),
});
const nearBallot = fc.oneof(
  validBallot,
  fc.record(
    {
      id: nearId,
      election: nearSlug,
      section: nearSection,
      ranking: fc.oneof(fc.array(nearSlug, { maxLength: 22 }), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('the ballot fast paths equal BallotSchema', () => {
  it('asBallotRecord accepts exactly what the schema accepts, and returns the same ballot', () => {
    fc.assert(
      fc.property(nearBallot, (raw) => {
        const schema = BallotSchema.safeParse(raw);
        const fast = asBallotRecord(raw);
        expect(fast !== null).toBe(schema.success);
        if (schema.success) expect(fast).toEqual(schema.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('isBallotIdAt is BallotIdSchema, at any place in a text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), nearId, fc.string({ maxLength: 3 }), (a, id, b) => {
        const text = a + id + b;
        expect(isBallotIdAt(text, a.length, a.length + id.length)).toBe(
          BallotIdSchema.safeParse(id).success,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('CANONICAL_LINE matches every canonical line, and only lines of valid ballots', () => {
    fc.assert(
      fc.property(validBallot, (b) => {
        const line = ballotLine(b);
        const m = CANONICAL_LINE.exec(line.slice(0, -1));
        expect(m?.slice(1, 4)).toEqual([b.id, b.election, b.section]);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(nearBallot, (raw) => {
        let text: string;
        try {
          text = JSON.stringify(raw) ?? '';
        } catch {
          return;
        }
        if (!CANONICAL_LINE.test(text)) return;
        const b = BallotSchema.parse(JSON.parse(text));
        expect(ballotLine(b)).toBe(text + '\n');
      }),
      { numRuns: 3000 },
    );
  });

  it('two records of one id are the same ballot exactly when their canonical lines are equal', () => {
    fc.assert(
      fc.property(validBallot, validBallot, fc.boolean(), (a, b, copy) => {
        const again = copy ? { ...a, ranking: [...a.ranking] } : { ...b, id: a.id };
        expect(repeatedBallot(a, again) === 'same').toBe(ballotLine(a) === ballotLine(again));
      }),
      { numRuns: 2000 },
    );
  });

  it('the CSV reader gives back schema-valid ballots, equal to what was written', () => {
    const options = ['a', 'b', 'c', 'd', 'theme-1'];
    const ballot = fc.record({
      id: fc.stringMatching(/^[0-9a-f]{32}$/),
      election: fc.constant('e1'),
      section: fc.constantFrom('FR', 'BE'),
      ranking: fc.uniqueArray(fc.constantFrom(...options), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 40 }), (bs) => {
        const r = parseBallotsCsv(formatBallotsCsv(bs, options.length));
        if (bs.length === 0) return;
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.ballots).toEqual(bs);
        for (const b of r.ballots) expect(BallotSchema.safeParse(b).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
