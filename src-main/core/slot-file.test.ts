import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { longestBallotBytes, MAX_BALLOT_LINE_BYTES, MAX_RANKED } from '../../shared/domain/ballot';
import { tempDir } from '../../test/fault/support/box-fixture';
import { DEFAULT_BALLOT_SLOT } from './ballot-set';
import { defaultElection } from './default-election';
import { OUTBOX_SLOT_BYTES } from './network/outbox';
import {
  MAX_SLOT_BYTES,
  scanSlots,
  slotBytesFor,
  slotFileBytes,
  SlotFormatError,
  SlotStore,
  SLOT_OVERHEAD,
  storedDigestOk,
} from './slot-file';

/** A file of the first format (SLOTS1: no stored digest), as the previous version wrote it. */
function v1File(kind: string, slotBytes: number, slots: (string | null)[]): Buffer {
  const header = Buffer.alloc(slotBytes);
  header.write('PRIORITES-SLOTS1', 0, 'latin1');
  header.writeUInt32BE(slotBytes, 16);
  header.writeUInt32BE(slots.length, 20);
  header[24] = kind.length;
  header.write(kind, 25, 'utf8');
  const blocks = [header, ...slots.map(() => Buffer.alloc(slotBytes))];
  slots.forEach((p, i) => {
    if (p === null) return;
    const b = blocks[i + 1] as Buffer;
    b.writeUInt16BE(b.write(p, 2, 'utf8'), 0);
  });
  for (const b of blocks.filter((_, i) => i === 0 || slots[i - 1] !== null))
    b.writeUInt32BE(crc32(b.subarray(0, slotBytes - 4)), slotBytes - 4);
  return Buffer.concat(blocks);
}

const seq = (n: number) => n - 1;

describe('slot files', () => {
  it('read back what was written, each record in its slot, free slots all zeros', () => {
    const { bytes } = slotFileBytes('ballots', 128, 8, ['one', 'two', 'trois'], seq);
    const scan = scanSlots(bytes, 'ballots');
    expect(scan.records.map(({ slot, payload }) => ({ slot, payload }))).toEqual([
      { slot: 5, payload: 'trois' },
      { slot: 6, payload: 'two' },
      { slot: 7, payload: 'one' },
    ]);
    // Each slot stores its record's SHA-256 (of the text and a newline), the seal's share.
    for (const r of scan.records) {
      expect(r.digestAt).toBe((r.slot + 2) * 128 - 36);
      expect(bytes.subarray(r.digestAt, r.digestAt + 32)).toEqual(
        createHash('sha256').update(`${r.payload}\n`).digest(),
      );
      expect(storedDigestOk(scan, r)).toBe(true);
    }
    expect(scan.free.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(scan.bad).toEqual([]);
  });

  it('notice a change of any single byte of a record or of a free slot, and of the header', () => {
    const { bytes } = slotFileBytes('burned-codes', 128, 2, ['a'.repeat(64)], seq);
    // Slot 1 holds the record, slot 0 is free; every byte of both, one at a time.
    for (let at = 128; at < bytes.length; at++) {
      const b = Buffer.from(bytes);
      b[at] = (b[at] as number) ^ 0x10;
      const scan = scanSlots(b, 'burned-codes');
      expect(scan.bad, `byte ${at}`).toEqual([Math.floor(at / 128) - 1]);
    }
    for (let at = 0; at < 128; at++) {
      const b = Buffer.from(bytes);
      b[at] = (b[at] as number) ^ 0x10;
      expect(() => scanSlots(b, 'burned-codes'), `header byte ${at}`).toThrow(SlotFormatError);
    }
  });

  it('refuse a file cut or lengthened, or of another kind', () => {
    const { bytes } = slotFileBytes('ballots', 128, 4, ['x'], seq);
    expect(() => scanSlots(bytes.subarray(0, bytes.length - 1), 'ballots')).toThrow(/long/);
    expect(() => scanSlots(Buffer.concat([bytes, Buffer.alloc(128)]), 'ballots')).toThrow(/long/);
    expect(() => scanSlots(bytes, 'outbox')).toThrow(/holds ballots/);
    expect(() => scanSlots(Buffer.from('{"id":"x"}\n'), 'ballots')).toThrow(SlotFormatError);
  });

  it('hold every valid ballot: slots sized from the election, a 1 KiB slot for any', () => {
    expect(MAX_BALLOT_LINE_BYTES).toBe(988);
    expect(MAX_BALLOT_LINE_BYTES + SLOT_OVERHEAD).toBeLessThanOrEqual(DEFAULT_BALLOT_SLOT);
    expect(DEFAULT_BALLOT_SLOT).toBeLessThanOrEqual(MAX_SLOT_BYTES);
    expect(OUTBOX_SLOT_BYTES).toBeGreaterThanOrEqual(MAX_BALLOT_LINE_BYTES + SLOT_OVERHEAD);
    const longest = longestBallotBytes(defaultElection);
    expect(slotBytesFor(longest)).toBeGreaterThanOrEqual(longest + SLOT_OVERHEAD);
    expect(slotBytesFor(longest)).toBeLessThan(2 * (longest + SLOT_OVERHEAD));
    const widest = {
      ...defaultElection,
      id: 'e'.repeat(40),
      sections: [{ ...defaultElection.sections[0], id: 'S'.repeat(8) }],
      options: Array.from({ length: MAX_RANKED }, (_, i) => ({
        ...defaultElection.options[0],
        id: `${i}`.padStart(40, 'o'),
      })),
    } as typeof defaultElection;
    expect(longestBallotBytes(widest)).toBe(MAX_BALLOT_LINE_BYTES);
  });

  it('read a file of the first format without stored digests, and rewrite it at the first write', () => {
    const file = path.join(tempDir(), 'old.slots');
    fs.writeFileSync(file, v1File('ballots', 64, [null, 'un', null, 'deux']));
    const scan = scanSlots(fs.readFileSync(file), 'ballots');
    expect(scan.version).toBe(1);
    expect(scan.records.map((r) => [r.slot, r.payload, r.digestAt])).toEqual([
      [1, 'un', -1],
      [3, 'deux', -1],
    ]);
    expect(scan.free).toEqual([0, 2]);
    const store = new SlotStore(file, scan, {
      kind: 'ballots',
      slotBytes: 64,
      capacity: () => 0,
      randomIndex: seq,
      all: () => ['un', 'deux'],
    });
    store.add('trois');
    store.close();
    const after = scanSlots(fs.readFileSync(file), 'ballots');
    expect(after.version).toBe(2);
    expect(after.records.map((r) => r.payload).sort()).toEqual(['deux', 'trois', 'un']);
    expect(after.records.every((r) => r.digestAt > 0 && storedDigestOk(after, r))).toBe(true);
  });

  it('tell a record whose stored digest is not its own, though its checksum was made good', () => {
    const { bytes } = slotFileBytes('ballots', 128, 2, ['vrai'], seq);
    const forged = Buffer.from(bytes);
    const at = 2 * 128; // slot 1: the record (seq draws the last free slot first)
    forged.write('faux', at + 2, 'utf8');
    forged.writeUInt32BE(crc32(forged.subarray(at, at + 124)), at + 124);
    const scan = scanSlots(forged, 'ballots');
    expect(scan.bad).toEqual([]);
    expect(scan.records.map((r) => r.payload)).toEqual(['faux']);
    expect(storedDigestOk(scan, scan.records[0] as NonNullable<(typeof scan.records)[0]>)).toBe(
      false,
    );
  });

  it('grow by rewriting the whole file, never by adding slots at its end', () => {
    const file = path.join(tempDir(), 'x.slots');
    const held: string[] = [];
    let draws = 0;
    const store = new SlotStore(file, null, {
      kind: 'ballots',
      slotBytes: 64,
      capacity: () => 0,
      randomIndex: (n) => (draws++ * 7919) % n,
      all: () => [...held],
    });
    for (let i = 0; i < 300; i++) {
      store.add(`r${i}`);
      held.push(`r${i}`);
    }
    store.close();
    const scan = scanSlots(fs.readFileSync(file), 'ballots');
    expect(scan.capacity).toBe(512);
    expect(scan.records.map((r) => r.payload).sort()).toEqual([...held].sort());
    // The records written before the growth are spread over the whole new file too.
    const early = new Set(held.slice(0, 256));
    const lateHalf = scan.records.filter((r) => r.slot >= 256 && early.has(r.payload));
    expect(lateHalf.length).toBeGreaterThan(60);
  });
});
