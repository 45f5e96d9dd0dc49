import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBallotsCsv, parseBallotsCsv } from '../../shared/csv/ballots-csv';
import type { Ballot } from '../../shared/domain/ballot';
import { groupRankings, tallyElection } from '../../shared/tally';
import { IdTable } from './id-table';
import { main, type CliIo } from './tally';

const id = (n: number) => n.toString(16).padStart(32, '0');

function run(argv: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (f) => files[f] as string,
    exists: (f) => f in files,
  };
  return { code: main(argv, io), stdout: () => stdout, stderr: () => stderr };
}

/**
 * The reference recount, the simple way: parse every file into Ballots, keep the first ballot
 * of each id, group rankings per section, count. The CLI keeps only shapes and ids; it must
 * count exactly the same.
 */
function referenceTally(texts: string[]) {
  const byId = new Map<string, Ballot>();
  for (const t of texts) {
    const r = parseBallotsCsv(t);
    if (!r.ok) throw new Error('the generator makes valid files');
    for (const b of r.ballots) if (!byId.has(b.id)) byId.set(b.id, b);
  }
  const ballots = [...byId.values()];
  const options = [...new Set(ballots.flatMap((b) => b.ranking))];
  const sections = [...new Set(ballots.map((b) => b.section))];
  const rankings = new Map<string, string[][]>(sections.map((s) => [s, []]));
  for (const b of ballots) rankings.get(b.section)?.push(b.ranking);
  const groups = new Map([...rankings].map(([s, r]) => [s, groupRankings(r)]));
  return { t: tallyElection(options, sections, groups) };
}

const ballotArb = (n: number) =>
  fc.record({
    id: fc.constant(id(n)),
    election: fc.constant('sip-2020'),
    section: fc.constantFrom('FR', 'BE'),
    ranking: fc
      .shuffledSubarray(['a', 'b', 'c', 'd'], { minLength: 1 })
      .chain((r) => fc.integer({ min: 1, max: r.length }).map((k) => r.slice(0, k))),
  });

describe('recount CLI against the reference recount', () => {
  it('counts merged files with repeated ballots exactly as the simple way does', () => {
    const arb = fc
      .integer({ min: 1, max: 80 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ballotArb(i + 1))))
      .chain((ballots) =>
        fc.record({
          ballots: fc.constant(ballots),
          // Each file holds a random part of the ballots, so files overlap.
          files: fc.array(fc.subarray(ballots, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ files }) => {
        const texts = files.map((bs) => formatBallotsCsv(bs, 4));
        const names = texts.map((_, i) => `k${i}/ballots.csv`);
        const r = run(
          [...names, '--json'],
          Object.fromEntries(names.map((n, i) => [n, texts[i] as string])),
        );
        expect(r.code).toBe(0);
        const j = JSON.parse(r.stdout());
        const ref = referenceTally(texts);
        const total = files.reduce((n, f) => n + f.length, 0);
        expect(j.duplicates).toBe(total - ref.t.ballots);
        expect(j.sections).toEqual(ref.t.sections);
        expect(j.combined).toEqual(JSON.parse(JSON.stringify(ref.t.combined)));
        expect(j.bySection).toEqual(JSON.parse(JSON.stringify(ref.t.bySection)));
      }),
      { numRuns: 60 },
    );
  });

  it("reports a file's own errors before a conflicting duplicate in it", () => {
    const a = formatBallotsCsv([{ id: id(1), election: 'e1', section: 'FR', ranking: ['a'] }], 2);
    const b = `${formatBallotsCsv([{ id: id(1), election: 'e1', section: 'FR', ranking: ['b'] }], 2)}e1;FR;nothex;a;\r\n`;
    const r = run(['a.csv', 'b.csv', '--lang', 'en'], { 'a.csv': a, 'b.csv': b });
    expect(r.code).toBe(1);
    expect(r.stderr()).toMatch(/^b\.csv:3: .*\[bad-ballot-id\]\n$/);
    const conflictOnly = run(['a.csv', 'c.csv', '--lang', 'en'], {
      'a.csv': a,
      'c.csv': formatBallotsCsv([{ id: id(1), election: 'e1', section: 'FR', ranking: ['b'] }], 2),
    });
    expect(conflictOnly.stderr()).toContain(`c.csv: ballot ${id(1)} also appears in a.csv`);
  });
});

describe('IdTable.getOrAddAt', () => {
  it('reads the id in place, agreeing with getOrAdd', () => {
    const t = new IdTable(2);
    const text = `x;${id(5)};${id(6)};${id(5)}`;
    expect(t.getOrAddAt(text, 2, 0)).toBe(-1);
    expect(t.getOrAddAt(text, 35, 1)).toBe(-1);
    expect(t.getOrAddAt(text, 68, 2)).toBe(0);
    expect(t.getOrAdd(id(6), 3)).toBe(1);
    expect(t.size).toBe(2);
  });
});
