/**
 * A data folder of the previous version (ballots, test ballots and burned codes in `*.jsonl`
 * logs, in casting order) opens: its logs become slot files atomically, every record at a
 * random place, the conversion is in the audit trail, the seal still holds, no used code votes
 * again, and exports are unchanged. A conversion cut between the new file and the removal of
 * the old one finishes at the next opening.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BallotBox } from '../../src-main/core/ballot-box';
import { CastJournal } from '../../src-main/core/cast-journal';
import { textMark } from '../../src-main/core/seal';
import { formatBallotsCsv, parseBallotsCsv } from '../../shared/csv/ballots-csv';
import { apiErrorCode } from '../unit/support/api-errors';
import { ballotId, boxDeps, openedBox, OPTIONS, readSlots, tempDir } from './support/box-fixture';
import { kendall, kendallBound, spearman, spearmanBound } from './support/rank-correlation';

const A = OPTIONS[0] as string;
const N = 120;

/**
 * The folder as the previous version left it mid-vote: the same box, its slot files written
 * back as logs in casting order (the seal is order-free, so it vouches for them as it did).
 */
function oldFolder(): { dir: string; ids: string[]; hashes: string[]; used: string[] } {
  const dir = tempDir('priorites-migrate-');
  const { box, codes } = openedBox(dir, { codes: N + 5 });
  const ids: string[] = [];
  const hashes: string[] = [];
  const used = codes.slice(0, N);
  const lines: string[] = [];
  for (const code of used) {
    const id = ballotId();
    hashes.push(box.checkCode(code).hash);
    box.cast({ ballotId: id, ranking: [A], code });
    ids.push(id);
  }
  const byId = new Map(
    readSlots(path.join(dir, 'ballots.slots')).map((r) => [
      (JSON.parse(r.payload) as { id: string }).id,
      r.payload,
    ]),
  );
  for (const id of ids) lines.push((byId.get(id) as string) + '\n');
  box.shutdown();
  fs.rmSync(path.join(dir, 'ballots.slots'));
  fs.rmSync(path.join(dir, 'burned-codes.slots'));
  fs.writeFileSync(path.join(dir, 'ballots.jsonl'), lines.join(''));
  fs.writeFileSync(path.join(dir, 'burned-codes.jsonl'), hashes.map((h) => h + '\n').join(''));
  return { dir, ids, hashes, used };
}

describe('a data folder of the previous version', () => {
  it('opens, its logs converted to slot files at random places, audited, sealed', () => {
    const { dir, ids, hashes, used } = oldFolder();
    const box = new BallotBox(boxDeps(dir));
    try {
      expect(box.status).toBe('open');
      expect(box.counts().ballots).toBe(N);
      expect(box.overview().codes).toEqual({ generated: N + 5, used: N });
      expect(fs.existsSync(path.join(dir, 'ballots.jsonl'))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'burned-codes.jsonl'))).toBe(false);
      const converted = box.audit.entries().filter((e) => e.action === 'store-converted');
      expect(converted.map((e) => e.details)).toEqual([
        { from: 'ballots.jsonl', file: 'ballots.slots', records: N },
        { from: 'burned-codes.jsonl', file: 'burned-codes.slots', records: N },
      ]);
      expect(box.checkIntegrity()).toBeNull();
      for (const code of used.slice(0, 5))
        expect(apiErrorCode(() => box.cast({ ballotId: ballotId(), ranking: [A], code }))).toBe(
          'code-used',
        );

      // The casting order of the old logs is gone from the new files.
      const slotOf = new Map(
        readSlots(path.join(dir, 'ballots.slots')).map((r) => [
          (JSON.parse(r.payload) as { id: string }).id,
          r.slot,
        ]),
      );
      const burnOf = new Map(
        readSlots(path.join(dir, 'burned-codes.slots')).map((r) => [r.payload, r.slot]),
      );
      const order = ids.map((_, i) => i);
      for (const places of [
        ids.map((id) => slotOf.get(id) as number),
        hashes.map((h) => burnOf.get(h) as number),
      ]) {
        expect(Math.abs(spearman(order, places))).toBeLessThan(spearmanBound(N));
        expect(Math.abs(kendall(order, places))).toBeLessThan(kendallBound(N));
      }
      // Exports read the same ballots (CSV format unchanged; the export shuffles on its own).
      const exported = box.ballots();
      expect(exported.map((b) => b.id).sort()).toEqual([...ids].sort());
      const csv = parseBallotsCsv(formatBallotsCsv(exported, OPTIONS.length));
      expect(csv.ok && csv.ballots.map((b) => b.id).sort()).toEqual([...ids].sort());
    } finally {
      box.shutdown();
    }
    // And it opens again as a slot-file box, nothing more to convert.
    const again = new BallotBox(boxDeps(dir));
    expect(again.counts().ballots).toBe(N);
    expect(again.audit.entries().filter((e) => e.action === 'store-converted')).toHaveLength(2);
    again.shutdown();
  });

  it('finishes a conversion cut after the slot file was written: the old log just goes', () => {
    const { dir } = oldFolder();
    const old = fs.readFileSync(path.join(dir, 'ballots.jsonl'));
    new BallotBox(boxDeps(dir)).shutdown();
    // The crash came before the log was removed: both are there.
    fs.writeFileSync(path.join(dir, 'ballots.jsonl'), old);
    const slots = fs.readFileSync(path.join(dir, 'ballots.slots'));
    const box = new BallotBox(boxDeps(dir));
    expect(box.counts().ballots).toBe(N);
    expect(fs.existsSync(path.join(dir, 'ballots.jsonl'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'ballots.slots')).equals(slots)).toBe(true);
    box.shutdown();
  });
});

describe('a codes document of the first version (one object per code)', () => {
  /** The box's codes.json written back as version 1 left it, the seal made to vouch for it. */
  function v1Codes(): { dir: string; used: string[]; unused: string[]; text: string } {
    const dir = tempDir('priorites-migrate-codes-');
    const { box, codes } = openedBox(dir, { codes: 12 });
    const used = codes.slice(0, 3);
    for (const code of used) box.cast({ ballotId: ballotId(), ranking: [A], code });
    box.shutdown();
    const file = path.join(dir, 'codes.json');
    const v2 = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      version: number;
      salt: string;
      sections: Record<string, string>;
    };
    expect(v2.version).toBe(2);
    const entries = Object.entries(v2.sections).flatMap(([section, run]) =>
      (run.match(/.{64}/g) ?? []).map((hash) => ({ hash, section })),
    );
    expect(entries).toHaveLength(12);
    const text = `${JSON.stringify({ version: 1, salt: v2.salt, codes: entries }, null, 2)}\n`;
    fs.writeFileSync(file, text);
    fs.writeFileSync(path.join(dir, 'backups', 'codes.1.json'), text);
    const journal = new CastJournal(path.join(dir, 'cast-journal.json'));
    const sealed = journal.seal();
    if (!sealed) throw new Error('the box has no seal');
    journal.write(null, { seal: { ...sealed.seal, codes: textMark(text) }, before: null });
    journal.close();
    return { dir, used, unused: codes.slice(3), text };
  }

  it('opens untouched, every code as it was, and becomes version 2 at the next change', () => {
    const { dir, used, unused, text } = v1Codes();
    const file = path.join(dir, 'codes.json');
    const box = new BallotBox(boxDeps(dir));
    try {
      expect(box.overview().codes).toEqual({ generated: 12, used: 3 });
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
      expect(box.checkIntegrity()).toBeNull();
      expect(apiErrorCode(() => box.checkCode(used[0] as string))).toBe('code-used');
      expect(box.checkCode(unused[0] as string).section).toBe('FR');
      box.cast({ ballotId: ballotId(), ranking: [A], code: unused[0] });
      box.generateCodes('BE', 2);
      const now = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        version: number;
        sections: Record<string, string>;
      };
      expect(now.version).toBe(2);
      expect(
        Object.fromEntries(Object.entries(now.sections).map(([s, r]) => [s, r.length])),
      ).toEqual({ FR: 12 * 64, BE: 2 * 64 });
      expect(box.checkIntegrity()).toBeNull();
    } finally {
      box.shutdown();
    }
    const again = new BallotBox(boxDeps(dir));
    try {
      expect(again.overview().codes).toEqual({ generated: 14, used: 4 });
      for (const code of [...used, unused[0] as string])
        expect(apiErrorCode(() => again.checkCode(code))).toBe('code-used');
      expect(again.checkCode(unused[1] as string).section).toBe('FR');
    } finally {
      again.shutdown();
    }
  });
});
