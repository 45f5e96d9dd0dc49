import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { readSlots } from '../../../test/fault/support/box-fixture';
import { Outbox, type OutgoingBallot, type SendOutcome } from './outbox';

const dirs: string[] = [];
const boxes: Outbox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function file(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-'));
  dirs.push(d);
  return path.join(d, 'outbox.slots');
}
const ballot = (n: number): OutgoingBallot => ({
  ballotId: n.toString(16).padStart(32, '0'),
  section: 'FR',
  ranking: ['a'],
});
function outbox(f: string, send: (b: OutgoingBallot) => Promise<SendOutcome>) {
  const o = new Outbox({ file: f, send, minDelayMs: 5, maxDelayMs: 20 });
  boxes.push(o);
  return o;
}

describe('Outbox', () => {
  it('has the ballot on disk before add returns, even when the hub is unreachable', () => {
    const f = file();
    const o = outbox(f, () => Promise.reject(new ApiError('hub-unreachable', 'down')));
    o.start();
    o.add(ballot(1));
    expect(fs.readFileSync(f, 'utf8')).toContain(ballot(1).ballotId);
    expect(o.waiting).toBe(1);
  });

  it('retries until acknowledged, then nothing waits', async () => {
    let tries = 0;
    const o = outbox(file(), () => Promise.resolve(++tries < 4 ? 'retry' : 'acknowledged'));
    o.start();
    o.add(ballot(1));
    await o.drained();
    expect(tries).toBe(4);
    expect(o.waiting).toBe(0);
  });

  it('after a restart offers every ballot of its file again (no acknowledgement order on disk)', async () => {
    const f = file();
    const sent: string[] = [];
    const first = outbox(f, (b) => (sent.push(b.ballotId), Promise.resolve('acknowledged')));
    first.start();
    first.add(ballot(1));
    first.add(ballot(2));
    await first.drained();
    first.close();
    boxes.splice(0);
    // The hub has both; the restarted kiosk does not know it, and asks again: answered once each.
    const again: string[] = [];
    const second = outbox(f, (b) => (again.push(b.ballotId), Promise.resolve('acknowledged')));
    expect(second.waiting).toBe(2);
    second.start();
    await second.drained();
    expect(again.sort()).toEqual([ballot(1).ballotId, ballot(2).ballotId]);
    expect(fs.readdirSync(path.dirname(f))).toEqual(['outbox.slots']);
  });

  it('converts a log of an earlier version, dropping a torn last line (never acknowledged)', () => {
    const f = file();
    const old = f.replace(/\.slots$/, '.jsonl');
    fs.writeFileSync(old, `${JSON.stringify(ballot(1))}\n{"ballotId":"00`);
    const o = outbox(f, () => Promise.resolve('retry'));
    expect(o.waiting).toBe(1);
    expect(fs.existsSync(old)).toBe(false);
    expect(readSlots(f).map((r) => r.payload)).toEqual([JSON.stringify(ballot(1))]);
  });

  it('a ballot the hub refuses for good stops waiting but stays in the kiosk’s file', async () => {
    const f = file();
    const o = outbox(f, () => Promise.reject(new ApiError('vote-not-open', 'closed')));
    o.start();
    o.add(ballot(7));
    await o.drained();
    expect(o.refused).toBe(1);
    expect(readSlots(f).map((r) => r.payload)).toEqual([JSON.stringify(ballot(7))]);
  });
});
