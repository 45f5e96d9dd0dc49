/**
 * The recount's merge of ballot files, in little memory: every file is scanned once, a ballot
 * is kept as the index of its shape (the shared election, section and ranking of identical
 * rows) and of its file, its id in the IdTable. A ballot id met again follows the one rule of
 * shared/domain/ballot.ts `repeatedBallot`: the same content counts once, other content stops
 * the recount naming both files.
 */
import { scanBallotsCsv, type BallotShape } from '../../shared/csv/ballots-csv';
import { repeatedBallot } from '../../shared/domain/ballot';
import type { Election } from '../../shared/domain/election';
import { CliError } from './cli-error';
import { IdTable } from './id-table';
import { fill, problemText, type CliCatalog } from './messages';

export interface MergedFiles {
  /** Distinct ballot contents, in the order of their first ballot. */
  shapes: BallotShape[];
  /** How many distinct ballots have each shape. */
  perShape: number[];
  /** Ballots seen again with the same content, counted once. */
  duplicates: number;
  /** The rank columns of the files (all the same), null without files. */
  optionCount: number | null;
  /** The election of the ballots: the definition's, else the first row's. */
  electionId: string | undefined;
}

export function mergeBallotFiles(
  files: readonly string[],
  readFile: (file: string) => string,
  election: Election | null,
  m: CliCatalog,
): MergedFiles {
  let ids: IdTable | null = null;
  const shapes: BallotShape[] = [];
  const shapeIndex = new Map<BallotShape, number>();
  const perShape: number[] = [];
  let shapeOf: Int32Array = new Int32Array(1024);
  let fileOf: Int32Array = new Int32Array(1024);
  let kept = 0;
  let duplicates = 0;
  let optionCount: number | null = null;
  let expectedElection = election?.id;
  const optionIds = election?.options.map((o) => o.id);
  for (const [fileIndex, file] of files.entries()) {
    let text: string;
    try {
      text = readFile(file);
    } catch (e) {
      throw new CliError(
        `${file}: ${fill(m.lang, m.readFailed, { reason: (e as Error).message })}`,
      );
    }
    // Rows are about 70 characters: sized so that one export never makes the table grow.
    const table = (ids ??= new IdTable(text.length / 80));
    // The first conflicting duplicate, reported only if the file itself has no error.
    let conflict: string | null = null;
    const parsed = scanBallotsCsv(
      text,
      {
        election: expectedElection,
        options: optionIds,
        sections: election?.sections.map((s) => s.id),
      },
      (src, from, to, shape) => {
        expectedElection ??= shape.election;
        let k = shapeIndex.get(shape);
        if (k === undefined) {
          k = shapes.length;
          shapes.push(shape);
          shapeIndex.set(shape, k);
          perShape.push(0);
        }
        const seen = table.getOrAddAt(src, from, kept);
        if (seen < 0) {
          if (kept === shapeOf.length) {
            shapeOf = grow(shapeOf);
            fileOf = grow(fileOf);
          }
          shapeOf[kept] = k;
          fileOf[kept] = fileIndex;
          kept++;
          perShape[k] = (perShape[k] as number) + 1;
        } else if (repeatedBallot(shapes[shapeOf[seen] as number] as BallotShape, shape) === 'same')
          duplicates++;
        else if (conflict === null) {
          const other = files[fileOf[seen] as number] ?? '';
          conflict = `${file}: ${fill(m.lang, m.duplicateConflict, { id: src.slice(from, to), other })}`;
        }
      },
    );
    if (!parsed.ok)
      throw new CliError(
        parsed.errors
          .map((e) => `${file}:${e.line}: ${problemText(m.lang, e.code, e.params)} [${e.code}]`)
          .join('\n'),
      );
    if (optionCount !== null && parsed.optionCount !== optionCount)
      throw new CliError(
        `${file}:1: ${fill(m.lang, m.optionCountDiffers, { count: parsed.optionCount, first: files[0] ?? '', expected: optionCount })}`,
      );
    optionCount ??= parsed.optionCount;
    if (conflict !== null) throw new CliError(conflict);
  }
  return { shapes, perShape, duplicates, optionCount, electionId: expectedElection };
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
