import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ballotId,
  boxDeps,
  Clock,
  openedBox,
  OPTIONS,
  readSlots,
  tempDir,
} from '../../test/fault/support/box-fixture';
import { BallotBox } from './ballot-box';
import { DamagedFileError } from './document-store';
import { AlreadyRunningError } from './instance-lock';
import { recoverDataDir } from './recovery';
import { readHeader } from './slot-file';

const slotSizeOf = (bytes: Buffer): number => {
  const h = readHeader(bytes);
  if (typeof h === 'string') throw new Error(h);
  return h.slotBytes;
};

const deps = { now: new Clock().now, pid: process.pid, isAlive: () => false };
const A = OPTIONS[0] as string;
let live: BallotBox | null = null;
afterEach(() => {
  live?.shutdown();
  live = null;
});

function votedDir(n = 3): string {
  const dir = tempDir();
  const { box } = openedBox(dir, { codes: n });
  box.setLanguage('nl');
  const codes = box.generateCodes('FR', n);
  for (const code of codes) box.cast({ ballotId: ballotId(), ranking: [A], code });
  box.shutdown();
  return dir;
}

describe('recoverDataDir', () => {
  it('finds a damaged record next to a cast the journal still holds (a crash just after it), and the box opens with it', () => {
    const dir = tempDir();
    const { box, codes } = openedBox(dir, { codes: 4 });
    const ids = codes.map(() => ballotId());
    codes.forEach((code, i) => box.cast({ ballotId: ids[i] as string, ranking: [A], code }));
    // The process dies now, the last cast still in the journal (its data flush comes after
    // the answer): the folder as the disk holds it.
    const crashed = tempDir();
    fs.cpSync(dir, crashed, { recursive: true });
    fs.rmSync(path.join(crashed, 'priorites.lock'), { force: true });
    box.shutdown();
    const journal = JSON.parse(fs.readFileSync(path.join(crashed, 'cast-journal.json'), 'utf8'));
    expect(journal.intent?.ballot.id).toBe(ids[3]);
    // And another ballot's record is damaged.
    const file = path.join(crashed, 'ballots.slots');
    const bytes = fs.readFileSync(file);
    const victim = readSlots(file).find((r) => !r.payload.includes(ids[3] as string));
    if (!victim) throw new Error('no other record');
    const at = bytes.indexOf(Buffer.from(victim.payload)) + victim.payload.indexOf('ranking');
    bytes[at] = 'R'.charCodeAt(0);
    fs.writeFileSync(file, bytes);
    expect(() => new BallotBox(boxDeps(crashed))).toThrow(DamagedFileError);

    const steps = recoverDataDir(crashed, deps);
    expect(steps).toEqual([
      expect.objectContaining({ file: 'ballots.slots', action: 'salvaged' }),
      expect.objectContaining({ file: 'ballots.slots', action: 'unproven' }),
    ]);
    live = new BallotBox(boxDeps(crashed));
    const kept = live.ballots().map((b) => b.id);
    expect(kept).toHaveLength(3);
    expect(kept).toContain(ids[3]);
    expect(live.overview().codes.used).toBe(4);
  });

  it('does nothing to a sound folder', () => {
    const dir = votedDir();
    expect(recoverDataDir(dir, deps)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'damaged'))).toBe(false);
  });

  it.each([
    ['a zero-length state.json', 'state.json', ''],
    ['a corrupted codes.json', 'codes.json', '{"version":1,"salt":'],
    ['a settings.json with foreign content', 'settings.json', '{"hello":"world"}\n'],
  ])('puts back %s from the newest backup, keeping the damaged file', (_, name, text) => {
    const dir = votedDir();
    const good = fs.readFileSync(path.join(dir, name), 'utf8');
    fs.writeFileSync(path.join(dir, name), text);
    expect(() => new BallotBox(boxDeps(dir))).toThrow(DamagedFileError);
    const [step] = recoverDataDir(dir, deps);
    expect(step).toMatchObject({
      file: name,
      action: 'restored',
      from: `backups/${name.replace('.json', '.1.json')}`,
    });
    expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(good);
    expect(fs.readFileSync(path.join(dir, step?.keptAs as string), 'utf8')).toBe(text);
    live = new BallotBox(boxDeps(dir));
    expect(live.counts().ballots).toBe(3);
    expect(live.overview().codes).toEqual({ generated: 6, used: 3 });
    expect(live.audit.entries().some((e) => e.action === 'recovered-from-backup')).toBe(true);
  });

  it('puts back a state.json that vanished', () => {
    const dir = votedDir();
    fs.rmSync(path.join(dir, 'state.json'));
    expect(recoverDataDir(dir, deps)[0]).toMatchObject({ action: 'restored', reason: 'missing' });
    live = new BallotBox(boxDeps(dir));
    expect(live.status).toBe('open');
  });

  it('keeps every valid ballot around a damaged slot and lists the slot it left out', () => {
    const dir = votedDir(4);
    const file = path.join(dir, 'ballots.slots');
    const [, second] = readSlots(file);
    const slot = (second?.slot as number) + 1;
    const bytes = fs.readFileSync(file);
    const size = slotSizeOf(bytes);
    bytes.write('{"id":"zz', slot * size + 2, 'latin1');
    fs.writeFileSync(file, bytes);
    expect(() => new BallotBox(boxDeps(dir))).toThrow(
      new RegExp(`ballots\\.slots.*slot ${slot} is damaged`),
    );
    const steps = recoverDataDir(dir, deps);
    // The dropped ballot is lost: the seal's count says so, and the report lists it.
    expect(steps).toMatchObject([
      { file: 'ballots.slots', action: 'salvaged', dropped: [slot], unit: 'slot' },
      {
        file: 'ballots.slots',
        action: 'unproven',
        reason: 'holds 3 record(s) where the seal recorded 4',
      },
    ]);
    expect(fs.readFileSync(path.join(dir, steps[0]?.keptAs as string)).equals(bytes)).toBe(true);
    live = new BallotBox(boxDeps(dir));
    expect(live.counts().ballots).toBe(3);
    expect(live.audit.entries().slice(-2)).toMatchObject([
      { action: 'slots-salvaged', details: { file: 'ballots.slots', droppedSlots: String(slot) } },
      { action: 'seal-unproven', details: { file: 'ballots.slots' } },
    ]);
  });

  it('keeps every valid line of an earlier version’s log around a corrupted one', () => {
    const dir = votedDir(4);
    const lines = readSlots(path.join(dir, 'ballots.slots')).map((r) => r.payload);
    fs.rmSync(path.join(dir, 'ballots.slots'));
    lines[1] = '{"id":"zz' + '\u0000'.repeat(20);
    fs.writeFileSync(path.join(dir, 'ballots.jsonl'), lines.join('\n') + '\n');
    expect(() => new BallotBox(boxDeps(dir))).toThrow(/ballots\.jsonl.*line 2/);
    const steps = recoverDataDir(dir, deps);
    expect(steps[0]).toMatchObject({ file: 'ballots.jsonl', action: 'salvaged', dropped: [2] });
    live = new BallotBox(boxDeps(dir));
    expect(live.counts().ballots).toBe(3);
    expect(fs.existsSync(path.join(dir, 'ballots.jsonl'))).toBe(false);
    expect(readSlots(path.join(dir, 'ballots.slots'))).toHaveLength(3);
  });

  it('says so when no good backup is left', () => {
    const dir = votedDir();
    fs.writeFileSync(path.join(dir, 'state.json'), '');
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    expect(recoverDataDir(dir, deps)).toMatchObject([
      { file: 'state.json', action: 'unrecoverable' },
    ]);
    expect(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')).toBe('');
  });

  it('refuses to touch a folder that a running box holds', () => {
    const dir = votedDir();
    live = new BallotBox(boxDeps(dir));
    expect(() =>
      recoverDataDir(dir, { ...deps, pid: process.pid + 1, isAlive: () => true }),
    ).toThrow(AlreadyRunningError);
  });
});
