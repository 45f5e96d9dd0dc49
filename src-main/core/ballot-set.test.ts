import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ballotLine, type Ballot } from '../../shared/domain/ballot';
import { ballotId, OPTIONS, readSlots, tempDir } from '../../test/fault/support/box-fixture';
import { BallotSet } from './ballot-set';
import { DamagedFileError } from './document-store';
import { slotFileBytes } from './slot-file';

const ballot = (ranking: string[] = [OPTIONS[0] as string], section = 'FR'): Ballot => ({
  id: ballotId(),
  election: 'sip-2020-2021',
  section,
  ranking,
});

const fileIn = () => path.join(tempDir(), 'ballots.slots');
const legacyOf = (file: string) => file.replace(/\.slots$/, '.jsonl');
const record = (b: Ballot) => ballotLine(b).slice(0, -1);
const first = (n: number) => n - 1;

function damageThrown(f: () => unknown): DamagedFileError {
  try {
    f();
  } catch (e) {
    if (e instanceof DamagedFileError) return e;
    throw e;
  }
  throw new Error('no DamagedFileError');
}

describe('BallotSet', () => {
  it('keeps stored ballots across a reopen, counted per section', () => {
    const file = fileIn();
    const s = new BallotSet(file, 5);
    s.append([ballot(), ballot([], 'BE')]);
    s.append([ballot()]);
    s.close();
    const t = new BallotSet(file, 5);
    expect(t.size).toBe(3);
    expect(t.countBySection()).toEqual({ FR: 2, BE: 1 });
    expect(t.blank).toBe(1);
    expect(t.openReport).toEqual({ ballots: 3, tornTail: null, tornFile: file });
    t.close();
  });

  it('reads a log of an earlier version as found, then converts it: torn line dropped, log gone', () => {
    const file = fileIn();
    const old = legacyOf(file);
    const [a, b] = [ballot(), ballot()];
    fs.writeFileSync(old, ballotLine(a) + ballotLine(b) + '{"id":"ab');
    const s = new BallotSet(file, 5);
    expect(s.size).toBe(2);
    expect(s.openReport).toEqual({ ballots: 2, tornTail: '{"id":"ab', tornFile: old });
    // Opening changes no byte (a damaged box must stay as found); the owner converts.
    expect(fs.readFileSync(old, 'utf8')).toBe(ballotLine(a) + ballotLine(b) + '{"id":"ab');
    expect(fs.existsSync(file)).toBe(false);
    expect(s.repairTail()).toEqual({ from: old, records: 2 });
    s.close();
    expect(fs.existsSync(old)).toBe(false);
    expect(
      readSlots(file)
        .map((r) => r.payload)
        .sort(),
    ).toEqual([record(a), record(b)].sort());
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ballots.slots']);
  });

  it('refuses a corrupted line in an earlier version’s log, naming file and line, as found', () => {
    const file = fileIn();
    const old = legacyOf(file);
    const text = ballotLine(ballot()) + '{"id":garbage}\n' + ballotLine(ballot());
    fs.writeFileSync(old, text);
    const err = damageThrown(() => new BallotSet(file, 5));
    expect(err.file).toBe(old);
    expect(err.reason).toContain('line 2');
    expect(fs.readFileSync(old, 'utf8')).toBe(text);
  });

  it('refuses a slot with one byte changed, naming the file and the slot, as found', () => {
    const file = fileIn();
    const s = new BallotSet(file, 5);
    s.append([ballot()]);
    s.close();
    const bytes = fs.readFileSync(file);
    const slot = readSlots(file)[0]?.slot as number;
    const size = bytes.length / (256 + 1);
    bytes[(slot + 1) * size + 20] = (bytes[(slot + 1) * size + 20] as number) ^ 0x01;
    fs.writeFileSync(file, bytes);
    const err = damageThrown(() => new BallotSet(file, 5));
    expect(err.file).toBe(file);
    expect(err.reason).toBe(`slot ${slot + 1} is damaged (checksum)`);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('tolerates the same record twice (a replayed journal) but not one id with two contents', () => {
    const file = fileIn();
    const b = ballot();
    const seq = (n: number) => n - 1;
    fs.writeFileSync(file, slotFileBytes('ballots', 1024, 8, [record(b), record(b)], seq).bytes);
    const s = new BallotSet(file, 5);
    expect(s.size).toBe(1);
    s.close();
    const other = record({ ...b, ranking: [] });
    fs.writeFileSync(file, slotFileBytes('ballots', 1024, 8, [record(b), other], first).bytes);
    expect(() => new BallotSet(file, 5)).toThrow(/appears twice/);
  });

  it('releases full batches per section but the latest, and everything on releaseAll', () => {
    const s = new BallotSet(fileIn(), 3);
    s.append([ballot(), ballot(), ballot()]);
    expect(s.releasedBySection()).toEqual({ FR: 0 });
    s.append([ballot(), ballot(), ballot(), ballot([], 'BE')]);
    expect(s.releasedBySection()).toEqual({ FR: 3, BE: 0 });
    expect(s.groups('FR', 'released').reduce((n, g) => n + g.count, 0)).toBe(3);
    expect(s.groups('FR', 'all').reduce((n, g) => n + g.count, 0)).toBe(6);
    s.append([ballot()]);
    s.setBatchSize(2);
    expect(s.releasedBySection()).toEqual({ FR: 4, BE: 0 });
    s.releaseAll();
    expect(s.releasedBySection()).toEqual({ FR: 7, BE: 1 });
    s.close();
  });

  it('counts a staged ballot only on commit, and undo frees its slot again', () => {
    const file = fileIn();
    const s = new BallotSet(file, 5);
    const staged = s.stage([ballot()]);
    expect(s.size).toBe(0);
    expect(readSlots(file)).toHaveLength(1);
    staged.undo();
    expect(readSlots(file)).toEqual([]);
    const b = ballot();
    s.stage([b]).commit();
    expect(s.has(b.id)).toBe(true);
    expect(s.lineOf(b.id)).toBe(ballotLine(b));
    s.close();
  });

  it('preallocates the expected ballots, and grows by rewriting the whole file larger', () => {
    const file = fileIn();
    const s = new BallotSet(file, 1, { slotBytes: 256, capacity: () => 400 });
    s.append([ballot()]);
    // 400 expected, a quarter more preallocated: 500 slots of 256 bytes, after the header.
    expect(fs.statSync(file).size).toBe(256 * 501);
    const all = [ballot()];
    for (let i = 0; i < 520; i++) {
      const b = ballot();
      s.append([b]);
      all.push(b);
    }
    expect(fs.statSync(file).size).toBe(256 * 1001);
    s.close();
    const t = new BallotSet(file, 1);
    expect(t.size).toBe(521);
    t.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ballots.slots']);
  });
});
