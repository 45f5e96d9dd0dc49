import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBallotsCsv, parseBallotsCsv } from '../../shared/csv/ballots-csv';
import { repeatedBallot, type Ballot } from '../../shared/domain/ballot';
import { CliError } from './cli-error';
import { mergeBallotFiles } from './merge-files';
import { catalogs } from './messages';

const OPTIONS = ['a', 'b', 'c'];
const m = catalogs.en;

/** The plain merge: every ballot as an object, repeated ids through the shared rule. */
function referenceMerge(files: string[]): { counts: Map<string, number>; duplicates: number } {
  const byId = new Map<string, Ballot>();
  let duplicates = 0;
  for (const text of files) {
    const r = parseBallotsCsv(text);
    if (!r.ok) throw new Error('generated files are valid');
    for (const b of r.ballots) {
      const known = byId.get(b.id);
      if (!known) byId.set(b.id, b);
      else if (repeatedBallot(known, b) === 'same') duplicates++;
      else throw new CliError('conflict');
    }
  }
  const counts = new Map<string, number>();
  for (const b of byId.values()) {
    const k = JSON.stringify([b.section, b.ranking]);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { counts, duplicates };
}

describe('mergeBallotFiles (the recount’s merge)', () => {
  it('counts what the plain merge counts, repeated ids once, and refuses what it refuses', () => {
    const ballot = fc.record({
      id: fc.constantFrom(
        ...Array.from({ length: 12 }, (_, i) => i.toString(16).padStart(32, '0')),
      ),
      election: fc.constant('e1'),
      section: fc.constantFrom('FR', 'BE'),
      ranking: fc.uniqueArray(fc.constantFrom(...OPTIONS), { maxLength: 3 }),
    });
    const files = fc.array(fc.array(ballot, { minLength: 1, maxLength: 8 }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(files, (fs) => {
        const texts = fs.map((bs) => formatBallotsCsv(bs, OPTIONS.length));
        let expected: ReturnType<typeof referenceMerge> | 'refused';
        try {
          expected = referenceMerge(texts);
        } catch (e) {
          if (!(e instanceof CliError)) throw e;
          expected = 'refused';
        }
        const names = texts.map((_, i) => `k${i}.csv`);
        const read = (f: string) => texts[names.indexOf(f)] as string;
        if (expected === 'refused') {
          expect(() => mergeBallotFiles(names, read, null, m)).toThrow(CliError);
          return;
        }
        const r = mergeBallotFiles(names, read, null, m);
        const counts = new Map<string, number>();
        r.shapes.forEach((s, k) => {
          const n = r.perShape[k] as number;
          // Each file has shapes of its own: equal contents add up.
          const key = JSON.stringify([s.section, s.ranking]);
          if (n > 0) counts.set(key, (counts.get(key) ?? 0) + n);
        });
        expect(counts).toEqual(expected.counts);
        expect(r.duplicates).toBe(expected.duplicates);
        expect(r.electionId).toBe('e1');
      }),
      { numRuns: 300 },
    );
  });

  it('names both files of a conflicting ballot id', () => {
    const one: Ballot = { id: 'f'.repeat(32), election: 'e1', section: 'FR', ranking: ['a'] };
    const texts: Record<string, string> = {
      'a.csv': formatBallotsCsv([one], 3),
      'b.csv': formatBallotsCsv([{ ...one, ranking: ['b'] }], 3),
    };
    expect(() => mergeBallotFiles(['a.csv', 'b.csv'], (f) => texts[f] as string, null, m)).toThrow(
      /b\.csv.*a\.csv/,
    );
  });
});
