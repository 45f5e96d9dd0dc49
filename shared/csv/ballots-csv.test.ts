import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot } from '../domain/ballot';
import { groupRankings, tallyElection } from '../tally';
import { formatBallotsCsv, parseBallotsCsv } from './ballots-csv';
import { neutralise, unneutralise } from './cells';
import { formatResultsCsv } from './results-csv';

const id = (n: number) => n.toString(16).padStart(32, '0');
const HEADER = 'election;section;ballot;rank_1;rank_2;rank_3';
const ballots: Ballot[] = [
  { id: id(1), election: 'sip-2020', section: 'FR', ranking: ['a', 'b', 'c'] },
  { id: id(2), election: 'sip-2020', section: 'BE', ranking: ['b'] },
  { id: id(3), election: 'sip-2020', section: 'FR', ranking: [] },
];

const errorsOf = (text: string, opts = {}) => {
  const r = parseBallotsCsv(text, opts);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('ballots CSV', () => {
  it('writes BOM, ";" and empty cells for unranked options', () => {
    const csv = formatBallotsCsv(ballots, 3);
    expect(csv.startsWith('\uFEFF' + HEADER + '\r\n')).toBe(true);
    expect(csv).toContain(`sip-2020;BE;${id(2)};b;;\r\n`);
    expect(csv).toContain(`sip-2020;FR;${id(3)};;;\r\n`);
  });

  it('reads back what it writes, with BOM or not, ";" or ","', () => {
    const csv = formatBallotsCsv(ballots, 3);
    expect(parseBallotsCsv(csv)).toEqual({ ok: true, ballots, optionCount: 3 });
    expect(parseBallotsCsv(csv.slice(1).replace(/;/g, ','))).toEqual({
      ok: true,
      ballots,
      optionCount: 3,
    });
    // The quoted path (papaparse) gives the same ballots.
    const quoted = csv.replace(`;${id(2)};`, `;"${id(2)}";`);
    expect(parseBallotsCsv(quoted)).toEqual({ ok: true, ballots, optionCount: 3 });
  });

  it('reads a file with old Mac line ends (CR only) like any other, quoted or not', () => {
    const csv = formatBallotsCsv(ballots, 3).replace(/\r\n/g, '\r');
    expect(parseBallotsCsv(csv)).toEqual({ ok: true, ballots, optionCount: 3 });
    const quoted = csv.replace(`;${id(2)};`, `;"${id(2)}";`);
    expect(parseBallotsCsv(quoted)).toEqual({ ok: true, ballots, optionCount: 3 });
  });

  it('round-trips any valid ballots', () => {
    const slug = fc.constantFrom('a', 'b', 'c', 'd', 'theme-1');
    const ballot = fc.record({
      id: fc.stringMatching(/^[0-9a-f]{32}$/),
      election: fc.constant('e1'),
      section: fc.constantFrom('FR', 'BE', 'NL2'),
      ranking: fc.uniqueArray(slug, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 30 }), (bs) => {
        expect(parseBallotsCsv(formatBallotsCsv(bs, 5))).toEqual({
          ok: true,
          ballots: bs,
          optionCount: 5,
        });
      }),
    );
  });

  it('neutralises formula cells on export and undoes it on import', () => {
    for (const c of ['=1+1', '+a', '-a', '@a', '\tx', '\rx']) {
      expect(neutralise(c)).toBe(`'${c}`);
      expect(unneutralise(neutralise(c))).toBe(c);
    }
    expect(neutralise('theme-a')).toBe('theme-a');
    expect(unneutralise("'plain")).toBe("'plain");
  });

  it('refuses formula cells clearly', () => {
    const errs = errorsOf(`${HEADER}\nsip-2020;FR;${id(1)};=HYPERLINK("x");;\n`);
    expect(errs[0]).toMatchObject({ line: 2, code: 'formula-cell' });
    // A neutralised one is un-neutralised, then refused as an option id.
    expect(errorsOf(`${HEADER}\nsip-2020;FR;${id(1)};'=cmd;;\n`)[0]).toMatchObject({
      line: 2,
      code: 'bad-option',
    });
  });

  it('names the line and the problem', () => {
    const cases: [string, string, object?][] = [
      [`sip-2020;FR;${id(1)};a;a;`, 'duplicate-rank'],
      [`sip-2020;FR;${id(1)};a;;b`, 'gap-in-ranking'],
      [`sip-2020;FR;xyz;a;;`, 'bad-ballot-id'],
      [`sip-2020;FR;${id(1)};zz;;`, 'unknown-option', { options: ['a', 'b', 'c'] }],
      [`other;FR;${id(1)};a;;`, 'wrong-election', { election: 'sip-2020' }],
      [`sip-2020;DE;${id(1)};a;;`, 'unknown-section', { sections: ['FR', 'BE'] }],
      [`sip-2020;fr;${id(1)};a;;`, 'bad-section'],
      [`Sip;FR;${id(1)};a;;`, 'bad-election'],
      [`sip-2020;FR;${id(1)};a;;;`, 'wrong-cell-count'],
    ];
    for (const [line, code, opts] of cases) {
      const errs = errorsOf(`${HEADER}\nsip-2020;FR;${id(9)};a;b;c\n${line}\n`, opts ?? {});
      expect(errs, line).toEqual([expect.objectContaining({ line: 3, code })]);
      expect(errs[0]?.message.length).toBeGreaterThan(5);
    }
  });

  it('refuses ballots of a second election in one file', () => {
    const errs = errorsOf(`${HEADER}\nsip-2020;FR;${id(1)};a;;\nsip-2021;FR;${id(2)};a;;\n`);
    expect(errs).toEqual([expect.objectContaining({ line: 3, code: 'wrong-election' })]);
  });

  it('reports a last line cut mid-row as truncated', () => {
    const errs = errorsOf(`${HEADER}\nsip-2020;FR;${id(1)};a;;\nsip-2020;FR;${id(2)}`);
    expect(errs).toEqual([expect.objectContaining({ line: 3, code: 'truncated-line' })]);
    // Same file with quotes goes through papaparse: same verdict.
    const quoted = errorsOf(`${HEADER}\n"sip-2020";FR;${id(1)};a;;\nsip-2020;FR;${id(2)}`);
    expect(quoted).toEqual([expect.objectContaining({ line: 3, code: 'truncated-line' })]);
    // A complete last row without a line break is fine.
    expect(parseBallotsCsv(`${HEADER}\nsip-2020;FR;${id(1)};a;;`).ok).toBe(true);
  });

  it('checks the header and the separator', () => {
    expect(errorsOf('election|section|ballot\n')[0]?.code).toBe('bad-delimiter');
    expect(errorsOf('election;ballot;rank_1\n')[0]).toMatchObject({
      code: 'missing-column',
      params: { column: 'section' },
    });
    expect(errorsOf('election;section;ballot;rank_2\n')[0]).toMatchObject({
      code: 'missing-column',
      params: { column: 'rank_1' },
    });
    expect(errorsOf('')[0]?.code).toBe('empty-file');
  });

  it('limits the size', () => {
    expect(errorsOf(`${HEADER}\n`, { maxChars: 10 })[0]?.code).toBe('too-large');
    const rows = [1, 2, 3].map((n) => `sip-2020;FR;${id(n)};a;;`).join('\n');
    expect(errorsOf(`${HEADER}\n${rows}\n`, { maxRows: 2 })[0]).toMatchObject({
      code: 'too-large',
      line: 4,
    });
  });

  it('stops after maxErrors', () => {
    const rows = Array.from({ length: 30 }, (_, n) => `sip-2020;FR;bad${n};a;;`).join('\n');
    const errs = errorsOf(`${HEADER}\n${rows}\n`, { maxErrors: 5 });
    expect(errs).toHaveLength(6);
    expect(errs[5]?.code).toBe('too-many-errors');
  });
});

describe('results CSV', () => {
  it('lists every method per section and combined', () => {
    const t = tallyElection(['a', 'b', 'c'], ['FR', 'BE'], {
      FR: groupRankings([['a', 'b', 'c'], ['a']]),
      BE: groupRankings([['b', 'c'], []]),
    });
    const csv = formatResultsCsv(t, { a: 'Thème A', b: '=B' });
    expect(
      csv.startsWith('\uFEFFscope;table;option;option_title;other;other_title;rank;value\r\n'),
    ).toBe(true);
    for (const table of [
      'borda',
      'schulze',
      'copeland',
      'irv',
      'kemeny',
      'pairwise',
      'first-choices',
      'rank-distribution',
    ])
      for (const scope of ['FR', 'BE', 'combined']) expect(csv).toContain(`${scope};${table};`);
    expect(csv).toContain('combined;ballots;;;;;;4\r\n');
    expect(csv).toContain("combined;pairwise;a;Thème A;b;'=B;;2\r\n");
    expect(csv).toContain('FR;borda;a;Thème A;;;1;4\r\n');
    expect(csv).toContain('combined;condorcet-winner;a;Thème A;;;;\r\n');
  });

  it('writes numbers as numbers with a decimal comma, text cells neutralised', () => {
    const t = tallyElection(['a', 'b', 'c', 'd'], ['FR'], {
      FR: groupRankings([['a', 'b'], ['a']]),
    });
    const csv = formatResultsCsv(t);
    expect(csv).toContain('FR;borda;c;;;;3;1,5\r\n');
    expect(csv).toMatch(/\r\nFR;copeland;d;;;;\d;-\d\r\n/);
    expect(csv).not.toContain("'-");
  });
});
