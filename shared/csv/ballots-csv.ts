import Papa from 'papaparse';
import { BallotIdSchema, BallotSchema, isBallotIdAt, type Ballot } from '../domain/ballot';
import { BOM, EOL, FORMULA_START, row, unneutralise } from './cells';
import { forEachPlainRow } from './plain-rows';

/**
 * The ballots interchange format (DESIGN.md): UTF-8 with BOM, `;` separator, header
 * `election;section;ballot;rank_1;…;rank_c`, one row per ballot, empty cells for unranked
 * options, all rank cells empty for a blank ballot. Import also accepts `,` and no BOM.
 *
 * Formula-looking cells are neutralised on export with a leading apostrophe. On import an
 * apostrophe-prefixed formula cell is un-neutralised and then validated like any cell (no id
 * can start with those characters, so it is refused as a bad value); a raw formula-looking
 * cell is refused with 'formula-cell', since a spreadsheet may already have run it.
 */

export type CsvErrorCode =
  | 'empty-file'
  | 'too-large'
  | 'bad-delimiter'
  | 'missing-column'
  | 'bad-header'
  | 'wrong-cell-count'
  | 'truncated-line'
  | 'formula-cell'
  | 'bad-ballot-id'
  | 'bad-election'
  | 'wrong-election'
  | 'bad-section'
  | 'unknown-section'
  | 'bad-option'
  | 'unknown-option'
  | 'duplicate-rank'
  | 'gap-in-ranking'
  | 'too-few-ranked'
  | 'too-many-errors';

export interface CsvError {
  /** 1-based line in the file; 0 for the file as a whole. */
  line: number;
  code: CsvErrorCode;
  /** English; the UI translates `code` with `params`. */
  message: string;
  params?: Record<string, string | number>;
}

export interface ParseBallotsOptions {
  /** Refuse ballots of any other election (default: the election of the first row). */
  election?: string;
  /** Known option ids; without them any valid slug is accepted. */
  options?: readonly string[];
  /** Known section ids; without them any valid section id is accepted. */
  sections?: readonly string[];
  /** Stop collecting after this many errors (default 20). */
  maxErrors?: number;
  maxChars?: number;
  maxRows?: number;
}

export type ParseBallotsResult =
  { ok: true; ballots: Ballot[]; optionCount: number } | { ok: false; errors: CsvError[] };

export const MAX_CSV_CHARS = 200 * 1024 * 1024;
export const MAX_CSV_ROWS = 2_000_000;

export function formatBallotsCsv(ballots: readonly Ballot[], optionCount: number): string {
  const header = [
    'election',
    'section',
    'ballot',
    ...Array.from({ length: optionCount }, (_, i) => `rank_${i + 1}`),
  ];
  const lines = [row(header)];
  for (const b of ballots) {
    if (b.ranking.length > optionCount)
      throw new RangeError(
        `ballot ${b.id} ranks ${b.ranking.length} options, more than ${optionCount}`,
      );
    const ranks = Array.from({ length: optionCount }, (_, i) => b.ranking[i] ?? '');
    lines.push(row([b.election, b.section, b.id, ...ranks]));
  }
  return BOM + lines.join(EOL) + EOL;
}

/** A validated ballot minus its id; one object shared by every row with the same content. */
export interface BallotShape {
  readonly election: string;
  readonly section: string;
  readonly ranking: string[];
}
type ValidShape = BallotShape;
type Shape = ValidShape | CsvError;

/**
 * Receives each valid ballot in file order: its id is src.slice(from, to) (32 lowercase hex
 * digits, checked), passed as a place in a string so that no string is made per ballot.
 */
export type BallotVisitor = (src: string, from: number, to: number, shape: BallotShape) => void;

export type ScanBallotsResult =
  { ok: true; ballots: number; optionCount: number } | { ok: false; errors: CsvError[] };

export function parseBallotsCsv(input: string, opts: ParseBallotsOptions = {}): ParseBallotsResult {
  const ballots: Ballot[] = [];
  const r = scanBallotsCsv(input, opts, (src, from, to, shape) => {
    const id = from === 0 && to === src.length ? src : src.slice(from, to);
    ballots.push({ id, election: shape.election, section: shape.section, ranking: shape.ranking });
  });
  return r.ok ? { ok: true, ballots, optionCount: r.optionCount } : r;
}

/**
 * parseBallotsCsv for a caller that keeps less than every Ballot (the recount CLI): the same
 * checks and errors, each valid ballot handed to `visit` as it is read. Ballots of a file that
 * turns out to have errors have been visited too, so decide only once the result is known.
 */
export function scanBallotsCsv(
  input: string,
  opts: ParseBallotsOptions,
  visit: BallotVisitor,
): ScanBallotsResult {
  const maxErrors = opts.maxErrors ?? 20;
  const errors: CsvError[] = [];
  const fail = (e: CsvError): ScanBallotsResult => ({ ok: false, errors: [e] });
  if (input.length > (opts.maxChars ?? MAX_CSV_CHARS))
    return fail({
      line: 0,
      code: 'too-large',
      message: 'file too large',
      params: { max: opts.maxChars ?? MAX_CSV_CHARS },
    });
  const unmarked = input.startsWith(BOM) ? input.slice(1) : input;
  // Old Mac spreadsheets end lines with CR alone: read them as lines, not as one long row.
  const text =
    unmarked.includes('\r') && !unmarked.includes('\n') ? unmarked.replace(/\r/g, '\n') : unmarked;
  if (text.trim() === '')
    return fail({ line: 0, code: 'empty-file', message: 'the file is empty' });

  const firstLineEnd = text.search(/\r?\n|$/);
  const headerLine = text.slice(0, firstLineEnd);
  const delimiter = headerLine.includes(';') ? ';' : headerLine.includes(',') ? ',' : null;
  if (delimiter === null)
    return fail({
      line: 1,
      code: 'bad-delimiter',
      message: 'the header must be separated by ";" or ","',
    });

  // Without any quote a plain split is exactly what a CSV parser would do, and much faster.
  const plain = !text.includes('"');
  let names: string[] | null = null;
  const readHeader = (cells: string[]) => {
    names = cells.map((c) => c.trim());
    return false;
  };
  if (plain)
    forEachPlainRow(text, delimiter, 0, 2, {
      fast: () => false,
      slow: (cells) => ({ go: readHeader(cells), shape: null }),
    });
  else forEachPapaRow(text, delimiter, readHeader);
  if (names === null) return fail({ line: 1, code: 'empty-file', message: 'the file is empty' });
  const headerNames: string[] = names;
  for (const [i, name] of ['election', 'section', 'ballot'].entries())
    if (headerNames[i] !== name)
      return fail({
        line: 1,
        code: 'missing-column',
        message: `column ${i + 1} must be "${name}"`,
        params: { column: name },
      });
  const optionCount = headerNames.length - 3;
  if (optionCount < 1)
    return fail({
      line: 1,
      code: 'missing-column',
      message: 'no rank_1 column',
      params: { column: 'rank_1' },
    });
  for (let i = 0; i < optionCount; i++)
    if (headerNames[3 + i] !== `rank_${i + 1}`)
      return fail({
        line: 1,
        code: 'missing-column',
        message: `column ${i + 4} must be "rank_${i + 1}"`,
        params: { column: `rank_${i + 1}` },
      });
  const width = headerNames.length;

  const optionSet = opts.options ? new Set(opts.options) : null;
  const sectionSet = opts.sections ? new Set(opts.sections) : null;
  let election = opts.election;
  // Rows with the same content but the id share one validated shape, found through a trie of cells.
  const shapes: ShapeNode = { next: null, shape: null };
  let ballots = 0;
  const maxRows = opts.maxRows ?? MAX_CSV_ROWS;

  const shapeOf = (cells: readonly string[], line: number): Shape => {
    const err = (
      code: CsvErrorCode,
      message: string,
      params?: Record<string, string | number>,
    ): CsvError => (params ? { line, code, message, params } : { line, code, message });
    for (const c of cells)
      if (FORMULA_START.test(c))
        return err('formula-cell', `cell "${c.slice(0, 20)}" looks like a spreadsheet formula`, {
          value: c.slice(0, 20),
        });
    const e = unneutralise(cells[0] as string);
    const section = unneutralise(cells[1] as string);
    const ranking: string[] = [];
    let gap = false;
    for (let i = 3; i < width; i++) {
      const v = unneutralise(cells[i] as string);
      if (v === '') gap = true;
      else if (gap)
        return err('gap-in-ranking', `rank_${i - 2} is filled after an empty rank`, {
          rank: i - 2,
        });
      else ranking.push(v);
    }
    const parsed = BallotSchema.safeParse({ id: '0'.repeat(32), election: e, section, ranking });
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      if (path[0] === 'election')
        return err('bad-election', `"${e}" is not a valid election id`, { value: e });
      if (path[0] === 'section')
        return err('bad-section', `"${section}" is not a valid section id`, { value: section });
      const bad = typeof path[1] === 'number' ? (ranking[path[1]] ?? '') : '';
      return err('bad-option', `"${bad}" is not a valid option id`, { value: bad });
    }
    if (election !== undefined && e !== election)
      return err('wrong-election', `ballot of election "${e}", expected "${election}"`, {
        value: e,
        expected: election,
      });
    if (sectionSet && !sectionSet.has(section))
      return err('unknown-section', `unknown section "${section}"`, { value: section });
    const seen = new Set<string>();
    for (const [i, o] of ranking.entries()) {
      if (optionSet && !optionSet.has(o))
        return err('unknown-option', `unknown option "${o}"`, { value: o, rank: i + 1 });
      if (seen.has(o))
        return err('duplicate-rank', `option "${o}" is ranked twice`, { value: o, rank: i + 1 });
      seen.add(o);
    }
    return { election: e, section, ranking: Object.freeze(ranking) as string[] };
  };

  let tooLarge: CsvError | null = null;
  let first = true;

  /** False when parsing must stop: too many rows or too many errors. */
  const tooManyRows = (line: number): boolean => {
    if (ballots + errors.length < maxRows) return false;
    tooLarge = {
      line,
      code: 'too-large',
      message: `more than ${maxRows} rows`,
      params: { max: maxRows },
    };
    return true;
  };
  const report = (error: CsvError, line: number): boolean => {
    errors.push(error);
    if (errors.length < maxErrors) return true;
    errors.push({ line, code: 'too-many-errors', message: `stopped after ${maxErrors} errors` });
    return false;
  };
  const badId = (id: string, line: number): CsvError => ({
    line,
    code: 'bad-ballot-id',
    message: `"${id.slice(0, 40)}" is not a ballot id (32 lowercase hex digits)`,
    params: { value: id.slice(0, 40) },
  });

  /** One row as cells; returns whether to go on and the row's valid shape, if it has one. */
  const readRow = (
    cells: string[],
    line: number,
    last: boolean,
    complete: boolean,
  ): { go: boolean; shape: ValidShape | null } => {
    if (first) {
      first = false;
      return { go: true, shape: null };
    }
    if (tooManyRows(line)) return { go: false, shape: null };
    let error: CsvError | null = null;
    let valid: ValidShape | null = null;
    if (cells.length !== width) {
      error =
        last && !complete && cells.length < width
          ? {
              line,
              code: 'truncated-line',
              message: `the last line is cut short (${cells.length} of ${width} cells, no line end)`,
            }
          : {
              line,
              code: 'wrong-cell-count',
              message: `${cells.length} cells, expected ${width}`,
              params: { got: cells.length, expected: width },
            };
    } else {
      let node = shapes;
      for (let i = 0; i < width; i++) {
        if (i === 2) continue;
        const cell = cells[i] as string;
        node.next ??= new Map();
        let child = node.next.get(cell);
        if (child === undefined) {
          child = { next: null, shape: null };
          node.next.set(cell, child);
        }
        node = child;
      }
      let shape = node.shape;
      if (shape === null) {
        shape = shapeOf(cells, line);
        if (!('code' in shape)) {
          node.shape = shape;
          election ??= shape.election;
        }
      }
      const id = unneutralise(cells[2] as string);
      if ('code' in shape) error = { ...shape, line };
      else {
        valid = shape;
        if (!BallotIdSchema.safeParse(id).success) error = badId(id, line);
        else {
          ballots++;
          visit(id, 0, id.length, shape);
        }
      }
    }
    return { go: error ? report(error, line) : true, shape: valid };
  };

  if (plain)
    forEachPlainRow<ValidShape>(text, delimiter, width, 2, {
      slow: readRow,
      // A row repeating a valid shape with another id: only the id is left to check.
      fast: (shape, from, to, line) => {
        if (tooManyRows(line)) return false;
        if (isBallotIdAt(text, from, to)) {
          ballots++;
          visit(text, from, to, shape);
          return true;
        }
        return report(badId(unneutralise(text.slice(from, to)), line), line);
      },
    });
  else
    forEachPapaRow(
      text,
      delimiter,
      (cells, line, last, complete) => readRow(cells, line, last, complete).go,
    );
  if (tooLarge) return fail(tooLarge);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ballots, optionCount };
}

interface ShapeNode {
  next: Map<string, ShapeNode> | null;
  shape: Shape | null;
}

/**
 * Calls visit for each non-empty row until it returns false. last: the last row of the file;
 * complete: ended by a line break (a last row without one may have been cut off).
 */
type RowVisitor = (cells: string[], line: number, last: boolean, complete: boolean) => boolean;

/** Rows through papaparse when the file uses quotes; line numbers count breaks inside quotes. */
function forEachPapaRow(text: string, delimiter: string, visit: RowVisitor): void {
  const data = Papa.parse<string[]>(text, { delimiter }).data;
  const endsWithBreak = /\n$/.test(text);
  let lastRow = data.length - 1;
  while (lastRow >= 0 && isEmptyRow(data[lastRow] as string[])) lastRow--;
  let line = 1;
  for (let i = 0; i <= lastRow; i++) {
    const cells = data[i] as string[];
    if (!isEmptyRow(cells) && !visit(cells, line, i === lastRow, i < lastRow || endsWithBreak))
      return;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
}

const isEmptyRow = (cells: readonly string[]) => cells.length === 1 && cells[0] === '';
