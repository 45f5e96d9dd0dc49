import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRankings, packRankings } from './group';
import { tallyElection, tallyRankings } from './election';
import { buildProfile, concatProfiles, profileFromPacked, type Profile } from './profile';

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

/** Up to 12 options and 60 ballots in two sections; some rankings name unknown options or repeat one. */
const electionArb = (valid: boolean) =>
  fc.integer({ min: 1, max: 12 }).chain((c) => {
    const options = NAMES.slice(0, c);
    const pool = valid ? options : [...options, 'zz'];
    const ranking = valid
      ? fc
          .shuffledSubarray(options, { minLength: 0, maxLength: c })
          .chain((r) => fc.integer({ min: 0, max: r.length }).map((k) => r.slice(0, k)))
      : fc.array(fc.constantFrom(...pool), { maxLength: c + 1 });
    // A few distinct rankings repeated, as at a real vote, plus fresh ones.
    return fc.record({
      options: fc.constant(options),
      FR: fc.array(ranking, { maxLength: 60 }),
      BE: fc.array(ranking, { maxLength: 60 }),
      repeat: fc.nat({ max: 40 }),
    });
  });

const plain = (p: Profile) => ({
  c: p.c,
  flat: [...p.flat],
  offsets: [...p.offsets],
  counts: [...p.counts],
  ballots: p.ballots,
  blank: p.blank,
});

/** What `f` returns, or the message it throws: errors must match too. */
const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

/** The obvious grouping: a Map keyed by the ranking as JSON, in first-seen order. */
function naiveGroups(rankings: readonly (readonly string[])[]) {
  const m = new Map<string, { ranking: string[]; count: number }>();
  for (const r of rankings) {
    const k = JSON.stringify(r);
    const g = m.get(k);
    if (g) g.count++;
    else m.set(k, { ranking: [...r], count: 1 });
  }
  return [...m.values()];
}

describe('groupRankings (packed, with a cache of recent names)', () => {
  it('groups exactly as the obvious way, names sharing length and end characters included', () => {
    // Same length, first and last characters: the same cache slot. Also the empty name, and
    // equal names that are different string objects.
    const pool = ['axb', 'ayb', 'azb', 'a', 'b', '', 'ab', 'ba', 'theme-1', 'theme-2'];
    const name = fc
      .constantFrom(...pool)
      .map((x) => (x.length > 1 ? x.slice(0, 1) + x.slice(1) : x));
    fc.assert(
      fc.property(fc.array(fc.array(name, { maxLength: 5 }), { maxLength: 80 }), (rankings) => {
        expect(groupRankings(rankings)).toEqual(naiveGroups(rankings));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tallyRankings (packed fast path)', () => {
  it('gives exactly what tallyElection gives on groupRankings', () => {
    fc.assert(
      fc.property(electionArb(true), ({ options, FR, BE, repeat }) => {
        const fr = [...FR, ...FR.slice(0, repeat)];
        const byRankings = tallyRankings(options, ['FR', 'BE'], { FR: fr, BE });
        const byGroups = tallyElection(options, ['FR', 'BE'], {
          FR: groupRankings(fr),
          BE: groupRankings(BE),
        });
        expect(byRankings).toEqual(byGroups);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses the same input with the same message', () => {
    fc.assert(
      fc.property(electionArb(false), ({ options, FR, BE }) => {
        const fast = outcome(() =>
          tallyRankings(
            options,
            ['FR', 'BE'],
            new Map([
              ['FR', FR],
              ['BE', BE],
            ]),
          ),
        );
        const reference = outcome(() =>
          tallyElection(options, ['FR', 'BE'], { FR: groupRankings(FR), BE: groupRankings(BE) }),
        );
        expect(fast).toEqual(reference);
      }),
      { numRuns: 100 },
    );
    const refuse = (f: () => unknown) => outcome(f).error;
    expect(refuse(() => tallyRankings(['a', 'a'], [], {}))).toBe('option "a" is listed twice');
    expect(refuse(() => tallyRankings(['a'], ['FR'], { XX: [] }))).toBe(
      refuse(() => tallyElection(['a'], ['FR'], { XX: [] })),
    );
  });

  it('builds the same profile from packed rankings, and pools sections by concatenation', () => {
    fc.assert(
      fc.property(electionArb(true), ({ options, FR, BE }) => {
        const fr = profileFromPacked(options, packRankings(FR));
        expect(plain(fr)).toEqual(plain(buildProfile(options, groupRankings(FR))));
        const be = profileFromPacked(options, packRankings(BE));
        const pooled = [...groupRankings(FR), ...groupRankings(BE)];
        expect(plain(concatProfiles(options, [fr, be]))).toEqual(
          plain(buildProfile(options, pooled)),
        );
      }),
    );
  });

  it('counts a large one-section election (materialising no spread of the groups)', () => {
    // 150,000 distinct rankings: more than a function call takes as spread arguments.
    const options = NAMES.slice(0, 10);
    const rankings: string[][] = [];
    for (let i = 0; i < 150_000; i++) {
      const r = [...options];
      for (let k = 0, x = i; k < 9; k++, x = Math.floor(x / (10 - k))) {
        const j = k + (x % (10 - k));
        [r[k], r[j]] = [r[j] as string, r[k] as string];
      }
      rankings.push(r);
    }
    const t = tallyElection(options, ['FR'], { FR: groupRankings(rankings) });
    expect(t.ballots).toBe(150_000);
    expect(tallyRankings(options, ['FR'], { FR: rankings })).toEqual(t);
  });
});
