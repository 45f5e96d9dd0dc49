/**
 * One export: a new folder on the stick holding everything needed to recount without the
 * app — the ballots (shuffled, no time, no code), the results of every method, a copy of the
 * audit trail and, written last, a manifest with the election and the hash of every file.
 * A folder without manifest.json is therefore never mistaken for a finished export.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ExportReport } from '../../../shared/api';
import { formatBallotsCsv } from '../../../shared/csv/ballots-csv';
import { formatResultsCsv } from '../../../shared/csv/results-csv';
import type { Ballot } from '../../../shared/domain/ballot';
import type { Election, Lang } from '../../../shared/domain/election';
import { lastAuditHash } from '../minutes/audit-head';
import { procesVerbal, type MinutesFonts } from '../minutes/proces-verbal';
import { groupRankings, tallyElection } from '../../../shared/tally';
import { exportError } from './export-errors';
import { exportFolderName } from './folder-name';
import { shuffled } from '../../../shared/random';
import {
  fsyncFolder,
  writeVerifiedFile,
  type FileSystemSync,
  type WrittenFile,
} from './verified-file';

export const EXPORT_FILES = {
  ballots: 'ballots.csv',
  results: 'results.csv',
  audit: 'audit-log.jsonl',
  manifest: 'manifest.json',
  minutes: 'proces-verbal.pdf',
} as const;

export interface ExportSnapshot {
  election: Election;
  status: string;
  ballots: readonly Ballot[];
  entitled: Record<string, number>;
  auditText: string;
  appVersion: string;
  at: Date;
  /** The seed of the draw by lot, once staff entered it. */
  drawSeed?: string | null;
  /** The staff's language: the procès-verbal's first part. */
  lang?: Lang;
}

export interface ExportDeps extends FileSystemSync {
  /** Uniform integer in [0, n) from a cryptographic source. */
  randomInt(n: number): number;
  /** The bundled font files of the procès-verbal (read only when the vote is closed). */
  minutesFonts?: () => Promise<MinutesFonts | null>;
  /** The recount tools to write beside the ballots, as [file name, text] (recount-tools.ts). */
  recountTools?: () => Promise<[string, string][]>;
}

export function countsOf(election: Election, ballots: readonly Ballot[]) {
  const bySection: Record<string, number> = Object.fromEntries(
    election.sections.map((s) => [s.id, 0]),
  );
  let blank = 0;
  for (const b of ballots) {
    bySection[b.section] = (bySection[b.section] ?? 0) + 1;
    if (b.ranking.length === 0) blank++;
  }
  return { ballots: ballots.length, blank, bySection };
}

export function resultsOf(election: Election, ballots: readonly Ballot[]) {
  const bySection = new Map<string, string[][]>(election.sections.map((s) => [s.id, []]));
  for (const b of ballots) bySection.get(b.section)?.push(b.ranking);
  return tallyElection(
    election.options.map((o) => o.id),
    election.sections.map((s) => s.id),
    Object.fromEntries([...bySection].map(([s, r]) => [s, groupRankings(r)])),
    election.method,
  );
}

async function newFolder(target: string, name: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const dir = path.join(target, n === 1 ? name : `${name}-${n}`);
    try {
      await fs.mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw exportError(name, e);
    }
  }
  throw new ApiError('export-failed', `Too many exports named ${name} in ${target}.`);
}

async function requireFolder(target: string): Promise<void> {
  const st = await fs.stat(target).catch(() => null);
  if (!st?.isDirectory())
    throw new ApiError('drive-not-found', `No folder at ${target}.`, { folder: target });
}

/** Theme titles for results.csv, in French: the one language every election has. */
export const resultsTitles = (e: Election): Record<string, string> =>
  Object.fromEntries(e.options.map((o) => [o.id, o.title.fr]));

export async function exportFolder(
  target: string,
  snap: ExportSnapshot,
  deps: ExportDeps,
): Promise<ExportReport> {
  await requireFolder(target);
  const e = snap.election;
  const contents: [string, string][] = [
    [
      EXPORT_FILES.ballots,
      formatBallotsCsv(shuffled(snap.ballots, deps.randomInt), e.options.length),
    ],
    [
      EXPORT_FILES.results,
      formatResultsCsv(resultsOf(e, snap.ballots), resultsTitles(e), {
        rules: e.tieBreak ?? [],
        seed: snap.drawSeed ?? null,
      }),
    ],
    [EXPORT_FILES.audit, snap.auditText],
    ...((await deps.recountTools?.()) ?? []),
  ];
  // Files are renamed into place one by one, each only once whole; the manifest comes last,
  // so a stick pulled half-way never holds a folder that looks finished. (Renaming a whole
  // folder instead would be neater, but fusefat loses a renamed folder's contents.)
  const dir = await newFolder(target, exportFolderName(e.id, snap.at));
  const written: WrittenFile[] = [];
  try {
    await fsyncFolder(target, deps.platform);
    for (const [file, data] of contents)
      written.push(await writeVerifiedFile(dir, file, data, deps));
    const manifest = {
      format: 'priorites-export',
      formatVersion: 1,
      app: { name: 'Priorités', version: snap.appVersion },
      exportedAt: snap.at.toISOString(),
      status: snap.status,
      election: e,
      // Anyone can redo the draw by lot from the export: `npm run tally` reads it from here.
      ...(snap.drawSeed ? { drawSeed: snap.drawSeed } : {}),
      counts: countsOf(e, snap.ballots),
      entitled: snap.entitled,
      files: written,
    };
    const manifestText = JSON.stringify(manifest, null, 2) + '\n';
    written.push(await writeVerifiedFile(dir, EXPORT_FILES.manifest, manifestText, deps));
    // After the manifest, since it holds the manifest's hash; only once the vote is closed.
    const fonts = snap.status === 'closed' ? await deps.minutesFonts?.() : null;
    if (fonts) {
      const pdf = await procesVerbal(
        {
          election: e,
          lang: snap.lang ?? 'fr',
          tally: resultsOf(e, snap.ballots),
          entitled: snap.entitled,
          drawSeed: snap.drawSeed ?? null,
          day: snap.at,
          ballotsSha256: written.find((w) => w.name === EXPORT_FILES.ballots)?.sha256 ?? '',
          manifestSha256: written.find((w) => w.name === EXPORT_FILES.manifest)?.sha256 ?? '',
          auditHead: lastAuditHash(snap.auditText),
        },
        fonts,
      );
      written.push(await writeVerifiedFile(dir, EXPORT_FILES.minutes, pdf, deps));
    }
  } catch (err) {
    // Nothing of a failed export stays behind when the stick is still there to clean.
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw exportError(path.basename(dir), err);
  }
  return { folder: dir, files: written, ballots: snap.ballots.length };
}
