import fs from 'node:fs';
import path from 'node:path';
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
} from './slot-file';

const seq = (n: number) => n - 1;

describe('slot files', () => {
  it('read back what was written, each record in its slot, free slots all zeros', () => {
    const { bytes } = slotFileBytes('ballots', 128, 8, ['one', 'two', 'trois'], seq);
    const scan = scanSlots(bytes, 'ballots');
    expect(scan.records).toEqual([
      { slot: 5, payload: 'trois' },
      { slot: 6, payload: 'two' },
      { slot: 7, payload: 'one' },
    ]);
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
