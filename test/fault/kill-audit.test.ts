/**
 * #11 §2: an action that took effect is in the audit trail after any crash. The real host is
 * SIGKILLed at random moments during an import of 200,000 ballots and during the close; after
 * the restart, imported ballots come with their `imported` entry (and its file hash), a closed
 * vote with its `closed` entry, and the box opens (the seal holds).
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatBallotsCsv } from '../../shared/csv/ballots-csv';
import { defaultElection } from '../../src-main/core/default-election';
import { apiCall, staffToken } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { tempDataDir } from '../support/host-process';
import { spawnHost } from './support/fault-host';
import { randomRankings } from '../bench/generate';

const RUNS = Number(process.env.FAULT_KILL_AUDIT_RUNS ?? 4);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function bigCsv(n: number): string {
  const ids = defaultElection.options.map((o) => o.id);
  const ballots = randomRankings(ids, n, 0.3, 11).map((ranking, i) => ({
    id: randomBytes(16).toString('hex'),
    election: defaultElection.id,
    section: i % 2 ? 'BE' : 'FR',
    ranking,
  }));
  return formatBallotsCsv(ballots, ids.length);
}

describe('an action and its audit entry survive a SIGKILL together', () => {
  const csv = bigCsv(200_000);

  it.each(Array.from({ length: RUNS }, (_, i) => i))(
    'import of 200,000, run %i',
    async (run) => {
      const dir = tempDataDir('priorites-kill-import-');
      let host = await spawnHost(dir);
      const token = await openVote(host.url);
      const call = apiCall(
        host.url,
        'staff.import',
        { files: [{ name: 'b.csv', content: csv }] },
        token,
      ).catch(() => null);
      await sleep(200 + ((run * 997) % 2500));
      await host.kill('SIGKILL');
      await call;
      host = await spawnHost(dir);
      const t = await staffToken(host.url);
      const o = await apiCall(host.url, 'staff.overview', {}, t);
      const { entries } = await apiCall(host.url, 'staff.audit', {}, t);
      const imported = entries.filter((e) => e.action === 'imported');
      if (o.ballots > 0) {
        expect(o.ballots).toBe(200_000);
        expect(imported).toHaveLength(1);
        expect(JSON.stringify(imported[0]?.details)).toMatch(/[0-9a-f]{64}/);
      }
      await host.kill('SIGTERM');
    },
    120_000,
  );

  it.each(Array.from({ length: RUNS }, (_, i) => i))(
    'close, run %i',
    async (run) => {
      const dir = tempDataDir('priorites-kill-close-');
      let host = await spawnHost(dir);
      const token = await openVote(host.url);
      const call = apiCall(host.url, 'staff.close', { confirm: true }, token).catch(() => null);
      await sleep((run * 3) % 12);
      await host.kill('SIGKILL');
      await call;
      host = await spawnHost(dir);
      const t = await staffToken(host.url);
      const o = await apiCall(host.url, 'staff.overview', {}, t);
      const { entries } = await apiCall(host.url, 'staff.audit', {}, t);
      if (o.status === 'closed') expect(entries.map((e) => e.action)).toContain('closed');
      await host.kill('SIGTERM');
    },
    60_000,
  );
});
