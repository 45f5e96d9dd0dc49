/**
 * The damage corpus (#11 §1): every file of a voted box, every kind of damage (deleted,
 * emptied, cut at several offsets, one byte changed in each field of a record). Each must stop
 * the opening with the damaged-file error naming the file, leave the file byte for byte as
 * found, and be listed by the recovery, after which the box opens, and no used code votes again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BallotBox } from '../../src-main/core/ballot-box';
import { DamagedFileError } from '../../src-main/core/document-store';
import { recoverDataDir } from '../../src-main/core/recovery';
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
    const c = line[at] as string;
    const next = /[0-9]/.test(c)
      ? String((Number(c) + 1) % 10)
      : /[a-z]/.test(c)
        ? c === 'z'
          ? 'a'
          : String.fromCharCode(c.charCodeAt(0) + 1)
        : c === 'Z'
          ? 'A'
          : String.fromCharCode(c.charCodeAt(0) + 1);
    lines[i] = line.slice(0, at) + next + line.slice(at + 1);
    return Buffer.from(lines.join('\n'));
  };

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
    'ballots.jsonl',
    [
      ...logCommon,
      ['a ballot id digit changed', flip(/"id":"/)],
      ['an election id letter changed', flip(/"election":"/)],
      ['a section letter changed', flip(/"section":"/)],
      ['an option id letter changed', flip(/"ranking":\["/)],
    ],
  ],
  ['burned-codes.jsonl', [...logCommon, ['a hash digit changed', flip(/^[0-9a-f]{10}/)]]],
  ['codes.json', [...common, ['a salt character changed', flip(/"salt": "/)]]],
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

  it('a change made while the box is open is found by the staff check, naming the file', () => {
    const dir = tempDir('priorites-corpus-');
    const { box, codes } = openedBox(dir, { codes: 3 });
    for (const code of codes.slice(0, 2)) box.cast({ ballotId: ballotId(), ranking: [A], code });
    expect(box.checkIntegrity()).toBeNull();
    const file = path.join(dir, 'burned-codes.jsonl');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n')[0] + '\n');
    expect(box.checkIntegrity()).toEqual({
      file: 'burned-codes.jsonl',
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
