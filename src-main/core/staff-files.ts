/**
 * Drives, export and import for the staff console: the glue between the ballot box, the
 * platform's drive lister, the export folder writer and the import checker. Every export and
 * import leaves an audit entry with the hashes of the files; none holds a ballot or a code.
 */
import { randomInt } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import type { StaffFiles } from './api-service';
import type { BallotBox } from './ballot-box';
import { runCommand, type CommandRunner } from './drives/command-runner';
import { createDriveLister, type DriveLister } from './drives/drive-lister';
import { EXPORT_FILES, exportFolder } from './export/export-folder';
import { readRecountTools } from './export/recount-tools';
import { readMinutesFonts } from './minutes/fonts';
import { prepareImport, type ImportLimits } from './import/import-ballots';

export interface StaffFilesDeps {
  box: BallotBox;
  now: () => Date;
  appVersion: string;
  platform?: NodeJS.Platform;
  run?: CommandRunner;
  listDrives?: DriveLister;
  randomInt?: (n: number) => number;
  importLimits?: ImportLimits;
  /** The build folder holding the recount tools copied into every export (`out/`). */
  toolsDir?: string;
}

/** `sync -f FILE` flushes the whole file system of FILE: the stick, not just our file. */
export const syncFileSystemWith =
  (platform: NodeJS.Platform, run: CommandRunner) =>
  async (file: string): Promise<void> => {
    if (platform !== 'linux') return;
    const r = await run('sync', ['-f', file]);
    if (r.code !== 0)
      throw Object.assign(new Error(`sync -f failed: ${r.stderr.trim()}`), { code: 'EIO' });
  };

export function createStaffFiles(deps: StaffFilesDeps): StaffFiles {
  const platform = deps.platform ?? process.platform;
  const run = deps.run ?? runCommand;
  const listDrives = deps.listDrives ?? createDriveLister(platform, run);
  const box = deps.box;
  // The PV cites the hashes of one export's files: the console hands out the latest one's.
  let minutes: { election: string; pdf: Uint8Array } | null = null;
  const toolsDir = deps.toolsDir;
  return {
    async minutes() {
      if (!minutes || minutes.election !== box.election.id || box.status !== 'closed')
        throw new ApiError(
          'minutes-need-export',
          'Export after the close first: the minutes cite the exported files.',
        );
      return minutes.pdf;
    },

    listDrives,

    async exportTo(folder) {
      const ov = box.overview();
      const report = await exportFolder(
        folder,
        {
          election: box.election,
          status: box.status,
          ballots: box.ballots(),
          entitled: ov.entitled,
          auditText: await box.auditText(),
          drawSeed: ov.drawSeed,
          lang: ov.language,
          appVersion: deps.appVersion,
          at: deps.now(),
        },
        {
          platform,
          randomInt: deps.randomInt ?? ((n) => randomInt(n)),
          minutesFonts: readMinutesFonts,
          syncFileSystem: syncFileSystemWith(platform, run),
          recountTools: toolsDir === undefined ? undefined : () => readRecountTools(toolsDir),
        },
      );
      if (report.files.some((f) => f.name === EXPORT_FILES.minutes))
        minutes = {
          election: box.election.id,
          pdf: new Uint8Array(await fs.readFile(path.join(report.folder, EXPORT_FILES.minutes))),
        };
      box.record('exported', {
        folder: path.basename(report.folder),
        ballots: report.ballots,
        files: report.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
      });
      return report;
    },

    async importFiles(files) {
      const known = new Map(box.ballots().map((b) => [b.id, b]));
      const prepared = prepareImport(box.election, files, (id) => known.get(id), deps.importLimits);
      const r = box.importBallots(prepared.ballots, { files: prepared.files });
      return { ...r, files: prepared.files };
    },
  };
}
