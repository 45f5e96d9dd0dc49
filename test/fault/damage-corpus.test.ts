/**
 * The damage corpus (#11 §1): every file of a voted box, every kind of damage (deleted,
 * emptied, cut at several offsets, one byte changed in each field of a record). Each must stop
 * the opening with the damaged-file error naming the file, leave the file byte for byte as
 * found, and be listed by the recovery, after which the box opens, and no used code votes again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BallotBox } from '../../src-main/core/ballot-box';
import { DamagedFileError } from '../../src-main/core/document-store';
import { recoverDataDir } from '../../src-main/core/recovery';
import { scanSlots, slotBlock } from '../../src-main/core/slot-file';
import { apiErrorCode } from '../unit/support/api-errors';
import { ballotId, boxDeps, Clock, openedBox, OPTIONS, tempDir } from './support/box-fixture';

const A = OPTIONS[0] as string;
const B = OPTIONS[1] as string;

/** A box with four code votes and two unused codes, shut cleanly. */
function votedBox(): { dir: string; used: string[] } {
  const dir = tempDir('priorites-corpus-');
  const { box, codes } = openedBox(dir, { codes: 6 });
  const used = codes.slice(0, 4);
  for (const code of used) box.cast({ ballotId: ballotId(), ranking: [A, B], code });
  box.shutdown();
  return { dir, used };
}

type Damage = (bytes: Buffer) => Buffer | null;

const cutAt =
  (fraction: number): Damage =>
  (b) =>
    b.subarray(0, Math.floor(b.length * fraction));
/** The last complete record removed, whole: what a crash never leaves. */
const lastRecordRemoved: Damage = (b) => {
  const text = b.toString('utf8').replace(/\n$/, '');
  return Buffer.from(text.slice(0, text.lastIndexOf('\n') + 1));
};

/** One character of `field`'s value on the second record changed to another of its class. */
const flip =
  (field: RegExp): Damage =>
  (b) => {
    const text = b.toString('utf8');
    const lines = text.split('\n');
    // The second record of a log; the field's own line in a document.
    const i = lines.findIndex((l, n) => (n >= 1 || lines.length < 3) && field.test(l));
    const line = lines[i] as string;
    const m = field.exec(line);
    if (!m) throw new Error(`no ${field} in ${text}`);
    const at = m.index + m[0].length;
    lines[i] = line.slice(0, at) + nextChar(line[at] as string) + line.slice(at + 1);
    return Buffer.from(lines.join('\n'));
  };

/** The next character of the same class (digit, lowercase, uppercase, other). */
const nextChar = (c: string): string =>
  /[0-9]/.test(c)
    ? String((Number(c) + 1) % 10)
    : /[a-z]/.test(c)
      ? c === 'z'
        ? 'a'
        : String.fromCharCode(c.charCodeAt(0) + 1)
      : c === 'Z'
        ? 'A'
        : String.fromCharCode(c.charCodeAt(0) + 1);

// ---------------------------------------------------------------- slot files (slot-file.ts)

const slotsOf = (b: Buffer, kind: string) => scanSlots(b, kind);
const copy = (b: Buffer) => Buffer.from(b);

/** One character of `field`'s value, in the second record's payload, changed (checksum kept). */
const flipInSlot =
  (kind: string, field: RegExp): Damage =>
  (b) => {
    const scan = slotsOf(b, kind);
    const r = scan.records[1] ?? scan.records[0];
    if (!r) throw new Error('no record');
    const m = field.exec(r.payload);
    if (!m) throw new Error(`no ${field} in ${r.payload}`);
    const at = (r.slot + 1) * scan.slotBytes + 2 + m.index + m[0].length;
    const out = copy(b);
    out.write(nextChar(String.fromCharCode(out[at] as number)), at, 'latin1');
    return out;
  };
/** One bit changed at `offset` bytes into the second record's slot (length, padding, checksum). */
const bitInSlot =
  (kind: string, offset: (slotBytes: number) => number): Damage =>
  (b) => {
    const scan = slotsOf(b, kind);
    const r = scan.records[1] ?? (scan.records[0] as { slot: number });
    const out = copy(b);
    const at = (r.slot + 1) * scan.slotBytes + offset(scan.slotBytes);
    out[at] = (out[at] as number) ^ 0x04;
    return out;
  };
/** A byte set in a free slot (it is no longer all zeros). */
const freeSlotTouched =
  (kind: string): Damage =>
  (b) => {
    const scan = slotsOf(b, kind);
    const out = copy(b);
    out[((scan.free[0] as number) + 1) * scan.slotBytes + 9] = 0x41;
    return out;
  };
/** A used slot zeroed whole: a record removed cleanly, what a crash never leaves. */
const recordRemoved =
  (kind: string): Damage =>
  (b) => {
    const scan = slotsOf(b, kind);
    const r = scan.records[1] as { slot: number };
    const out = copy(b);
    out.fill(0, (r.slot + 1) * scan.slotBytes, (r.slot + 2) * scan.slotBytes);
    return out;
  };
/** A well-formed record (valid checksum) forged into a free slot: one ballot or burn too many. */
const recordForged =
  (kind: string, payload: string): Damage =>
  (b) => {
    const scan = slotsOf(b, kind);
    const out = copy(b);
    slotBlock(payload, scan.slotBytes).copy(out, ((scan.free[0] as number) + 1) * scan.slotBytes);
    return out;
  };
/** The header's capacity changed (its checksum then fails). */
const headerTouched: Damage = (b) => {
  const out = copy(b);
  out[23] = (out[23] as number) ^ 0x01;
  return out;
};
/** Slots added at the end of the file, as appending would. */
const lengthened: Damage = (b) => Buffer.concat([b, Buffer.alloc(4096)]);

const slotDamages = (kind: string, forged: string): [string, Damage][] => [
  ['the checksum of a record changed', bitInSlot(kind, (s) => s - 2)],
  ['the length of a record changed', bitInSlot(kind, () => 1)],
  ['a padding byte of a record changed', bitInSlot(kind, (s) => s - 8)],
  ['a free slot written to', freeSlotTouched(kind)],
  ['without one record (slot zeroed)', recordRemoved(kind)],
  ['a valid record forged into a free slot', recordForged(kind, forged)],
  ['the header changed', headerTouched],
  ['lengthened by empty slots', lengthened],
];

const common: [string, Damage][] = [
  ['deleted', () => null],
  ['emptied', () => Buffer.alloc(0)],
  ['cut at a third', cutAt(1 / 3)],
  ['cut in the middle', cutAt(1 / 2)],
  ['cut one byte short', (b) => b.subarray(0, b.length - 1)],
];
const logCommon: [string, Damage][] = [...common, ['without its last record', lastRecordRemoved]];

const CORPUS: [string, [string, Damage][]][] = [
  [
    'ballots.slots',
    [
      ...common,
      ['a ballot id digit changed', flipInSlot('ballots', /"id":"/)],
      ['an election id letter changed', flipInSlot('ballots', /"election":"/)],
      ['a section letter changed', flipInSlot('ballots', /"section":"/)],
      ['an option id letter changed', flipInSlot('ballots', /"ranking":\["/)],
      ...slotDamages(
        'ballots',
        `{"id":"${'e'.repeat(32)}","election":"sip-2020-2021","section":"FR","ranking":["${A}"]}`,
      ),
    ],
  ],
  [
    'burned-codes.slots',
    [
      ...common,
      ['a hash digit changed', flipInSlot('burned-codes', /^[0-9a-f]{10}/)],
      ...slotDamages('burned-codes', 'f'.repeat(64)),
    ],
  ],
  [
    'codes.json',
    [
      ...common,
      ['a salt character changed', flip(/"salt": "/)],
      ['a code hash digit changed', flip(/"FR": "[0-9a-f]{70}/)],
    ],
  ],
  [
    'audit.jsonl',
    [
      ...logCommon,
      ['an action letter changed', flip(/"action":"/)],
      ['a time digit changed', flip(/"at":"/)],
    ],
  ],
  [
    'cast-journal.json',
    [
      ['deleted', () => null],
      ['emptied', () => Buffer.alloc(0)],
    ],
  ],
  ['state.json', [...common, ['the status changed', flip(/"status": "/)]]],
];

const cases = CORPUS.flatMap(([file, damages]) =>
  damages.map(([what, damage]) => [file, what, damage] as const),
);

describe('the damage corpus', () => {
  it.each(cases)('%s %s: detected, kept as found, listed by the recovery', (name, _, damage) => {
    const { dir, used } = votedBox();
    const file = path.join(dir, name);
    const damaged = damage(fs.readFileSync(file));
    if (damaged === null) fs.rmSync(file);
    else fs.writeFileSync(file, damaged);

    let err: unknown;
    try {
      new BallotBox(boxDeps(dir)).shutdown();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DamagedFileError);
    expect(path.basename((err as DamagedFileError).file)).toBe(name);
    if (damaged === null) expect(fs.existsSync(file)).toBe(false);
    else expect(fs.readFileSync(file).equals(damaged)).toBe(true);

    const steps = recoverDataDir(dir, {
      now: new Clock().now,
      pid: process.pid,
      isAlive: () => false,
    });
    expect(steps.map((s) => s.file)).toContain(name);
    expect(steps.every((s) => s.action !== 'unrecoverable')).toBe(true);
    for (const s of steps)
      if (s.keptAs && damaged !== null && s.file === name)
        expect(fs.readFileSync(path.join(dir, s.keptAs)).equals(damaged)).toBe(true);

    const box = new BallotBox(boxDeps(dir));
    try {
      // Whatever was lost, no code that voted votes again.
      for (const code of used)
        expect(apiErrorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code }))).toMatch(
          /^code-(used|unknown)$/,
        );
      expect(box.checkIntegrity()).toBeNull();
    } finally {
      box.shutdown();
    }
  });

  it('a ballot rewritten with its checksum made good is found by the staff check, and recovery drops it', () => {
    const dir = tempDir('priorites-corpus-');
    const { box } = openedBox(dir);
    for (let i = 0; i < 3; i++) box.cast({ ballotId: ballotId(), ranking: [A] });
    box.shutdown();
    // Another ranking in one record, the slot's CRC recomputed, its stored digest left as it
    // was: only hashing the record again tells. The opening trusts the checksum (that is what
    // keeps it fast); the staff check and recovery hash every record.
    const file = path.join(dir, 'ballots.slots');
    const bytes = fs.readFileSync(file);
    const scan = scanSlots(bytes, 'ballots');
    const r = scan.records[0] as (typeof scan.records)[0] & object;
    const forged = r.payload.replace(`["${A}"]`, `["${OPTIONS[1]}"]`);
    expect(forged).not.toBe(r.payload);
    const at = (r.slot + 1) * scan.slotBytes;
    bytes.fill(0, at, r.digestAt);
    bytes.writeUInt16BE(bytes.write(forged, at + 2, 'utf8'), at);
    bytes.writeUInt32BE(
      crc32(bytes.subarray(at, at + scan.slotBytes - 4)),
      at + scan.slotBytes - 4,
    );
    fs.writeFileSync(file, bytes);

    const reopened = new BallotBox(boxDeps(dir));
    try {
      expect(reopened.checkIntegrity()).toEqual({
        file: 'ballots.slots',
        reason: 'its content differs from what the seal recorded',
      });
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    } finally {
      reopened.shutdown();
    }
    const steps = recoverDataDir(dir, {
      now: () => new Date(),
      pid: process.pid,
      isAlive: () => false,
    });
    const step = steps.find((s) => s.file === 'ballots.slots');
    expect(step).toMatchObject({ action: 'salvaged', dropped: [r.slot + 1] });
    const after = new BallotBox(boxDeps(dir));
    try {
      expect(after.checkIntegrity()).toBeNull();
    } finally {
      after.shutdown();
    }
  });

  it('a change made while the box is open is found by the staff check, naming the file', () => {
    const dir = tempDir('priorites-corpus-');
    const { box, codes } = openedBox(dir, { codes: 3 });
    for (const code of codes.slice(0, 2)) box.cast({ ballotId: ballotId(), ranking: [A], code });
    expect(box.checkIntegrity()).toBeNull();
    const file = path.join(dir, 'burned-codes.slots');
    fs.writeFileSync(file, recordRemoved('burned-codes')(fs.readFileSync(file)) as Buffer);
    expect(box.checkIntegrity()).toEqual({
      file: 'burned-codes.slots',
      reason: 'holds 1 record(s) where the seal recorded 2',
    });
    // The vote stops: nothing more is written to a damaged box, and the file stays as found.
    const found = fs.readFileSync(file);
    expect(
      apiErrorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code: codes[2] })),
    ).toBe('storage-failed');
    expect(fs.readFileSync(file).equals(found)).toBe(true);
    box.shutdown();
  });
});
