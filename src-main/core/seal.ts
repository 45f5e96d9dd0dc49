/**
 * The seal: what each file of the box must hold, recorded in a file of its own so that losing,
 * emptying, cutting or editing any one of them is noticed at the next opening or check. For
 * every sealed file it keeps a count of records and an order-independent digest (the XOR of each
 * record's SHA-256, so that the seal says nothing of the order of casting either).
 *
 * The seal lives in the cast journal's record (cast-journal.json), written before every step
 * that changes a sealed file: a cast writes its intent and the seal it leads to in one
 * fdatasync (the replay on open finishes it); any other step (codes, audit, import) writes the
 * seal it leads to together with the one before, and either is accepted on open until the step
 * is done. The journal itself is vouched for by the other files: missing while they hold data,
 * the box refuses to open.
 */
import { hash } from 'node:crypto';
import { z } from 'zod';
import fs from 'node:fs';

export const SEALED = [
  'state',
  'settings',
  'ballots',
  'testBallots',
  'burned',
  'codes',
  'audit',
] as const;
export type Sealed = (typeof SEALED)[number];

export const MarkSchema = z.object({
  count: z.number().int().nonnegative(),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Mark = z.infer<typeof MarkSchema>;

export const SealSchema = z.object({
  state: MarkSchema,
  settings: MarkSchema,
  ballots: MarkSchema,
  testBallots: MarkSchema,
  burned: MarkSchema,
  codes: MarkSchema,
  audit: MarkSchema,
});
export type Seal = z.infer<typeof SealSchema>;

export const EMPTY_DIGEST = '0'.repeat(64);
export const EMPTY_MARK: Mark = { count: 0, digest: EMPTY_DIGEST };

/** The SHA-256 of a document's text. */
const recordHash = (text: string | Buffer): Buffer => hash('sha256', text, 'buffer');

/** A set of records' count and order-independent digest, kept up to date one record at a time. */
export class SetDigest {
  private readonly acc = new Uint8Array(32);
  count = 0;

  add(text: string): void {
    // The digest as a binary (latin1) string, not a Buffer: a Buffer per record cost as much
    // again as the hashing itself (the staff check hashes every record of the box).
    const h = hash('sha256', text, 'binary');
    const acc = this.acc;
    for (let i = 0; i < 32; i++) acc[i] = (acc[i] as number) ^ h.charCodeAt(i);
    this.count++;
  }

  /** Adds a record by its SHA-256 as stored beside it (slot-file.ts): 32 bytes at `at`. */
  addStored(buf: Uint8Array, at: number): void {
    const acc = this.acc;
    for (let i = 0; i < 32; i++) acc[i] = (acc[i] as number) ^ (buf[at + i] as number);
    this.count++;
  }

  /** The mark this set would have with `texts` added (the set itself is unchanged). */
  after(texts: readonly string[]): Mark {
    const d = new SetDigest();
    d.acc.set(this.acc);
    d.count = this.count;
    for (const t of texts) d.add(t);
    return d.mark;
  }

  get mark(): Mark {
    return { count: this.count, digest: Buffer.from(this.acc).toString('hex') };
  }
}

/** The mark of a document: one record, its canonical JSON. */
export const documentMark = (data: unknown): Mark => ({
  count: 1,
  digest: recordHash(JSON.stringify(data)).toString('hex'),
});

/** The mark of a document's text, byte for byte (a document is one record). */
export const textMark = (text: string | Buffer): Mark => ({
  count: 1,
  digest: recordHash(text).toString('hex'),
});

/** The mark of a document file as it is on disk; a document never written has none. */
export const fileMark = (file: string): Mark =>
  fs.existsSync(file) ? textMark(fs.readFileSync(file)) : EMPTY_MARK;

export const sameMark = (a: Mark, b: Mark): boolean => a.count === b.count && a.digest === b.digest;

export interface SealMismatch {
  part: Sealed;
  found: Mark;
  sealed: Mark;
}

/**
 * The parts of the box whose files do not hold what the seal says (accepting, for a step in
 * progress, the seal from before it).
 */
export function sealMismatches(
  found: Seal,
  sealed: Seal,
  before: Partial<Seal> | null,
): SealMismatch[] {
  const out: SealMismatch[] = [];
  for (const part of SEALED) {
    const ok = sameMark(found[part], sealed[part]);
    const prior = before?.[part];
    if (!ok && !(prior && sameMark(found[part], prior)))
      out.push({ part, found: found[part], sealed: sealed[part] });
  }
  return out;
}

/** The sentence that says how a file differs from its seal (in the damaged-file message). */
export function mismatchReason(m: SealMismatch): string {
  if (m.found.count !== m.sealed.count)
    return `holds ${m.found.count} record(s) where the seal recorded ${m.sealed.count}`;
  return 'its content differs from what the seal recorded';
}
