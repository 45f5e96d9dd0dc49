/**
 * Makes "record the ballot" and "burn the code" one durable step. The intent (ballot + code
 * hash) is written and fsync'd to a one-entry journal; then the ballot and the burn are
 * appended to their own files, which never mention each other; then the journal is emptied.
 * A crash at any point is repaired on open by replaying the journal, which is idempotent.
 * The journal is the only place where a ballot and a code meet, for about a millisecond.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asBallotRecord, type Ballot } from '../../shared/domain/ballot';
import { fsyncDir, storageError } from './durable-file';

export interface CastIntent {
  ballot: Ballot;
  codeHash: string;
}

/** One fixed-size record, blank (spaces) when nothing is pending. */
const RECORD_BYTES = 4096;
const BLANK = Buffer.alloc(RECORD_BYTES, 0x20);

export class CastJournal {
  private readonly fd: number;

  constructor(readonly file: string) {
    const existed = fs.existsSync(file);
    this.fd = fs.openSync(file, existed ? 'r+' : 'w+');
    if (!existed) {
      // Size the record once, durably; from then on each write only overwrites it in place.
      this.writeRecord(BLANK);
      fs.fsyncSync(this.fd);
      fsyncDir(path.dirname(file));
    }
  }

  /** The pending intent left by a crash, if its write completed. */
  pending(): CastIntent | null {
    const text = fs.readFileSync(this.file, 'utf8');
    if (text.trim() === '') return null;
    try {
      const raw = JSON.parse(text) as { ballot?: unknown; codeHash?: unknown };
      const ballot = asBallotRecord(raw.ballot);
      if (!ballot || typeof raw.codeHash !== 'string' || !/^[0-9a-f]{64}$/.test(raw.codeHash))
        return null;
      return { ballot, codeHash: raw.codeHash };
    } catch {
      // A torn journal write: the cast was never acknowledged, so dropping it loses nothing.
      return null;
    }
  }

  write(intent: CastIntent): void {
    const text = JSON.stringify(intent);
    const rec = Buffer.alloc(RECORD_BYTES, 0x20);
    // A ballot of 20 options with long ids fits in well under 4 KiB; refuse rather than tear.
    if (Buffer.byteLength(text) > RECORD_BYTES)
      throw storageError(this.file, new Error('cast record too large'));
    rec.write(text, 0, 'utf8');
    try {
      this.writeRecord(rec);
      // The record keeps its size, so only the data needs flushing: fdatasync, not fsync.
      fs.fdatasyncSync(this.fd);
    } catch (e) {
      this.clear(true);
      throw storageError(this.file, e);
    }
  }

  /**
   * After a completed cast no flush is needed: if the emptying is lost, the replay finds
   * everything already done. After a failed cast it is (`durable`): the undone ballot must not
   * come back on the next open, since the voter was told it did not count.
   */
  clear(durable = false): void {
    try {
      this.writeRecord(BLANK);
      if (durable) fs.fdatasyncSync(this.fd);
    } catch {
      // Replaying an already applied intent is harmless.
    }
  }

  /** Overwrites the one fixed-size record in place (the file never changes size once made). */
  private writeRecord(rec: Buffer): void {
    let off = 0;
    while (off < rec.length) off += fs.writeSync(this.fd, rec, off, rec.length - off, off);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
