/** The hashes of codes already used, one per line, append-only. Never linked to a ballot. */
import fs from 'node:fs';
import { AppendFile, scanLines } from './durable-file';
import { DamagedFileError } from './document-store';

export class BurnedCodes {
  private readonly out: AppendFile;
  private readonly set = new Set<string>();

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

  close(): void {
    this.out.close();
  }
}
