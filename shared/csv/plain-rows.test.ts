import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBallotsCsv, scanBallotsCsv, type ParseBallotsOptions } from './ballots-csv';
import { forEachPlainRow } from './plain-rows';

const HEADER = 'election;section;ballot;rank_1;rank_2;rank_3';
const id = (n: number) => n.toString(16).padStart(32, '0');

/**
 * Rows drawn from a small pool, so shapes repeat (the fast path) while ids, election, section
 * and ranks are sometimes wrong: bad or formula ids, unknown options, gaps, a cell too many or
 * too few, blank lines, CRLF or LF.
 */
const cell = {
  election: fc.constantFrom('e1', 'e1', 'e1', 'e2', '=1+1', "'=x", 'E 1'),
  section: fc.constantFrom('FR', 'FR', 'BE', 'B E', '@x'),
  id: fc.oneof(
    fc.nat({ max: 50 }).map(id),
    fc.constantFrom('xyz', id(0xabc).toUpperCase(), "'=123", `${id(2)}0`, '', '-5', `'${id(3)}`),
  ),
  rank: fc.constantFrom('a', 'b', 'c', '', '', 'zz', '+a', "'+a", 'A'),
};
const wildRow = fc
  .tuple(
    cell.election,
    cell.section,
    cell.id,
    fc.array(cell.rank, { minLength: 3, maxLength: 3 }),
    fc.constantFrom(0, 0, 0, 0, 1, -1),
  )
  .map(([e, s, i, ranks, extra]) => {
    const cells = [e, s, i, ...ranks];
    if (extra > 0) cells.push('a');
    if (extra < 0) cells.pop();
    return cells.join(';');
  });
// Mostly valid rows of a few contents, so that later rows take the fast path.
const usualRow = fc
  .tuple(
    fc.constantFrom('e1;FR;', 'e1;BE;'),
    fc.oneof(
      { weight: 4, arbitrary: fc.nat({ max: 50 }).map(id) },
      { weight: 1, arbitrary: cell.id },
    ),
    fc.constantFrom(';a;b;c', ';b;;', ';;;', ';c;a;'),
  )
  .map((parts) => parts.join(''));
const rowArb = fc.oneof({ weight: 3, arbitrary: usualRow }, { weight: 1, arbitrary: wildRow });
const fileArb = fc.record({
  rows: fc.array(
    fc.oneof({ weight: 9, arbitrary: rowArb }, { weight: 1, arbitrary: fc.constant('') }),
    {
      maxLength: 60,
    },
  ),
  eol: fc.constantFrom('\n', '\r\n'),
  endsWithBreak: fc.boolean(),
  maxErrors: fc.constantFrom(3, 20, 1000),
  maxRows: fc.constantFrom(5, 1000),
  known: fc.boolean(),
});

const optsOf = (f: {
  maxErrors: number;
  maxRows: number;
  known: boolean;
}): ParseBallotsOptions => ({
  maxErrors: f.maxErrors,
  maxRows: f.maxRows,
  ...(f.known ? { options: ['a', 'b', 'c'], sections: ['FR', 'BE'] } : {}),
});

describe('plain rows (fast path for repeated rows)', () => {
  it('parses exactly as papaparse does, errors and line numbers included', () => {
    fc.assert(
      fc.property(fileArb, (f) => {
        const body = [HEADER, ...f.rows].join(f.eol) + (f.endsWithBreak ? f.eol : '');
        // A quoted header cell sends the whole file through papaparse, the reference path.
        const quoted = `"election"${body.slice('election'.length)}`;
        const fast = parseBallotsCsv(body, optsOf(f));
        const reference = parseBallotsCsv(quoted, optsOf(f));
        // papaparse cannot tell a cut last line from a complete one in every case: compare
        // files that end with a line break, and the others when neither reports that.
        const truncated = (r: typeof fast) =>
          !r.ok && r.errors.some((e) => e.code === 'truncated-line');
        if (f.endsWithBreak || (!truncated(fast) && !truncated(reference)))
          expect(fast).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });

  it('checks the id of a repeated row as strictly as the first one', () => {
    const text = [
      HEADER,
      `e1;FR;${id(1)};a;b;`,
      `e1;FR;${id(0xabcdef).toUpperCase()};a;b;`,
      `e1;FR;'=${id(2).slice(2)};a;b;`,
      `e1;FR;${id(3)};a;b;`,
      '',
    ].join('\n');
    const r = parseBallotsCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.line, e.code])).toEqual([
        [3, 'bad-ballot-id'],
        [4, 'bad-ballot-id'],
      ]);
  });

  it('hands each valid ballot to the scan visitor, in order, without a string per id', () => {
    const text = [
      HEADER,
      `e1;FR;${id(1)};a;b;`,
      `e1;BE;${id(2)};;;`,
      `e1;FR;${id(3)};a;b;`,
      '',
    ].join('\r\n');
    const seen: [string, string, string[]][] = [];
    const shapes = new Set<object>();
    const r = scanBallotsCsv(text, {}, (src, from, to, shape) => {
      seen.push([src.slice(from, to), shape.section, shape.ranking]);
      shapes.add(shape);
    });
    expect(r).toEqual({ ok: true, ballots: 3, optionCount: 3 });
    expect(seen).toEqual([
      [id(1), 'FR', ['a', 'b']],
      [id(2), 'BE', []],
      [id(3), 'FR', ['a', 'b']],
    ]);
    expect(shapes.size).toBe(2); // rows 1 and 3 share their shape
  });

  it('numbers lines from 1, blank ones included, and splits CRLF and LF rows', () => {
    const rows: [string[], number, boolean, boolean][] = [];
    forEachPlainRow('h;x\r\n\r\na;b\n\nc;d', ';', 2, 1, {
      fast: () => true,
      slow: (cells, line, last, complete) => {
        rows.push([cells, line, last, complete]);
        return { go: true, shape: null };
      },
    });
    expect(rows).toEqual([
      [['h', 'x'], 1, false, true],
      [['a', 'b'], 3, false, true],
      [['c', 'd'], 5, true, false],
    ]);
  });
});
