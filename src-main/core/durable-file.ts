/**
 * The few file operations the ballot box trusts: every write that the app later relies on is
 * fsync'd, and so is the folder when a name appears or changes. Plain node:fs, no cache.
 */
import fs from 'node:fs';
import path from 'node:path';

export class StorageError extends Error {
  constructor(
    readonly kind: 'disk-full' | 'failed',
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `${kind === 'disk-full' ? 'No space left' : 'Write failed'} on ${file}: ${String(cause)}`,
    );
    this.name = 'StorageError';
  }
}

const isNoSpace = (e: unknown) =>
  typeof e === 'object' &&
  e !== null &&
  'code' in e &&
  (e.code === 'ENOSPC' || e.code === 'EDQUOT');

export const storageError = (file: string, e: unknown) =>
  new StorageError(isNoSpace(e) ? 'disk-full' : 'failed', file, e);

export function fsyncDir(dir: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Write a whole file under a temporary name, fsync it, rename it into place, fsync the folder.
 * `mode` (e.g. 0o600 for a secret) is set on the temporary file before a byte is written.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  let fd: number | null = null;
  try {
    fs.rmSync(tmp, { force: true });
    fd = fs.openSync(tmp, 'w', mode ?? 0o666);
    // The umask may have widened or narrowed it; a secret's mode is set exactly.
    if (mode !== undefined && process.platform !== 'win32') fs.fchmodSync(fd, mode);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
    fsyncDir(dir);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw storageError(file, e);
  }
}

/**
 * An append-only file of lines. Each append is written whole and fsync'd before it returns;
 * a failed append (full disk) is cut back so the file never keeps half a line.
 */
export class AppendFile {
  private fd: number;
  private size: number;

  constructor(readonly file: string) {
    const existed = fs.existsSync(file);
    this.fd = fs.openSync(file, 'a+');
    this.size = fs.fstatSync(this.fd).size;
    if (!existed) fsyncDir(path.dirname(file));
  }

  get bytes(): number {
    return this.size;
  }

  append(text: string): void {
    const buf = Buffer.from(text, 'utf8');
    const before = this.size;
    try {
      let off = 0;
      while (off < buf.length) off += fs.writeSync(this.fd, buf, off, buf.length - off);
      fs.fsyncSync(this.fd);
      this.size = before + buf.length;
    } catch (e) {
      try {
        fs.ftruncateSync(this.fd, before);
        fs.fsyncSync(this.fd);
      } catch {
        // The next open drops a torn tail anyway; the original error is what matters.
      }
      throw storageError(this.file, e);
    }
  }

  /** Cut the file back to `size` bytes (used to drop a torn last line on open). */
  truncate(size: number): void {
    fs.ftruncateSync(this.fd, size);
    fs.fsyncSync(this.fd);
    this.size = size;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

export interface LineScan {
  /** Complete lines, with their 1-based line numbers. */
  lines: { text: string; line: number }[];
  /** Bytes up to and including the last newline. */
  goodBytes: number;
  /** A last line without its newline: a write that was cut. */
  tornTail: string | null;
}

export function scanLines(buf: Buffer): LineScan {
  const lines: { text: string; line: number }[] = [];
  let start = 0;
  let n = 0;
  for (;;) {
    const nl = buf.indexOf(10, start);
    if (nl < 0) break;
    n++;
    if (nl > start) lines.push({ text: buf.toString('utf8', start, nl), line: n });
    start = nl + 1;
  }
  const tornTail = start < buf.length ? buf.toString('utf8', start) : null;
  return { lines, goodBytes: start, tornTail };
}
