/**
 * The hashes of codes already used, each in a random slot of a slot file (slot-file.ts), so
 * that the file tells nothing of the order of burns. Never linked to a ballot.
 */
import { randomBytes as cryptoBytes } from 'node:crypto';
import { randomIndex } from '../../shared/random';
import { DamagedFileError } from './document-store';
import { readRecords, removeLegacy, type StoredDigest } from './record-file';
import { SetDigest, type Mark } from './seal';
import { SlotStore } from './slot-file';

const HASH = /^[0-9a-f]{64}$/;
/** A code hash (64 hex digits) and the slot's length, digest and checksum fit in 128 bytes. */
export const BURNED_SLOT_BYTES = 128;

export interface BurnedCodesOptions {
  /** How many burns to expect (the issued codes): the slots preallocated. */
  capacity?: () => number;
  randomBytes?: (n: number) => Uint8Array;
  /** Hash every record rather than trust the digests stored beside them (record-file.ts). */
  rederive?: boolean;
}

export class BurnedCodes {
  private readonly store: SlotStore;
  private legacy: string | null;
  /** The log left by a conversion cut short: its records are already in the slot file. */
  private staleLegacy = false;
  private readonly legacyTorn: string | null;
  private readonly set = new Set<string>();
  private readonly digest = new SetDigest();

  constructor(
    readonly file: string,
    opts: BurnedCodesOptions = {},
  ) {
    const read = readRecords(file, 'burned-codes', opts.rederive);
    const shown = read.scan ? file : (read.legacy?.file ?? file);
    for (let i = 0; i < read.records.length; i++) {
      const payload = read.records[i] as string;
      if (!HASH.test(payload))
        throw new DamagedFileError(shown, `${read.where(i)} is not a code hash`);
      this.add(payload, read.storedDigest(i));
    }
    const random = opts.randomBytes ?? cryptoBytes;
    this.store = new SlotStore(file, read.scan, {
      kind: 'burned-codes',
      slotBytes: BURNED_SLOT_BYTES,
      capacity: () => opts.capacity?.() ?? 0,
      randomIndex: (n) => randomIndex(n, random),
      all: () => [...this.set],
    });
    this.legacy = read.legacy?.file ?? null;
    this.staleLegacy = read.legacy?.stale === true;
    this.legacyTorn = read.legacy?.tornTail ?? null;
  }

  /** @param stored the hash's SHA-256 as its slot holds it (checked by the slot's CRC) */
  private add(hash: string, stored: StoredDigest | null = null): void {
    // One look-up, not has() then add(): 100,000 burns are read at every opening.
    const before = this.set.size;
    if (this.set.add(hash).size === before) return;
    if (stored) this.digest.addStored(stored.buf, stored.at);
    else this.digest.add(hash + '\n');
  }

  /**
   * Once the seal agrees: a log of an earlier version (burn order) becomes a slot file,
   * atomically, and the log is removed. Answers the file converted, for the audit.
   */
  repairTail(): { from: string; records: number } | null {
    if (this.legacy === null) return null;
    const from = this.legacy;
    if (!this.staleLegacy) this.store.rewrite([...this.set]);
    removeLegacy(from);
    this.legacy = null;
    return { from, records: this.set.size };
  }

  /** The count and digest of the burned hashes (box/seal.ts). */
  get mark(): Mark {
    return this.digest.mark;
  }

  markAfter(hash: string): Mark {
    return this.set.has(hash) ? this.mark : this.digest.after([hash + '\n']);
  }

  /** A last line cut by a crash, dropped on open (a log of an earlier version). */
  get tornTail(): string | null {
    return this.legacyTorn;
  }

  /** The file the torn line was in. */
  get tornFile(): string {
    return this.legacy ?? this.file;
  }

  get size(): number {
    return this.set.size;
  }

  has(hash: string): boolean {
    return this.set.has(hash);
  }

  /** Durably burns a code (`flush`: else the caller flushes); answers its slot, or -1. */
  burn(hash: string, flush = true): number {
    if (this.set.has(hash)) return -1;
    this.repairTail();
    const slot = this.store.add(hash, flush);
    this.add(hash);
    return slot;
  }

  flush(): void {
    this.store.flush();
  }

  close(): void {
    this.store.close();
  }
}
