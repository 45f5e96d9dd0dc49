import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ballotLine, type Ballot } from '../../shared/domain/ballot';
import { ballotId, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import { BallotSet } from './ballot-set';
import { DamagedFileError } from './document-store';

const ballot = (ranking: string[] = [OPTIONS[0] as string], section = 'FR'): Ballot => ({
  id: ballotId(),
  election: 'sip-2020-2021',
  section,
  ranking,
});

const fileIn = () => path.join(tempDir(), 'ballots.jsonl');

describe('BallotSet', () => {
  it('keeps appended ballots across a reopen, counted per section', () => {
    const file = fileIn();
    const s = new BallotSet(file, 5);
    s.append([ballot(), ballot([], 'BE')]);
    s.append([ballot()]);
    s.close();
    const t = new BallotSet(file, 5);
    expect(t.size).toBe(3);
    expect(t.countBySection()).toEqual({ FR: 2, BE: 1 });
    expect(t.blank).toBe(1);
    expect(t.openReport).toEqual({ ballots: 3, tornTail: null });
    t.close();
  });

  it('drops a torn last line on open and reports it', () => {
    const file = fileIn();
    const b = ballot();
    fs.writeFileSync(file, ballotLine(b) + '{"id":"ab');
    const s = new BallotSet(file, 5);
    expect(s.size).toBe(1);
    expect(s.openReport.tornTail).toBe('{"id":"ab');
    // Opening changes no byte (a damaged box must stay as found); the owner repairs.
    expect(fs.readFileSync(file, 'utf8')).toBe(ballotLine(b) + '{"id":"ab');
    s.repairTail();
    s.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(ballotLine(b));
  });

  it('refuses a corrupted line in the middle, naming file and line, and leaves the file as is', () => {
    const file = fileIn();
    const text = ballotLine(ballot()) + '{"id":garbage}\n' + ballotLine(ballot());
    fs.writeFileSync(file, text);
    let err: unknown;
    try {
      new BallotSet(file, 5);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DamagedFileError);
    expect((err as DamagedFileError).message).toContain(file);
    expect((err as DamagedFileError).reason).toContain('line 2');
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('tolerates the same line twice (a replayed journal) but not one id with two contents', () => {
    const file = fileIn();
    const b = ballot();
    fs.writeFileSync(file, ballotLine(b) + ballotLine(b));
    const s = new BallotSet(file, 5);
    expect(s.size).toBe(1);
    s.close();
    fs.writeFileSync(file, ballotLine(b) + ballotLine({ ...b, ranking: [] }));
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

  it('counts a staged ballot only on commit, and undo removes it from the file', () => {
    const file = fileIn();
    const s = new BallotSet(file, 5);
    const staged = s.stage([ballot()]);
    expect(s.size).toBe(0);
    staged.undo();
    expect(fs.readFileSync(file, 'utf8')).toBe('');
    const b = ballot();
    s.stage([b]).commit();
    expect(s.has(b.id)).toBe(true);
    expect(s.lineOf(b.id)).toBe(ballotLine(b));
    s.close();
  });

  it('shuffles the file atomically: same ballots, another order, still appendable', () => {
    const file = fileIn();
    const s = new BallotSet(file, 1);
    const all = Array.from({ length: 200 }, () => ballot());
    s.append(all);
    const before = fs.readFileSync(file, 'utf8').split('\n');
    s.shuffle((n) => Math.floor(Math.random() * n));
    const after = fs.readFileSync(file, 'utf8').split('\n');
    expect([...after].sort()).toEqual([...before].sort());
    expect(after).not.toEqual(before);
    const late = ballot();
    s.append([late]);
    s.close();
    const t = new BallotSet(file, 1);
    expect(t.size).toBe(201);
    expect(t.has(late.id)).toBe(true);
    t.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ballots.jsonl']);
  });
});
