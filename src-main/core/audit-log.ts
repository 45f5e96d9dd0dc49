/**
 * The staff audit trail: append-only, one JSON line per action, each line chained to the one
 * before by SHA-256 so that a removed or edited line is detected. It never holds ballot
 * contents or codes, and no per-ballot event, so nothing orders ballots against it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AuditAction, AuditEntry } from '../../shared/api';
import type { Mark } from './seal';
import { AppendFile, scanLines } from './durable-file';

export const GENESIS = '0'.repeat(64);

export type { AuditAction } from '../../shared/api';

export const entryHash = (prev: string, e: Omit<AuditEntry, 'hash' | 'prev'>): string =>
  createHash('sha256')
    .update(prev)
    .update(JSON.stringify({ seq: e.seq, at: e.at, action: e.action, details: e.details }))
    .digest('hex');

export interface AuditVerification {
  valid: boolean;
  entries: AuditEntry[];
  /** 1-based line of the first broken link, with the reason. */
  problem: { line: number; reason: string } | null;
}

export function verifyAuditText(text: string): AuditVerification {
  const { lines, tornTail } = scanLines(Buffer.from(text, 'utf8'));
  const entries: AuditEntry[] = [];
  let prev = GENESIS;
  for (const { text: t, line } of lines) {
    let e: AuditEntry;
    try {
      e = JSON.parse(t) as AuditEntry;
    } catch {
      return { valid: false, entries, problem: { line, reason: 'not JSON' } };
    }
    if (e.prev !== prev)
      return { valid: false, entries, problem: { line, reason: 'chain broken (prev)' } };
    if (e.seq !== entries.length + 1)
      return { valid: false, entries, problem: { line, reason: 'sequence gap' } };
    if (entryHash(prev, e) !== e.hash)
      return { valid: false, entries, problem: { line, reason: 'hash mismatch' } };
    entries.push(e);
    prev = e.hash;
  }
  if (tornTail !== null)
    return { valid: false, entries, problem: { line: lines.length + 1, reason: 'last line cut' } };
  return { valid: true, entries, problem: null };
}

export class AuditLog {
  /** Opened at the first entry, so that a box refused at opening keeps its folder as found. */
  private outFile: AppendFile | null = null;
  private last: string;
  private seq: number;
  private readonly cache: AuditEntry[];
  private tornAt: number | null = null;

  constructor(
    readonly file: string,
    private readonly now: () => Date,
  ) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const v = verifyAuditText(text);
    if (!v.valid && v.problem?.reason === 'last line cut') {
      // A crash while writing the last staff entry: the fragment is dropped before the next
      // entry, not now, so that a box refused at opening keeps every byte as found.
      this.tornAt = Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1), 'utf8');
    }
    this.cache = v.entries;
    this.seq = v.entries.length;
    this.last = v.entries.at(-1)?.hash ?? GENESIS;
    this.valid = v.valid || v.problem?.reason === 'last line cut';
  }

  /** False when the chain on disk was already broken at open (shown to staff, kept as is). */
  readonly valid: boolean;

  /** Told the trail's seal mark before each entry is written (box/seal.ts). */
  beforeWrite: (mark: Mark) => void = () => {};

  /** The trail's seal mark: its length and last hash. */
  get mark(): Mark {
    return { count: this.seq, digest: this.last };
  }

  append(action: AuditAction, details: Record<string, unknown> = {}): AuditEntry {
    const base = { seq: this.seq + 1, at: this.now().toISOString(), action, details };
    const entry: AuditEntry = { ...base, prev: this.last, hash: entryHash(this.last, base) };
    this.beforeWrite({ count: entry.seq, digest: entry.hash });
    if (this.tornAt !== null) {
      this.out.truncate(this.tornAt);
      this.tornAt = null;
    }
    this.out.append(JSON.stringify(entry) + '\n');
    this.seq = entry.seq;
    this.last = entry.hash;
    this.cache.push(entry);
    return entry;
  }

  entries(): AuditEntry[] {
    return [...this.cache];
  }

  /** The trail as stored (for an export), or '' when it cannot be read. */
  text(): Promise<string> {
    return fs.promises.readFile(this.file, 'utf8').catch(() => '');
  }

  private get out(): AppendFile {
    this.outFile ??= new AppendFile(this.file);
    return this.outFile;
  }

  close(): void {
    this.outFile?.close();
    this.outFile = null;
  }
}
