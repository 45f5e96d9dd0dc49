/** A real ballot box in a fresh temp folder, with its staff files, for core tests. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StaffFiles } from '../../../src-main/core/api-service';
import { BallotBox } from '../../../src-main/core/ballot-box';
import { defaultElection } from '../../../src-main/core/default-election';
import { createStaffFiles, type StaffFilesDeps } from '../../../src-main/core/staff-files';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');

export const fixture = (name: string) => ({
  name,
  content: fs.readFileSync(path.join(FIXTURES, name), 'utf8'),
});

export interface TestBox {
  box: BallotBox;
  files: StaffFiles;
  dataDir: string;
  close(): void;
}

export function openTestBox(extra: Partial<StaffFilesDeps> = {}): TestBox {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-staff-'));
  const now = () => new Date('2021-05-18T14:03:22');
  const box = new BallotBox({
    dataDir,
    defaultElection,
    now,
    randomBytes: (n) => randomBytes(n),
    pid: process.pid,
    isAlive: () => true,
    appVersion: '0.0.0-test',
  });
  const files = createStaffFiles({ box, now, appVersion: '0.0.0-test', ...extra });
  let open = true;
  return {
    box,
    files,
    dataDir,
    close() {
      if (!open) return;
      open = false;
      box.shutdown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const hex32 = () => randomBytes(16).toString('hex');

/** Opens the vote and casts the given rankings, alternating sections FR and BE. */
export function castSome(box: BallotBox, rankings: string[][]): void {
  box.open();
  rankings.forEach((ranking, i) =>
    box.cast({ ballotId: hex32(), ranking, section: i % 2 === 0 ? 'FR' : 'BE' }),
  );
}
