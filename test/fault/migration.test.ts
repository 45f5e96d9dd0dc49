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
