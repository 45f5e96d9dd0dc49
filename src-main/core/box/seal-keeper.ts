/**
 * Keeps the seal (box/seal.ts) in step with the box: every change to a sealed file is preceded
 * by the seal it leads to, and opening or a staff check compares the files with it.
 */
import path from 'node:path';
import type { CastIntent, CastJournal, SealState } from '../cast-journal';
import { DamagedFileError } from '../document-store';
import { SEALED_FILE } from './data-folder';
import {
  mismatchReason,
  sealMismatches,
  type Mark,
  type Seal,
  type SealMismatch,
  type Sealed,
} from '../seal';

export class SealKeeper {
  constructor(
    private readonly journal: CastJournal,
    /** What the files hold now. */
    private readonly found: () => Seal,
    private readonly dir: string,
  ) {}

  /** The seal on disk, or null for a journal of the first version or a new one. */
  stored(): SealState | null {
    return this.journal.seal();
  }

  /** The parts whose files differ from the seal on disk. */
  mismatches(): SealMismatch[] {
    const s = this.stored();
    return s ? sealMismatches(this.found(), s.seal, s.before) : [];
  }

  /** Throws the damaged-file error naming the first file that differs from its seal. */
  verify(): void {
    const m = this.mismatches()[0];
    if (m) throw new DamagedFileError(path.join(this.dir, SEALED_FILE[m.part]), mismatchReason(m));
  }

  /** Seals the files as they are (a new box, a box of the first version, after recovery). */
  reseal(): void {
    this.journal.write(null, { seal: this.found(), before: null });
  }

  /**
   * Before a step that changes `part` to `mark`: the seal after it, with the one before. Steps
   * nest (an import writes its audit entry before its ballots), so the earlier values are kept
   * until the next cast or opening seals the box whole again.
   */
  expect(part: Sealed, mark: Mark): void {
    const current = this.journal.current;
    const now = current?.seal ?? this.found();
    this.journal.write(null, {
      seal: { ...now, [part]: mark },
      before: { ...current?.before, [part]: now[part] },
    });
  }

  /** Before a cast: its intent and the seal it leads to, in one write. */
  cast(intent: CastIntent, marks: Partial<Seal>): void {
    const now = this.journal.current?.seal ?? this.found();
    this.journal.write(intent, { seal: { ...now, ...marks }, before: null });
  }

  /** After a step that failed and was undone: the seal of the files as they are. */
  settle(): void {
    this.journal.write(null, { seal: this.found(), before: null });
  }
}
