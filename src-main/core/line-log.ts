/**
 * An append-only log of lines, opened once its owner has read and checked every complete
 * line: a last line cut by a crash is cut off the file (the owner notes it in the audit), and
 * the whole log can be rewritten in another order atomically (temp file, fsync, rename, fsync
 * folder) without ever leaving a half-written log behind. Used by the ballot log and the
 * burned codes, which differ only in what a line holds.
 */
import fs from 'node:fs';
import { AppendFile, writeFileAtomic } from './durable-file';

/** Where the complete lines of a log's text end, and the torn last line after them, if any. */
export function splitTornTail(text: string): { goodChars: number; tornTail: string | null } {
  const goodChars = text.lastIndexOf('\n') + 1;
  return { goodChars, tornTail: goodChars < text.length ? text.slice(goodChars) : null };
}

/** The log's text as stored, or '' when the file does not exist yet. */
export const readLog = (file: string): string =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';

export class LineLog {
  private out: AppendFile;
  /** The last line cut by a crash, dropped on open. */
  readonly tornTail: string | null;

  /** @param text the file's text, as read (and checked line by line) by the owner */
  constructor(
    readonly file: string,
    text: string,
  ) {
    const { goodChars, tornTail } = splitTornTail(text);
    this.out = new AppendFile(file);
    if (tornTail !== null) this.out.truncate(Buffer.byteLength(text.slice(0, goodChars), 'utf8'));
    this.tornTail = tornTail;
  }

  get bytes(): number {
    return this.out.bytes;
  }

  /** Durably append whole lines (one write, one fsync). */
  append(lines: string): void {
    this.out.append(lines);
  }

  /** Take back what was appended after `bytes` (a step that must succeed with it failed). */
  truncate(bytes: number): void {
    this.out.truncate(bytes);
  }

  /** Replace the whole log atomically, then go on appending to the new file. */
  rewrite(lines: string): void {
    this.out.close();
    try {
      writeFileAtomic(this.file, lines);
    } finally {
      this.out = new AppendFile(this.file);
    }
  }

  close(): void {
    this.out.close();
  }
}
