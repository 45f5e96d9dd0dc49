/**
 * Secrecy of the files on disk after a vote with codes: ballot records hold their four fields
 * and nothing else (no time, no code, no sequence), nothing in the audit log can be lined up
 * with a ballot, and neither the ballots nor the burned codes keep the casting order (slot
 * files, each record placed at random while the vote is open). The export shuffles on its own
 * (src-main/core/export/shuffle.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseCode } from '../../shared/domain/codes';
import { shuffled } from '../../shared/random';
import { apiCall, staffToken } from '../support/api-call';
import { tempDataDir } from '../support/host-process';
import { readJsonl, readSlotJson, readSlots } from './support/box-fixture';
import { spawnHost } from './support/fault-host';
import { VoteBook } from './support/vote-driver';

it('keeps no time, code or casting order in the store', async () => {
  const book = new VoteBook('codes', tempDataDir('priorites-secrecy-'), 5);
  const host = await spawnHost(book.dataDir);
  await book.prepare(host.url, 40);
  const used = [...book.codes].reverse().slice(0, 40);
  const castOrder: string[] = [];
  for (let i = 0; i < 40; i++) {
    const [id, sent] = book.newBallot();
    await book.cast(host.url, id, sent);
    castOrder.push(id);
  }
  const token = await staffToken(host.url);
  await apiCall(host.url, 'staff.close', { confirm: true }, token);
  await host.kill('SIGTERM');

  const dir = book.dataDir;
  const ballots = readSlotJson(path.join(dir, 'ballots.slots')) as Record<string, unknown>[];
  expect(ballots).toHaveLength(40);
  for (const b of ballots)
    expect(Object.keys(b).sort()).toEqual(['election', 'id', 'ranking', 'section']);
  const ballotText = fs.readFileSync(path.join(dir, 'ballots.slots'), 'latin1');
  expect(ballotText).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|"(at|time|seq|code)"/);
  const burned = fs.readFileSync(path.join(dir, 'burned-codes.slots'), 'latin1');
  for (const code of used) {
    const c = parseCode(code);
    expect(c.ok).toBe(true);
    if (c.ok) {
      expect(ballotText).not.toContain(c.canonical.replace(/-/g, '').slice(2));
      expect(burned).not.toContain(c.canonical);
    }
  }

  // The audit log has no per-ballot event and mentions no ballot id.
  const audit = fs.readFileSync(path.join(dir, 'audit.jsonl'), 'utf8');
  for (const id of castOrder) expect(audit).not.toContain(id);
  const entries = readJsonl(path.join(dir, 'audit.jsonl')) as { action: string }[];
  expect(entries.length).toBeLessThan(castOrder.length);

  // Casting order is not in the files (each record at a random slot, test/fault/order-on-disk).
  const fileOrder = ballots.map((b) => b.id as string);
  expect([...fileOrder].sort()).toEqual([...castOrder].sort());
  expect(fileOrder).not.toEqual(castOrder);
  const hashes = readSlots(path.join(dir, 'burned-codes.slots')).map((r) => r.payload);
  expect(hashes).toHaveLength(40);
  // The journal is one fixed-size record holding the seal (counts and order-free digests) and,
  // once nothing is pending, no ballot and no code hash.
  const journal = fs.readFileSync(path.join(dir, 'cast-journal.json'), 'utf8');
  expect((JSON.parse(journal) as { intent: unknown }).intent).toBeNull();
  for (const id of castOrder) expect(journal).not.toContain(id);
  for (const h of hashes) expect(journal).not.toContain(h);

  // The export order is drawn afresh (export/shuffle.ts, as staff.export uses it).
  const exported = shuffled(castOrder, (n) => Math.floor(Math.random() * n));
  expect(exported).not.toEqual(castOrder);
}, 60_000);
