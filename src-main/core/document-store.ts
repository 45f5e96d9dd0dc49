/**
 * lowdb documents (election, settings, state, codes) written through an adapter that does what
 * lowdb's own does not: fsync the file and its folder, keep rotated backups, and refuse to
 * silently replace a damaged document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './durable-file';
import { EMPTY_MARK, fileMark, textMark, type Mark } from './seal';

export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The file ${file} is damaged (${reason}). It was left untouched.`);
    this.name = 'DamagedFileError';
  }
}

export const BACKUPS = 3;

export class DurableJsonAdapter<T> implements SyncAdapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly backupDir: string,
  ) {}

  read(): T | null {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    let text: string;
    let sig: string;
    try {
      // The text and the file's identity from one descriptor: the mark is of what was parsed.
      sig = signature(fs.fstatSync(fd, { bigint: true }));
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
    const data = parseDocument(this.file, text, this.schema);
    this.known = { mark: textMark(text), sig };
    return data;
  }

  /**
   * The mark (seal.ts) of the file as it is on disk. A large document (100,000 codes) costs
   * tens of milliseconds to read and hash, twice at every opening: the text last read or
   * written here is remembered with the file's identity (device, inode, size, modification
   * and change times) and the file is read again only when that identity changed. The staff
   * check reads it anyway.
   */
  mark(): Mark {
    let sig: string;
    try {
      sig = signature(fs.statSync(this.file, { bigint: true }));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_MARK;
      throw e;
    }
    return this.known?.sig === sig ? this.known.mark : fileMark(this.file);
  }

  private known: { mark: Mark; sig: string } | null = null;

  /** Told each document's mark before it is written (the seal, src-main/core/seal.ts). */
  beforeWrite: (mark: Mark) => void = () => {};

  /**
   * The newest backup is the document just written, so a damaged file can be put back
   * exactly as it was; the two before it are the previous versions.
   */
  write(data: T): void {
    const text = JSON.stringify(data, null, 2) + '\n';
    const mark = textMark(text);
    this.known = null;
    this.beforeWrite(mark);
    this.rotate();
    writeFileAtomic(this.file, text);
    this.known = { mark, sig: signature(fs.statSync(this.file, { bigint: true })) };
    writeFileAtomic(this.backupPath(1), text);
  }

  backups(): string[] {
    return Array.from({ length: BACKUPS }, (_, i) => this.backupPath(i + 1)).filter((f) =>
      fs.existsSync(f),
    );
  }

  /** The newest backup that parses and validates, or null. */
  lastGoodBackup(): { file: string; data: T } | null {
    for (const file of this.backups()) {
      try {
        return { file, data: parseDocument(file, fs.readFileSync(file, 'utf8'), this.schema) };
      } catch {
        // try the older one
      }
    }
    return null;
  }

  backupPath(n: number): string {
    return path.join(this.backupDir, `${path.basename(this.file, '.json')}.${n}.json`);
  }

  private rotate(): void {
    fs.mkdirSync(this.backupDir, { recursive: true });
    for (let i = BACKUPS - 1; i >= 1; i--) {
      const from = this.backupPath(i);
      if (fs.existsSync(from)) fs.renameSync(from, this.backupPath(i + 1));
    }
  }
}

/** What tells one file from another and a rewritten file from the one before. */
const signature = (st: fs.BigIntStats): string =>
  `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;

export function parseDocument<T>(file: string, text: string, schema: z.ZodType<T>): T {
  if (text.trim() === '') throw new DamagedFileError(file, 'empty file');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DamagedFileError(file, `not JSON: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new DamagedFileError(
      file,
      `unexpected content at ${first?.path.join('.') || '(root)'}: ${first?.message}`,
    );
  }
  return r.data;
}

/** One lowdb document with a default value, read at open and written whole on every change. */
export class Doc<T> {
  private readonly db: LowSync<T>;
  readonly adapter: DurableJsonAdapter<T>;

  constructor(file: string, schema: z.ZodType<T>, defaults: T, backupDir: string) {
    this.adapter = new DurableJsonAdapter(file, schema, backupDir);
    this.db = new LowSync(this.adapter, defaults);
    this.db.read();
  }

  get data(): T {
    return this.db.data;
  }

  /** Apply a change and persist it; on a failed write the in-memory copy is put back. */
  update(change: (draft: T) => unknown): void {
    const before = structuredClone(this.db.data);
    change(this.db.data);
    try {
      this.db.write();
    } catch (e) {
      this.db.data = before;
      throw e;
    }
  }
}
