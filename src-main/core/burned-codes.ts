/** The hashes of codes already used, one per line, append-only. Never linked to a ballot. */
import { DamagedFileError } from './document-store';
import { LineLog, readLog } from './line-log';

const HASH = /^[0-9a-f]{64}$/;

export class BurnedCodes {
  private readonly log: LineLog;
  private readonly set = new Set<string>();

  constructor(readonly file: string) {
    const text = readLog(file);
    const lines = text.split('\n');
    lines.pop(); // the text after the last newline: empty, or a torn line the log drops
    for (const [i, line] of lines.entries()) {
      if (line === '') continue;
      if (!HASH.test(line)) throw new DamagedFileError(file, `line ${i + 1} is not a code hash`);
      this.set.add(line);
    }
    this.log = new LineLog(file, text);
  }

  /** A last line cut by a crash, dropped on open. */
  get tornTail(): string | null {
    return this.log.tornTail;
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
    this.set.add(hash);
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
    this.log.close();
  }
}
