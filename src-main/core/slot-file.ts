/**
 * A file of fixed-size records at random places (#11 §3): nothing in it tells in which order
 * its records were written. The file is a header followed by `capacity` slots of `slotBytes`
 * bytes, written once in full (real zeros, not a sparse hole), so that writing a record later
 * only overwrites bytes already on disk: an fdatasync then has no size or block map to commit.
 *
 * A slot is all zeros when free; a used slot is [payload length: uint16 BE][payload, UTF-8]
 * [zeros][SHA-256 of the payload and a newline: 32 bytes][CRC-32 of everything before it:
 * uint32 BE]. The checksum covers the whole slot, so a changed byte anywhere (a free slot's
 * included: it is no longer all zeros) is noticed on open. The stored SHA-256 is the record's
 * share of the seal's digest (seal.ts): vouched for by the checksum, it lets an opening add up
 * 100,000 records' digests without hashing each (half the opening time). Files of the first
 * format (SLOTS1) have no stored digest; they are read as they are, and rewritten in this
 * format at their first write.
 * The header is a slot of its own: a magic, the slot size, the capacity and the file's kind,
 * with the same checksum; a file whose length is not exactly header + capacity slots was cut
 * or lengthened.
 *
 * Each new record goes to a slot drawn uniformly among the free ones (crypto randomness,
 * injected). When none is left the file is not extended (new slots at the end would hold the
 * latest records): it is rewritten whole, atomically, twice as large, every record drawn a new
 * place. Rare (the capacity starts from the expected number of records) and O(n).
 */
import fs from 'node:fs';
import path from 'node:path';
import { hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { fsyncDir, storageError, writeFileAtomic } from './durable-file';

const MAGIC = 'PRIORITES-SLOTS2';
const MAGIC_V1 = 'PRIORITES-SLOTS1';
/** magic(16) slotBytes(4) capacity(4) kind length(1) kind(≤ 32) … crc(4) */
const HEADER_MIN = 64;
export const MIN_SLOT_BYTES = 64;
export const MAX_SLOT_BYTES = 4096;
/** Bytes of a slot that are not payload: length prefix, stored digest and checksum. */
export const SLOT_OVERHEAD = 38;
/** In a file of the first format: length prefix and checksum. */
const V1_OVERHEAD = 6;
const DIGEST_BYTES = 32;

/** The smallest power of two, at least 64 bytes, that holds a payload of `payloadBytes`. */
export function slotBytesFor(payloadBytes: number): number {
  let s = MIN_SLOT_BYTES;
  while (s < payloadBytes + SLOT_OVERHEAD) s *= 2;
  return s;
}

export interface SlotScan {
  slotBytes: number;
  capacity: number;
  /** 1: the first format, no stored digests. */
  version: 1 | 2;
  /** Used slots in file order (slot index, payload). */
  records: SlotRecord[];
  /** Free slot indices. */
  free: number[];
  /** Slots that are neither all zeros nor a record with a valid checksum (0-based). */
  bad: number[];
  /** The bytes read, where the stored digests are. */
  buf: Buffer;
}

export interface SlotRecord {
  slot: number;
  payload: string;
  /** Where the record's stored SHA-256 (of payload and newline) is in `buf`; -1: none. */
  digestAt: number;
}

export class SlotFormatError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SlotFormatError';
  }
}

const checksumOk = (buf: Buffer, at: number, size: number): boolean =>
  crc32(buf.subarray(at, at + size - 4)) === buf.readUInt32BE(at + size - 4);

function isZero(buf: Buffer, at: number, size: number, zero: Buffer): boolean {
  return buf.compare(zero, 0, size, at, at + size) === 0;
}

/** The header's fields, or the reason it cannot be read. */
export function readHeader(
  buf: Buffer,
): { slotBytes: number; capacity: number; kind: string; version: 1 | 2 } | string {
  if (buf.length < HEADER_MIN) return 'too short for its header';
  const magic = buf.toString('latin1', 0, 16);
  if (magic !== MAGIC && magic !== MAGIC_V1) return 'not a slot file (no header)';
  const slotBytes = buf.readUInt32BE(16);
  const capacity = buf.readUInt32BE(20);
  const headerBytes = Math.max(HEADER_MIN, slotBytes);
  if (
    slotBytes < MIN_SLOT_BYTES ||
    slotBytes > MAX_SLOT_BYTES ||
    (slotBytes & (slotBytes - 1)) !== 0 ||
    buf.length < headerBytes ||
    !checksumOk(buf, 0, headerBytes)
  )
    return 'its header is damaged';
  const kindLength = buf[24] as number;
  return {
    slotBytes,
    capacity,
    kind: buf.toString('utf8', 25, 25 + kindLength),
    version: magic === MAGIC ? 2 : 1,
  };
}

/** Reads a whole slot file. Throws SlotFormatError when the header or the length is wrong. */
export function scanSlots(buf: Buffer, kind: string): SlotScan {
  const h = readHeader(buf);
  if (typeof h === 'string') throw new SlotFormatError(h);
  if (h.kind !== kind) throw new SlotFormatError(`holds ${h.kind}, not ${kind}`);
  const { slotBytes: size, capacity } = h;
  if (buf.length !== size * (capacity + 1))
    throw new SlotFormatError(
      `is ${buf.length} bytes long where its header says ${size * (capacity + 1)}`,
    );
  return scanBody(buf, size, capacity, h.version);
}

/**
 * The slots after the header, read at `size` bytes each (recovery reads a damaged file so:
 * `version` 1 then, which reads the records of either format without their stored digests).
 */
export function scanBody(buf: Buffer, size: number, capacity: number, version: 1 | 2): SlotScan {
  const zero = Buffer.alloc(size);
  const overhead = version === 2 ? SLOT_OVERHEAD : V1_OVERHEAD;
  const records: SlotScan['records'] = [];
  const free: number[] = [];
  const bad: number[] = [];
  for (let i = 0; i < capacity; i++) {
    const at = (i + 1) * size;
    if (at + size > buf.length) {
      // A cut last slot: damage unless what is left of it is zeros.
      if (at < buf.length && !isZero(buf, at, buf.length - at, zero)) bad.push(i);
      break;
    }
    const length = buf.readUInt16BE(at);
    // A used slot starts with its (non-zero) length; only a zero length needs the full check.
    if (length === 0 && isZero(buf, at, size, zero)) {
      free.push(i);
      continue;
    }
    if (length === 0 || length > size - overhead || !checksumOk(buf, at, size)) {
      bad.push(i);
      continue;
    }
    records.push({
      slot: i,
      payload: buf.toString('utf8', at + 2, at + 2 + length),
      digestAt: version === 2 ? at + size - 4 - DIGEST_BYTES : -1,
    });
  }
  return { slotBytes: size, capacity, version, records, free, bad, buf };
}

/** Whether a record's stored digest is the SHA-256 of its payload (recovery re-derives it). */
export function storedDigestOk(scan: SlotScan, r: SlotRecord): boolean {
  if (r.digestAt < 0) return true;
  const want = hash('sha256', r.payload + '\n', 'buffer');
  return scan.buf.compare(want, 0, DIGEST_BYTES, r.digestAt, r.digestAt + DIGEST_BYTES) === 0;
}

function headerBlock(kind: string, slotBytes: number, capacity: number): Buffer {
  const b = Buffer.alloc(Math.max(HEADER_MIN, slotBytes));
  b.write(MAGIC, 0, 'latin1');
  b.writeUInt32BE(slotBytes, 16);
  b.writeUInt32BE(capacity, 20);
  const k = Buffer.from(kind, 'utf8');
  b[24] = k.length;
  k.copy(b, 25);
  b.writeUInt32BE(crc32(b.subarray(0, b.length - 4)), b.length - 4);
  return b;
}

/** One record as its slot's bytes. */
export function slotBlock(payload: string, slotBytes: number): Buffer {
  const b = Buffer.alloc(slotBytes);
  const n = b.write(payload, 2, 'utf8');
  if (Buffer.byteLength(payload, 'utf8') > slotBytes - SLOT_OVERHEAD)
    throw new Error(`a record of ${n} bytes does not fit a ${slotBytes}-byte slot`);
  b.writeUInt16BE(n, 0);
  hash('sha256', payload + '\n', 'buffer').copy(b, slotBytes - 4 - DIGEST_BYTES);
  b.writeUInt32BE(crc32(b.subarray(0, slotBytes - 4)), slotBytes - 4);
  return b;
}

/**
 * A whole slot file with `payloads` at uniformly random distinct slots.
 * @param randomIndex uniform integer in [0, n)
 */
export function slotFileBytes(
  kind: string,
  slotBytes: number,
  capacity: number,
  payloads: readonly string[],
  randomIndex: (n: number) => number,
): { bytes: Buffer; free: number[] } {
  if (payloads.length > capacity) throw new Error('more records than slots');
  const header = headerBlock(kind, slotBytes, capacity);
  const bytes = Buffer.alloc(slotBytes * (capacity + 1));
  header.copy(bytes, 0);
  const free = Array.from({ length: capacity }, (_, i) => i);
  let nFree = capacity;
  for (const p of payloads) {
    const j = randomIndex(nFree);
    const slot = free[j] as number;
    free[j] = free[nFree - 1] as number;
    nFree--;
    slotBlock(p, slotBytes).copy(bytes, (slot + 1) * slotBytes);
  }
  free.length = nFree;
  return { bytes, free };
}

export interface SlotStoreOptions {
  kind: string;
  slotBytes: number;
  /** Slots to preallocate when the file is made (the expected number of records, or more). */
  capacity: () => number;
  /** Uniform integer in [0, n), crypto randomness in the app. */
  randomIndex: (n: number) => number;
  /** Every payload held, for a rewrite into a larger file. */
  all: () => string[];
}

/** The smallest number of slots a file is made with. */
export const MIN_CAPACITY = 256;

/**
 * Writing side of one slot file, opened on the first write (so that opening a damaged box
 * changes none of its bytes).
 */
export class SlotStore {
  private fd: number | null = null;
  private free: number[];
  private slotBytes: number;
  private capacity: number;
  private version: 1 | 2;

  /** @param scan the file as read by the owner (null: no file yet) */
  constructor(
    readonly file: string,
    scan: SlotScan | null,
    private readonly opts: SlotStoreOptions,
  ) {
    this.free = scan ? [...scan.free] : [];
    this.slotBytes = scan?.slotBytes ?? opts.slotBytes;
    this.capacity = scan?.capacity ?? 0;
    this.version = scan?.version ?? 2;
  }

  get exists(): boolean {
    return this.fd !== null || fs.existsSync(this.file);
  }

  /** The file's slot size (a larger one is taken at the next rewrite if asked). */
  get bytesPerSlot(): number {
    return this.slotBytes;
  }

  /**
   * Writes one record in a random free slot and flushes it (`flush`); answers the slot. With no
   * free slot left, the file is first rewritten twice as large, every record at a new place.
   */
  add(payload: string, flush = true): number {
    this.open();
    // A file made with smaller slots than its records now need (a header rebuilt by a
    // repair, a file of another election) is rewritten with the size asked for first.
    // A file of the first format is rewritten in this one first (same records, new places).
    if (this.slotBytes < this.opts.slotBytes || this.version === 1)
      this.rewrite(this.opts.all(), 0, this.opts.slotBytes);
    if (this.free.length === 0) this.rewrite(this.opts.all(), this.capacity * 2);
    const j = this.opts.randomIndex(this.free.length);
    const slot = this.free[j] as number;
    try {
      this.writeSlot(slot, slotBlock(payload, this.slotBytes), flush);
    } catch (e) {
      // Its flush failed (full disk): the slot goes back to zeros, so that it cannot come
      // back on the next open as a record nobody was told about.
      try {
        this.writeSlot(slot, Buffer.alloc(this.slotBytes), true);
      } catch {
        // The seal tells at the next opening; the original error is what matters.
      }
      throw e;
    }
    this.free[j] = this.free[this.free.length - 1] as number;
    this.free.pop();
    return slot;
  }

  /** Frees a slot again (a cast taken back), durably. */
  clear(slot: number): void {
    this.writeSlot(slot, Buffer.alloc(this.slotBytes), true);
    this.free.push(slot);
  }

  /** Flushes records written with `flush = false`. */
  flush(): void {
    if (this.fd === null) return;
    try {
      fs.fdatasyncSync(this.fd);
    } catch (e) {
      throw storageError(this.file, e);
    }
  }

  /**
   * Replaces the whole file atomically (temp file, fsync, rename, fsync folder) with
   * `payloads` at new random places, in at least `capacity` slots of at least `slotBytes`.
   */
  rewrite(payloads: readonly string[], capacity = 0, slotBytes = this.slotBytes): void {
    const cap = Math.max(
      MIN_CAPACITY,
      capacity,
      this.capacity,
      this.opts.capacity(),
      Math.ceil(payloads.length * 1.5),
    );
    this.closeFd();
    let longest = 0;
    for (const p of payloads) longest = Math.max(longest, Buffer.byteLength(p, 'utf8'));
    // At least what every record needs (one of a file of the first format may need more now).
    const size = Math.max(this.slotBytes, slotBytes, slotBytesFor(longest));
    const { bytes, free } = slotFileBytes(
      this.opts.kind,
      size,
      cap,
      payloads,
      this.opts.randomIndex,
    );
    writeFileAtomic(this.file, bytes);
    this.version = 2;
    this.slotBytes = size;
    this.capacity = cap;
    this.free = free;
  }

  /** Takes a larger slot size; rewrites the file if it holds records already. */
  widen(slotBytes: number): void {
    if (slotBytes <= this.slotBytes) return;
    if (this.exists) this.rewrite(this.opts.all(), 0, slotBytes);
    else this.slotBytes = slotBytes;
  }

  private writeSlot(slot: number, block: Buffer, flush: boolean): void {
    const fd = this.open();
    try {
      const at = (slot + 1) * this.slotBytes;
      let off = 0;
      while (off < block.length) off += fs.writeSync(fd, block, off, block.length - off, at + off);
      if (flush) fs.fdatasyncSync(fd);
    } catch (e) {
      throw storageError(this.file, e);
    }
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    if (!fs.existsSync(this.file)) this.rewrite([], 0);
    this.fd = fs.openSync(this.file, 'r+');
    return this.fd;
  }

  private closeFd(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /** Deletes the file (the purge of test ballots). */
  erase(): void {
    this.closeFd();
    if (fs.existsSync(this.file)) {
      fs.rmSync(this.file);
      fsyncDir(path.dirname(this.file));
    }
    this.free = [];
    this.capacity = 0;
  }

  close(): void {
    this.closeFd();
  }
}
