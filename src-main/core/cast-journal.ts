/**
 * Makes "record the ballot" and "burn the code" one durable step. The intent (ballot + code
 * hash) is written and fdatasync'd to a one-entry journal: from then on the cast is on disk
 * (write-ahead). Then the ballot and the burn are written to their own files, which never
 * mention each other, flushed before the record next changes (`defer`), and the journal is
 * emptied. A crash at any point is repaired on open by replaying the journal, idempotently.
 * The journal is the only place where a ballot and a code meet, until those flushes (the
 * moment after the answer, or the next cast).
 */
import fs from 'node:fs';
import path from 'node:path';
import { asBallotRecord, type Ballot } from '../../shared/domain/ballot';
import { SealSchema, type Seal } from './seal';
import { fsyncDir, storageError } from './durable-file';

export interface CastIntent {
  ballot: Ballot;
  /** Absent in open mode: the intent then only makes the ballot and its seal one step. */
  codeHash?: string | undefined;
  /** A test ballot (before opening), replayed into the test set. */
  test?: true | undefined;
}

/** The seal the box leads to, and for a step in progress the one before it (box/seal.ts). */
export interface SealState {
  seal: Seal;
  before: Partial<Seal> | null;
}

/** One fixed-size record, blank (spaces) when nothing is pending. */
const RECORD_BYTES = 4096;
const BLANK = Buffer.alloc(RECORD_BYTES, 0x20);

export class CastJournal {
  private readonly fd: number;
  /** Whether the file existed before this opening (a box with data must have one). */
  readonly existed: boolean;
  private sealState: SealState | null = null;

  constructor(readonly file: string) {
    const existed = fs.existsSync(file);
    this.existed = existed;
    this.fd = fs.openSync(file, existed ? 'r+' : 'w+');
    if (!existed) {
      // Size the record once, durably; from then on each write only overwrites it in place.
      this.writeRecord(BLANK);
      fs.fsyncSync(this.fd);
      fsyncDir(path.dirname(file));
    }
    this.sealState = this.read().sealState;
  }

  /** The seal as this process last wrote or read it. */
  get current(): SealState | null {
    return this.sealState;
  }

  /** The pending intent left by a crash, if its write completed. */
  pending(): CastIntent | null {
    return this.read().intent;
  }

  /**
   * Whether a journal without a seal is one this app wrote: a new one, or one of the first
   * version (always one full record, blank or holding a cast). Emptied, cut or unreadable, it
   * is damage.
   */
  unsealedButSound(): boolean {
    const bytes = fs.readFileSync(this.file);
    const text = bytes.toString('utf8');
    return text.trim() === '' ? bytes.length === RECORD_BYTES : this.read().intent !== null;
  }

  /** The seal as last written (null for a journal of the first version, or a new one). */
  seal(): SealState | null {
    return this.read().sealState;
  }

  private read(): { intent: CastIntent | null; sealState: SealState | null } {
    const text = fs.readFileSync(this.file, 'utf8');
    if (text.trim() === '') return { intent: null, sealState: null };
    let raw: {
      ballot?: unknown;
      codeHash?: unknown;
      intent?: unknown;
      seal?: unknown;
      before?: unknown;
    };
    try {
      raw = JSON.parse(text) as typeof raw;
    } catch {
      // A torn journal write: the cast was never acknowledged, so dropping it loses nothing.
      // (The record is written in place in one sector-aligned write; see box/seal.ts for why a
      // lost seal is then noticed rather than trusted.)
      return { intent: null, sealState: null };
    }
    const seal = SealSchema.safeParse(raw.seal);
    const before = SealSchema.partial().safeParse(raw.before ?? {});
    const sealState = seal.success
      ? { seal: seal.data, before: raw.before && before.success ? before.data : null }
      : null;
    const i = (raw.intent ?? (raw.ballot ? raw : null)) as {
      ballot?: unknown;
      codeHash?: unknown;
    } | null;
    const ballot = i ? asBallotRecord(i.ballot) : null;
    const hashOk =
      i?.codeHash === undefined ||
      (typeof i.codeHash === 'string' && /^[0-9a-f]{64}$/.test(i.codeHash));
    const intent =
      ballot && hashOk
        ? {
            ballot,
            codeHash: i?.codeHash as string | undefined,
            ...((i as { test?: unknown }).test === true ? { test: true as const } : {}),
          }
        : null;
    return { intent, sealState };
  }

  /** The data writes of the cast the record holds, made without a flush (see `defer`). */
  private unflushed: (() => void) | null = null;

  /**
   * The record is the cast's write-ahead log: once it is on disk the cast is, since opening
   * replays it. So a cast's own data writes may be flushed after the voter is answered, as
   * long as they are flushed before the record changes: `flush` runs before the next write of
   * the record (any step), at `settle`, and at `close`.
   */
  defer(flush: () => void): void {
    this.flushPending();
    this.unflushed = flush;
  }

  /** Flushes the deferred data writes, then empties the record (no flush needed: see clear). */
  settle(): void {
    if (this.unflushed === null) return;
    this.flushPending();
    this.clear();
  }

  /** Throws if the flush fails: the record then keeps the cast, for the replay. */
  private flushPending(): void {
    const flush = this.unflushed;
    if (flush === null) return;
    flush();
    this.unflushed = null;
  }

  /** Writes an intent (or none) with the seal it leads to, in one write and one fdatasync. */
  write(intent: CastIntent | null, sealState: SealState | null = this.sealState): void {
    // Never overwrite a cast whose data is not on disk yet.
    this.flushPending();
    const prior = this.sealState;
    const text = JSON.stringify({
      v: 2,
      intent,
      seal: sealState?.seal ?? null,
      before: sealState?.before ?? null,
    });
    const rec = Buffer.alloc(RECORD_BYTES, 0x20);
    // A ballot of 20 options with long ids fits in well under 4 KiB; refuse rather than tear.
    if (Buffer.byteLength(text) > RECORD_BYTES)
      throw storageError(this.file, new Error('cast record too large'));
    rec.write(text, 0, 'utf8');
    this.sealState = sealState;
    try {
      this.writeRecord(rec);
      // The record keeps its size, so only the data needs flushing: fdatasync, not fsync.
      fs.fdatasyncSync(this.fd);
    } catch (e) {
      this.sealState = prior;
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
    // Outside the try: a failed flush must leave the record, and the cast, in place.
    this.flushPending();
    try {
      this.writeRecord(this.record(null));
      if (durable) fs.fdatasyncSync(this.fd);
    } catch {
      // Replaying an already applied intent is harmless.
    }
  }

  private record(intent: CastIntent | null): Buffer {
    if (!this.sealState) return BLANK;
    const rec = Buffer.alloc(RECORD_BYTES, 0x20);
    rec.write(
      JSON.stringify({ v: 2, intent, seal: this.sealState.seal, before: this.sealState.before }),
      0,
      'utf8',
    );
    return rec;
  }

  /** Overwrites the one fixed-size record in place (the file never changes size once made). */
  private writeRecord(rec: Buffer): void {
    let off = 0;
    while (off < rec.length) off += fs.writeSync(this.fd, rec, off, rec.length - off, off);
  }

  close(): void {
    try {
      this.settle();
    } catch {
      // The record keeps the cast: the next opening replays it.
    }
    fs.closeSync(this.fd);
  }
}
