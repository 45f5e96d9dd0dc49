/** The hashes of codes already used, one per line, append-only. Never linked to a ballot. */
import { DamagedFileError } from './document-store';
import { LineLog, readLog, splitTornTail } from './line-log';
import { SetDigest, type Mark } from './seal';

const HASH = /^[0-9a-f]{64}$/;

export class BurnedCodes {
  /** Opened on the first write, so that opening a damaged box changes none of its bytes. */
  private logFile: LineLog | null = null;
  private readonly text: string;
  private readonly set = new Set<string>();
  private readonly digest = new SetDigest();

  constructor(readonly file: string) {
    const text = readLog(file);
    const lines = text.split('\n');
    lines.pop(); // the text after the last newline: empty, or a torn line the log drops
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      if (!HASH.test(line)) throw new DamagedFileError(file, `line ${i + 1} is not a code hash`);
      this.add(line);
    }
    this.text = text;
  }

  private get log(): LineLog {
    this.logFile ??= new LineLog(this.file, this.text);
    return this.logFile;
  }

  private add(hash: string): void {
    if (this.set.has(hash)) return;
    this.set.add(hash);
    this.digest.add(hash + '\n');
  }

  /** Cuts a torn last line off the file (the box calls this once the seal agrees). */
  repairTail(): void {
    void this.log;
  }

  /** The count and digest of the burned hashes (box/seal.ts). */
  get mark(): Mark {
    return this.digest.mark;
  }

  markAfter(hash: string): Mark {
    return this.set.has(hash) ? this.mark : this.digest.after([hash + '\n']);
  }

  /** A last line cut by a crash, dropped on open. */
  get tornTail(): string | null {
    return splitTornTail(this.text).tornTail;
  }

  get size(): number {
    return this.set.size;
  }

  has(hash: string): boolean {
    return this.set.has(hash);
  }

  burn(hash: string): void {
    if (this.set.has(hash)) return;
    this.log.append(hash + '\n');
    this.add(hash);
  }

  /**
   * Rewrite the file in sorted order (atomically): the order of burns is the order of casts,
   * which the ballot log's order could otherwise be matched against.
   */
  sort(): void {
    this.log.rewrite(
      [...this.set]
        .sort()
        .map((h) => h + '\n')
        .join(''),
    );
  }

  close(): void {
    this.logFile?.close();
    this.logFile = null;
  }
}
