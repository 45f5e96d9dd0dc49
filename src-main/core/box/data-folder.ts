/**
 * The layout of the data folder: which file holds what (docs/design.md, "Ballot box on disk"),
 * where the backups go, and how a closed election's files are archived. Every module that
 * opens a file of the box asks this one for its path; no other module spells a file name.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DamagedFileError, Doc } from '../document-store';
import { fsyncDir } from '../durable-file';
import { legacyName } from '../record-file';
import { fileMark, type Mark } from '../seal';

export const FILES = {
  state: 'state.json',
  settings: 'settings.json',
  codes: 'codes.json',
  ballots: 'ballots.slots',
  testBallots: 'test-ballots.slots',
  burned: 'burned-codes.slots',
  journal: 'cast-journal.json',
  audit: 'audit.jsonl',
} as const;
export type DataFile = keyof typeof FILES;

/**
 * Outside the sealed files: where damaged originals are kept by a recovery, and the PIN's
 * failures while the box cannot open (src-main/core/damaged-box.ts), so that a restart in the
 * damaged mode keeps the lockout without writing to a file of the box.
 */
export const DAMAGED_DIR = 'damaged';
export const DAMAGED_MODE_LOCKOUT = path.join(DAMAGED_DIR, 'pin-lockout.json');

/** The file each part of the seal vouches for (src-main/core/seal.ts). */
export const SEALED_FILE = {
  state: FILES.state,
  settings: FILES.settings,
  ballots: FILES.ballots,
  testBallots: FILES.testBallots,
  burned: FILES.burned,
  codes: FILES.codes,
  audit: FILES.audit,
} as const;

/** The documents rotated into backups/ (settings are not archived with an election). */
const ARCHIVED_BACKUPS = /^(state|codes)\.\d+\.json$/;
/**
 * An election's own files, in the order they are archived: if a crash stops the archive half
 * way, every intermediate folder still opens (state present) or is empty.
 */
const ELECTION_FILES = ['journal', 'testBallots', 'ballots', 'burned', 'codes', 'state'] as const;

export class DataFolder {
  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  file(k: DataFile): string {
    return path.join(this.dir, FILES[k]);
  }

  get backupDir(): string {
    return path.join(this.dir, 'backups');
  }

  /** Opens one of the folder's documents, with its rotated backups in backups/. */
  document<T>(k: 'state' | 'settings' | 'codes', schema: z.ZodType<T>, defaults: T): Doc<T> {
    const doc = new Doc(this.file(k), schema, defaults, this.backupDir);
    doc.adapter.beforeWrite = (mark) => this.beforeDocumentWrite(k, mark);
    this.docs.set(k, doc.adapter);
    return doc;
  }

  private readonly docs = new Map<'state' | 'settings' | 'codes', { mark(): Mark }>();

  /** The mark of a document's file as it is now (through the document last opened for it). */
  documentMark(k: 'state' | 'settings' | 'codes'): Mark {
    return this.docs.get(k)?.mark() ?? fileMark(this.file(k));
  }

  /** Told each document's mark before it is written (the box keeps the seal with it). */
  beforeDocumentWrite: (k: 'state' | 'settings' | 'codes', mark: Mark) => void = () => {};

  /**
   * A missing document next to a log with data (or to its own backup) was lost, not never
   * written: starting afresh would silently reopen a new vote over the old ballots, or forget
   * every code. Throws DamagedFileError then.
   */
  requirePresent(doc: 'state' | 'codes' | 'journal', ...logs: DataFile[]): void {
    const file = this.file(doc);
    if (fs.existsSync(file)) return;
    const backup = path.join(this.backupDir, `${doc}.1.json`);
    // A log of an earlier version (`*.jsonl`, converted at the first opening) is evidence too.
    const evidence = logs.some((k) =>
      [this.file(k), legacyName(this.file(k))].some(
        (f) => fs.existsSync(f) && fs.statSync(f).size > 0,
      ),
    );
    if (evidence || fs.existsSync(backup))
      throw new DamagedFileError(file, 'missing, although the vote already has data');
  }

  /**
   * Moves an election's files (and their backups) to archive/NAME, state last. The caller has
   * closed them; the audit and the settings stay. Returns the archive's path inside the folder.
   */
  archiveElection(name: string): string {
    const archive = path.join(this.dir, 'archive', name);
    const backups = path.join(archive, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    if (fs.existsSync(this.backupDir))
      for (const f of fs.readdirSync(this.backupDir))
        if (ARCHIVED_BACKUPS.test(f))
          fs.renameSync(path.join(this.backupDir, f), path.join(backups, f));
    for (const k of ELECTION_FILES)
      if (fs.existsSync(this.file(k))) fs.renameSync(this.file(k), path.join(archive, FILES[k]));
    fsyncDir(this.dir);
    return path.relative(this.dir, archive);
  }
}
