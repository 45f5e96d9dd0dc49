import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api';
import { parseCode } from '../../shared/domain/codes';
import {
  ballotId,
  boxDeps,
  openedBox,
  OPTIONS,
  putRecord,
  readSlotJson,
  readSlots,
  tempDir,
} from '../../test/fault/support/box-fixture';
import { BallotBox } from './ballot-box';
import { drawByLot } from '../../shared/tally/tie-break';
import { ballotLine } from '../../shared/domain/ballot';
import { DamagedFileError } from './document-store';

const A = OPTIONS[0] as string;
const B = OPTIONS[1] as string;
const boxes: BallotBox[] = [];
const track = <T extends { box: BallotBox }>(o: T): T => (boxes.push(o.box), o);
const reopen = (dir: string) => {
  const b = new BallotBox(boxDeps(dir));
  boxes.push(b);
  return b;
};
const shut = (b: BallotBox) => {
  b.shutdown();
  boxes.splice(boxes.indexOf(b), 1);
};

afterEach(() => {
  vi.restoreAllMocks();
  for (const b of boxes.splice(0)) b.shutdown();
});

const errorCode = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return e.code;
    throw e;
  }
  return 'no error';
};
const enospc = () => Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });

/** The cast intent left in the journal (its seal aside), null when nothing is pending. */
/** After the answer: the cast path flushes the cast's data on the next turn (setImmediate). */
const afterAnswer = () => new Promise<void>((r) => setImmediate(r));
const pendingIntent = (dir: string): unknown =>
  (JSON.parse(fs.readFileSync(path.join(dir, 'cast-journal.json'), 'utf8')) as { intent: unknown })
    .intent;

describe('casting in open mode', () => {
  it('records a ballot once and answers a retry with the same id as a duplicate', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    const id = ballotId();
    expect(box.cast({ ballotId: id, ranking: [A, B] })).toEqual({
      recorded: true,
      duplicate: false,
    });
    expect(box.cast({ ballotId: id, ranking: [A, B] })).toEqual({
      recorded: true,
      duplicate: true,
    });
    expect(errorCode(() => box.cast({ ballotId: id, ranking: [B] }))).toBe('ballot-id-conflict');
    expect(box.counts().ballots).toBe(1);
    expect(readSlots(path.join(dir, 'ballots.slots'))).toHaveLength(1);
  });

  it('refuses invalid rankings, unknown sections and a closed vote, storing nothing', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: ['nope'] }))).toBe(
      'invalid-ranking',
    );
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A, A] }))).toBe(
      'invalid-ranking',
    );
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], section: 'XX' }))).toBe(
      'unknown-section',
    );
    box.closeVote();
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A] }))).toBe('vote-not-open');
    expect(box.counts().ballots).toBe(0);
    expect(readSlots(path.join(dir, 'ballots.slots'))).toEqual([]);
  });

  it('answers disk-full, counts nothing and keeps the file whole when the disk is full', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    box.cast({ ballotId: ballotId(), ranking: [A] });
    const before = fs.readFileSync(path.join(dir, 'ballots.slots'));
    const real = fs.fdatasyncSync;
    let n = 0;
    // The journal's flush, then the ballot slot's, which fails.
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => {
      if (++n === 2) throw enospc();
      real(fd);
    });
    const id = ballotId();
    expect(errorCode(() => box.cast({ ballotId: id, ranking: [B] }))).toBe('disk-full');
    vi.restoreAllMocks();
    expect(box.counts().ballots).toBe(1);
    // The slot written before the failed flush is zeroed again: the file is as before.
    expect(fs.readFileSync(path.join(dir, 'ballots.slots')).equals(before)).toBe(true);
    // Space is back: the same ballot goes through on retry.
    expect(box.cast({ ballotId: id, ranking: [B] }).duplicate).toBe(false);
    expect(box.counts().ballots).toBe(2);
  });
});

describe('casting with codes', () => {
  it('burns the code with the ballot, refuses its reuse, and never writes the code next to the ballot', async () => {
    const dir = tempDir();
    const { box, codes } = track(openedBox(dir, { codes: 3 }));
    const code = codes[0] as string;
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A] }))).toBe('code-required');
    box.cast({ ballotId: ballotId(), ranking: [A], code });
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [B], code }))).toBe(
      'code-used',
    );
    expect(errorCode(() => box.checkCode('FR-22'))).toBe('code-malformed');
    expect(box.overview().codes).toEqual({ generated: 3, used: 1 });
    const ballots = fs.readFileSync(path.join(dir, 'ballots.slots'), 'latin1');
    const canonical = parseCode(code);
    expect(canonical.ok && ballots.includes(canonical.canonical.slice(3, 7))).toBe(false);
    expect(readSlots(path.join(dir, 'burned-codes.slots')).map((r) => r.payload)).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
    // The journal is one fixed-size record holding the seal, and no ballot once the cast's
    // data is flushed, just after the answer.
    await afterAnswer();
    expect(pendingIntent(dir)).toBeNull();
  });

  it('answers a retry after a lost answer as a duplicate, even when the code section differs from the kiosk', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    shut(box);
    const b2 = reopen(dir);
    b2.closeVote();
    b2.newElection();
    b2.updateElection({ ...b2.election, eligibility: 'codes' });
    const [code] = b2.generateCodes('BE', 1);
    b2.open();
    expect(b2.kioskState().section).toBe('FR');
    const id = ballotId();
    b2.cast({ ballotId: id, ranking: [A], code });
    expect(b2.cast({ ballotId: id, ranking: [A], code })).toEqual({
      recorded: true,
      duplicate: true,
    });
    expect(errorCode(() => b2.cast({ ballotId: id, ranking: [B], code }))).toBe(
      'ballot-id-conflict',
    );
    expect(b2.counts().bySection).toEqual({ BE: 1 });
  });

  it('answers once the journal is on disk: a cast whose data writes were then lost (power cut) is replayed whole', () => {
    const dir = tempDir();
    const { box, codes } = track(openedBox(dir, { codes: 2 }));
    // The files as they were before the cast (not made yet: made at the first write).
    const before = (name: string) =>
      fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name)) : null;
    const ballots = before('ballots.slots');
    const burned = before('burned-codes.slots');
    const id = ballotId();
    expect(box.cast({ ballotId: id, ranking: [A], code: codes[0] }).recorded).toBe(true);
    // Answered: the journal holds the cast until its data is flushed (after the answer).
    expect(pendingIntent(dir)).toMatchObject({ ballot: { id } });
    // The machine loses power now: the ballot's and the burn's writes never reach the disk.
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, 'priorites.lock'), { force: true });
    for (const [name, bytes] of [
      ['ballots.slots', ballots],
      ['burned-codes.slots', burned],
    ] as const)
      if (bytes) fs.writeFileSync(path.join(copy, name), bytes);
      else fs.rmSync(path.join(copy, name));
    const after = reopen(copy);
    expect(after.ballots().map((b) => b.id)).toEqual([id]);
    expect(after.overview().codes.used).toBe(1);
    expect(
      errorCode(() => after.cast({ ballotId: ballotId(), ranking: [B], code: codes[0] })),
    ).toBe('code-used');
  });

  it('keeps the cast in the journal while its burn cannot be flushed, and refuses the next one', async () => {
    const dir = tempDir();
    const { box, codes } = track(openedBox(dir, { codes: 2 }));
    const real = fs.fdatasyncSync;
    let n = 0;
    // The journal's flush (the answer), then after the answer the ballot slot's, then the burn
    // slot's, and every later flush fail: a disk that stopped taking writes.
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => {
      if (++n >= 3) throw enospc();
      real(fd);
    });
    const id = ballotId();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(box.cast({ ballotId: id, ranking: [A], code: codes[0] }).recorded).toBe(true);
    await afterAnswer();
    expect(pendingIntent(dir)).toMatchObject({ ballot: { id } });
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code: codes[1] }))).toBe(
      'disk-full',
    );
    // Nothing overwrote the journal: the first cast is still there to be replayed.
    expect(pendingIntent(dir)).toMatchObject({ ballot: { id } });
    vi.restoreAllMocks();
    shut(box);
    const again = reopen(dir);
    expect(again.ballots().map((b) => b.id)).toEqual([id]);
    expect(again.overview().codes.used).toBe(1);
    expect(again.cast({ ballotId: ballotId(), ranking: [A], code: codes[1] }).recorded).toBe(true);
  });

  it('takes the intent back when the ballot itself cannot be written (disk full), leaving nothing to replay', () => {
    const dir = tempDir();
    const { box, codes } = track(openedBox(dir, { codes: 2 }));
    // The journal is a preallocated record flushed with fdatasync: it still fits on a full
    // disk; making the ballots' file (preallocated slots, fsync'd) is the first to fail.
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw enospc();
    });
    expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code: codes[0] }))).toBe(
      'disk-full',
    );
    vi.restoreAllMocks();
    expect(pendingIntent(dir)).toBeNull();
    shut(box);
    const again = reopen(dir);
    expect(again.counts().ballots).toBe(0);
    expect(again.overview().codes.used).toBe(0);
  });

  describe('a crash in each window of a cast is repaired on open, exactly once', () => {
    const setup = () => {
      const dir = tempDir();
      const { box, codes } = track(openedBox(dir, { codes: 2 }));
      const code = codes[0] as string;
      // The hash the box would journal: cast with another box's id once to learn it.
      box.cast({ ballotId: ballotId(), ranking: [B], code: codes[1] });
      const burned = readSlots(path.join(dir, 'burned-codes.slots')).map((r) => r.payload);
      shut(box);
      return { dir, code, burnedBefore: burned };
    };
    const hashOf = (dir: string, code: string) => {
      // Cast in a scratch copy to read the salted hash the store uses for this code.
      const scratch = tempDir();
      fs.cpSync(dir, scratch, { recursive: true });
      const b = new BallotBox(boxDeps(scratch));
      b.cast({ ballotId: ballotId(), ranking: [A], code });
      const before = new Set(readSlots(path.join(dir, 'burned-codes.slots')).map((r) => r.payload));
      const added = readSlots(path.join(scratch, 'burned-codes.slots'))
        .map((r) => r.payload)
        .filter((h) => !before.has(h));
      b.shutdown();
      return added[0] as string;
    };

    it.each(['after the journal', 'after the ballot', 'after the burn'] as const)(
      'crash %s',
      (window) => {
        const { dir, code, burnedBefore } = setup();
        const hash = hashOf(dir, code);
        const ballot = { id: ballotId(), election: 'sip-2020-2021', section: 'FR', ranking: [A] };
        fs.writeFileSync(
          path.join(dir, 'cast-journal.json'),
          JSON.stringify({ ballot, codeHash: hash }),
        );
        if (window !== 'after the journal')
          putRecord(path.join(dir, 'ballots.slots'), ballotLine(ballot).slice(0, -1));
        if (window === 'after the burn') putRecord(path.join(dir, 'burned-codes.slots'), hash);
        const box = reopen(dir);
        expect(box.counts().ballots).toBe(2);
        expect(box.overview().codes.used).toBe(2);
        // The journal is one fixed-size record holding the seal, and no ballot once nothing is pending.
        expect(pendingIntent(dir)).toBeNull();
        expect(
          readSlots(path.join(dir, 'burned-codes.slots'))
            .map((r) => r.payload)
            .sort(),
        ).toEqual([...burnedBefore, hash].sort());
        // The kiosk, which never got its answer, retries: counted once.
        expect(box.cast({ ballotId: ballot.id, ranking: [A], code }).duplicate).toBe(true);
        expect(errorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code }))).toBe(
          'code-used',
        );
        shut(box);
        const again = reopen(dir);
        expect(again.counts().ballots).toBe(2);
      },
    );
  });
});

describe('opening the store', () => {
  it('shuts down twice without an error (both windows and will-quit call it)', () => {
    const { box } = openedBox(tempDir(), { codes: 1 });
    box.shutdown();
    expect(() => box.shutdown()).not.toThrow();
  });

  it('drops a torn last line of an earlier version’s ballot log with an audit entry', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    box.cast({ ballotId: ballotId(), ranking: [A] });
    shut(box);
    // The folder as the previous version left it: the same ballot in a line log, torn after.
    const records = readSlots(path.join(dir, 'ballots.slots')).map((r) => r.payload + '\n');
    fs.rmSync(path.join(dir, 'ballots.slots'));
    fs.writeFileSync(path.join(dir, 'ballots.jsonl'), records.join('') + '{"id":"0123');
    const again = reopen(dir);
    expect(again.counts().ballots).toBe(1);
    const [torn, converted] = again.audit.entries().slice(-2);
    expect(torn?.action).toBe('torn-line-dropped');
    expect(torn?.details).toEqual({ file: 'ballots.jsonl', bytes: 11 });
    expect(converted?.action).toBe('store-converted');
    expect(converted?.details).toEqual({
      from: 'ballots.jsonl',
      file: 'ballots.slots',
      records: 1,
    });
    expect(fs.existsSync(path.join(dir, 'ballots.jsonl'))).toBe(false);
  });

  it('refuses to start afresh when state.json vanished but ballots exist', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir));
    box.cast({ ballotId: ballotId(), ranking: [A] });
    shut(box);
    fs.rmSync(path.join(dir, 'state.json'));
    expect(() => new BallotBox(boxDeps(dir))).toThrow(DamagedFileError);
    expect(() => new BallotBox(boxDeps(dir))).toThrow(/state\.json/);
    expect(fs.existsSync(path.join(dir, 'priorites.lock'))).toBe(false);
  });

  it('refuses a second box on the same folder while the first runs', () => {
    const dir = tempDir();
    track(openedBox(dir));
    expect(
      () => new BallotBox(boxDeps(dir, { pid: process.pid + 1, isAlive: () => true })),
    ).toThrow(/already using the data folder/);
  });
});

describe('secrecy of the store', () => {
  it('needs no shuffle at the close: the files are as they were while open', () => {
    const dir = tempDir();
    const { box, codes } = track(openedBox(dir, { codes: 60 }));
    const ids: string[] = [];
    for (const code of codes) {
      const id = ballotId();
      ids.push(id);
      box.cast({ ballotId: id, ranking: [A, B], code });
    }
    const ballotsOpen = fs.readFileSync(path.join(dir, 'ballots.slots'));
    const burnedOpen = fs.readFileSync(path.join(dir, 'burned-codes.slots'));
    box.closeVote();
    expect(fs.readFileSync(path.join(dir, 'ballots.slots')).equals(ballotsOpen)).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'burned-codes.slots')).equals(burnedOpen)).toBe(true);
    const fileIds = readSlotJson(path.join(dir, 'ballots.slots')).map(
      (b) => (b as { id: string }).id,
    );
    expect([...fileIds].sort()).toEqual([...ids].sort());
    expect(fileIds).not.toEqual(ids);
    shut(box);
    const again = reopen(dir);
    expect(again.counts().ballots).toBe(60);
    expect(again.overview().codes.used).toBe(60);
  });
});

describe('release batching', () => {
  it('shows the projector full batches but the latest while open, everything at the reveal', () => {
    const dir = tempDir();
    const { box } = track(openedBox(dir, { batchSize: 3 }));
    for (let i = 0; i < 4; i++) box.cast({ ballotId: ballotId(), ranking: [A] });
    expect(box.publicResults().released).toBe(0);
    for (let i = 0; i < 3; i++) box.cast({ ballotId: ballotId(), ranking: [A] });
    expect(box.publicResults().released).toBe(3);
    box.closeVote();
    expect(box.publicResults().released).toBe(3);
    expect(box.publicResults().views.every((v) => v.tally === null)).toBe(true);
    box.reveal();
    expect(box.publicResults().released).toBe(7);
  });

  it('refuses the reveal before the close', () => {
    const { box } = track(openedBox(tempDir(), { batchSize: 3 }));
    expect(() => box.reveal()).toThrow();
  });

  it('keeps the final result back after a restart of a closed box until the reveal', () => {
    const dir = tempDir();
    const { box: first } = track(openedBox(dir, { batchSize: 3 }));
    for (let i = 0; i < 7; i++) first.cast({ ballotId: ballotId(), ranking: [A] });
    first.closeVote();
    shut(first);
    const box = reopen(dir);
    expect(box.publicResults().views.every((v) => v.tally === null)).toBe(true);
    box.reveal();
    expect(box.publicResults().released).toBe(7);
  });
});

describe('the draw by lot', () => {
  it('takes the seed once after the close, records it, and the slide says what it decided', async () => {
    const dir = tempDir();
    const box = reopen(dir);
    box.updateElection({
      ...box.election,
      tieBreak: ['first-choices', 'lot'],
      results: { ...box.election.results, batchSize: 1, minBallots: 1 },
    });
    box.open();
    // A and B tie on every count.
    box.cast({ ballotId: ballotId(), ranking: [A, B] });
    box.cast({ ballotId: ballotId(), ranking: [B, A] });
    expect(() => box.setDrawSeed('17')).toThrow(ApiError);
    box.closeVote();
    box.reveal();
    const all = () => box.publicResults().views.find((v) => v.view === 'ALL');
    expect(all()?.tieBreak?.awaitingDraw).toContainEqual([A, B]);
    box.setDrawSeed('17');
    expect(all()?.tieBreak?.decisions).toContainEqual({
      rule: 'lot',
      tied: [A, B],
      order: drawByLot('17', [A, B]),
    });
    expect(all()?.tieBreak?.awaitingDraw).toEqual([]);
    expect(() => box.setDrawSeed('18')).toThrow(ApiError);
    expect(box.overview().drawSeed).toBe('17');
    expect(await box.auditText()).toContain('"action":"draw-seed","details":{"seed":"17"}');
  });
});
