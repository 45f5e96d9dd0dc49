/**
 * The single-use codes of one election: the issued codes (codes.json, each section's salted
 * hashes end to end; the printed codes are never stored) and the burned ones
 * (burned-codes.slots). It answers whether a typed code may vote, and for which section;
 * burning is done by the cast path, in the same durable step that records the ballot.
 */
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api';
import { makeCode, parseCode } from '../../../shared/domain/codes';
import { BurnedCodes } from '../burned-codes';
import type { Doc } from '../document-store';
import { CodesDocSchema, issuedCodes, type CodesDoc } from '../documents';
import type { DataFolder } from './data-folder';
import type { Mark } from '../seal';

export interface CheckedCode {
  section: string;
  hash: string;
}

export class CodeBook {
  private readonly codes: Doc<CodesDoc>;
  private readonly burned: BurnedCodes;
  /** Code hash → section, so that checking a code does not scan every issued code. */
  private readonly sections: Map<string, string>;

  /** @param randomBytes also draws the salt of a new code book */
  constructor(
    folder: DataFolder,
    private readonly randomBytes: (n: number) => Uint8Array,
  ) {
    this.codes = folder.document<CodesDoc>('codes', CodesDocSchema, {
      version: 2,
      salt: Buffer.from(randomBytes(16)).toString('hex'),
      sections: {},
    });
    this.sections = new Map();
    for (const c of issuedCodes(this.codes.data)) this.sections.set(c.hash, c.section);
    this.burned = new BurnedCodes(folder.file('burned'), {
      capacity: () => this.sections.size,
      randomBytes,
    });
  }

  get generated(): number {
    return this.sections.size;
  }

  get used(): number {
    return this.burned.size;
  }

  /** The section a code votes in, and its hash; an ApiError when it may not vote. */
  check(code: string): CheckedCode {
    const parsed = parseCode(code);
    if (!parsed.ok)
      throw new ApiError('code-malformed', 'This code is not well formed (check character).');
    const hash = this.hash(parsed.canonical);
    const section = this.sections.get(hash);
    if (section === undefined)
      throw new ApiError('code-unknown', 'This code was not issued for this vote.');
    if (this.burned.has(hash)) throw new ApiError('code-used', 'This code has already been used.');
    return { section, hash };
  }

  /** The count and digest of the issued codes and the burned ones (box/seal.ts). */
  get burnedMark(): Mark {
    return this.burned.mark;
  }

  /** Converts a burned-codes log of an earlier version (once the seal agrees). */
  repairTail(): { from: string; records: number } | null {
    return this.burned.repairTail();
  }

  burnedMarkAfter(hash: string): Mark {
    return this.burned.markAfter(hash);
  }

  /** New codes for a section, each different from every code issued before. */
  generate(section: string, count: number): string[] {
    const known = this.sections;
    const out: string[] = [];
    const added = new Set<string>();
    const randomIndex = (n: number) => {
      // Rejection sampling keeps every character equally likely.
      const limit = 256 - (256 % n);
      for (;;) {
        const b = this.randomBytes(1)[0] as number;
        if (b < limit) return b % n;
      }
    };
    while (out.length < count) {
      const code = makeCode(section, randomIndex);
      const hash = this.hash(code);
      if (known.has(hash) || added.has(hash)) continue;
      added.add(hash);
      out.push(code);
    }
    const run = [...added].join('');
    this.codes.update((d) => void (d.sections[section] = (d.sections[section] ?? '') + run));
    for (const hash of added) this.sections.set(hash, section);
    return out;
  }

  /** Marks a code used (durably unless `flush` is false); burning it again changes nothing. */
  burn(hash: string, flush = true): void {
    this.burned.burn(hash, flush);
  }

  /** Flushes burns written without a flush. */
  flush(): void {
    this.burned.flush();
  }

  /** A torn last line dropped from the burned codes on open, for the audit. */
  get tornTail(): { file: string; tail: string } | null {
    const t = this.burned.tornTail;
    return t === null ? null : { file: this.burned.tornFile, tail: t };
  }

  close(): void {
    this.burned.close();
  }

  private hash(canonical: string): string {
    return createHash('sha256').update(this.codes.data.salt).update(canonical).digest('hex');
  }
}
