/** The hashes of codes already used, one per line, append-only. Never linked to a ballot. */
import fs from 'node:fs';
import { AppendFile, scanLines, writeFileAtomic } from './durable-file';
import { DamagedFileError } from './document-store';

export class BurnedCodes {
  private out: AppendFile;
  private readonly set = new Set<string>();
  /** A last line cut by a crash, dropped on open. */
  readonly tornTail: string | null;

  constructor(readonly file: string) {
    const buf = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    const scan = scanLines(buf);
    for (const { text, line } of scan.lines) {
      if (!/^[0-9a-f]{64}$/.test(text))
        throw new DamagedFileError(file, `line ${line} is not a code hash`);
      this.set.add(text);
    }
    this.out = new AppendFile(file);
    if (scan.tornTail !== null) this.out.truncate(scan.goodBytes);
    this.tornTail = scan.tornTail;
  }

  get size(): number {
    return this.set.size;
  }

  has(hash: string): boolean {
    return this.set.has(hash);
  }

  burn(hash: string): void {
    if (this.set.has(hash)) return;
    this.out.append(hash + '\n');
    this.set.add(hash);
  }

  /**
   * Rewrite the file in sorted order (atomically): the order of burns is the order of casts,
   * which the ballot log's order could otherwise be matched against.
   */
  sort(): void {
    const lines = [...this.set].sort().map((h) => h + '\n');
    this.out.close();
    try {
      writeFileAtomic(this.file, lines.join(''));
    } finally {
      this.out = new AppendFile(this.file);
    }
  }

  close(): void {
    this.out.close();
  }
}
