/**
 * The recount of one export folder in the browser, with the same reader and the same counting
 * as the CLI (shared/csv, shared/tally): checks ballots.csv against the SHA-256 the manifest
 * gives, reads it against the manifest's election, counts a repeated ballot once and refuses
 * one repeated with other contents. Pure apart from Web Crypto; the page only shows the outcome.
 */
import { scanBallotsCsv, type BallotShape, type CsvError } from '../../shared/csv/ballots-csv';
import { ElectionSchema, type Election } from '../../shared/domain/election';
import { repeatedBallot } from '../../shared/domain/ballot';
import { tallyElection, type ElectionTally, type RankingGroup } from '../../shared/tally';

export const BALLOTS_FILE = 'ballots.csv';
export const MANIFEST_FILE = 'manifest.json';

export interface FileHash {
  name: string;
  sha256: string;
}

export type RecountProblem =
  | { kind: 'missing-ballots' }
  | { kind: 'missing-manifest' }
  | { kind: 'bad-manifest'; reason: string }
  | { kind: 'not-listed' }
  | { kind: 'hash-mismatch'; hashes: FileHash[] }
  | { kind: 'csv'; errors: CsvError[] }
  | { kind: 'conflict'; id: string };

export type RecountOutcome =
  | {
      ok: true;
      election: Election;
      tally: ElectionTally;
      duplicates: number;
      /** ballots.csv and manifest.json as read here. */
      hashes: FileHash[];
    }
  | { ok: false; problem: RecountProblem };

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Manifest {
  election: Election;
  files: FileHash[];
}

function readManifest(text: string): Manifest | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  if (raw === null || typeof raw !== 'object' || !('election' in raw) || !('files' in raw))
    return 'no election, no files';
  const election = ElectionSchema.safeParse(raw.election);
  if (!election.success) return election.error.issues[0]?.message ?? 'election';
  const files = Array.isArray(raw.files) ? raw.files : [];
  const hashes = files.filter(
    (f): f is FileHash =>
      f !== null &&
      typeof f === 'object' &&
      typeof (f as FileHash).name === 'string' &&
      typeof (f as FileHash).sha256 === 'string',
  );
  return { election: election.data, files: hashes };
}

/** Files by name, as chosen or dropped; any other file is ignored. */
export async function recount(
  files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
): Promise<RecountOutcome> {
  const csvBytes = files.get(BALLOTS_FILE);
  const manifestBytes = files.get(MANIFEST_FILE);
  if (!csvBytes) return { ok: false, problem: { kind: 'missing-ballots' } };
  if (!manifestBytes) return { ok: false, problem: { kind: 'missing-manifest' } };
  const manifest = readManifest(new TextDecoder().decode(manifestBytes));
  if (typeof manifest === 'string')
    return { ok: false, problem: { kind: 'bad-manifest', reason: manifest } };
  const listed = manifest.files.find((f) => f.name === BALLOTS_FILE);
  if (!listed) return { ok: false, problem: { kind: 'not-listed' } };
  const hashes = [
    { name: BALLOTS_FILE, sha256: await sha256Hex(csvBytes) },
    { name: MANIFEST_FILE, sha256: await sha256Hex(manifestBytes) },
  ];
  if (hashes[0]?.sha256 !== listed.sha256.toLowerCase())
    return { ok: false, problem: { kind: 'hash-mismatch', hashes } };

  const e = manifest.election;
  const options = e.options.map((o) => o.id);
  const sections = e.sections.map((s) => s.id);
  // The decoder drops the BOM, as the CLI's reader does.
  const text = new TextDecoder().decode(csvBytes);
  const seen = new Map<string, BallotShape>();
  const perShape = new Map<BallotShape, number>();
  let duplicates = 0;
  let conflict: string | null = null;
  const scanned = scanBallotsCsv(
    text,
    { election: e.id, options, sections },
    (src, from, to, shape) => {
      const id = src.slice(from, to);
      const before = seen.get(id);
      if (before === undefined) {
        seen.set(id, shape);
        perShape.set(shape, (perShape.get(shape) ?? 0) + 1);
      } else if (repeatedBallot(before, shape) === 'same') duplicates++;
      else conflict ??= id;
    },
  );
  if (!scanned.ok) return { ok: false, problem: { kind: 'csv', errors: scanned.errors } };
  if (conflict !== null) return { ok: false, problem: { kind: 'conflict', id: conflict } };
  const groups = new Map<string, RankingGroup[]>(sections.map((s) => [s, []]));
  for (const [shape, count] of perShape)
    groups.get(shape.section)?.push({ ranking: shape.ranking, count });
  const tally = tallyElection(options, sections, groups, e.method);
  return { ok: true, election: e, tally, duplicates, hashes };
}
