/**
 * Torn and damaged files, with the real host: a torn last line is dropped (audited); a damaged
 * line, document or empty document stops the vote: the host starts in the damaged mode (kiosks
 * are told `box-damaged`) with a message naming the file, the staff console and the exact
 * recovery command, the file stays byte for byte as it was, and `npm run recover` (run here as
 * its bundled script) brings the vote back with every good ballot.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiCall, staffToken, type HttpApiError } from '../support/api-call';
import { repoRoot, tempDataDir } from '../support/host-process';
import { bundle, spawnHost } from './support/fault-host';
import { readSlots } from './support/box-fixture';
import { VoteBook } from './support/vote-driver';

async function votedFolder(ballots: number): Promise<VoteBook> {
  const book = new VoteBook('codes', tempDataDir('priorites-damaged-'), 3);
  const host = await spawnHost(book.dataDir);
  await book.prepare(host.url, ballots);
  for (let i = 0; i < ballots; i++) await book.cast(host.url, ...book.newBallot());
  await host.kill('SIGKILL');
  return book;
}

/** The host in the damaged mode: what a kiosk is told, and what the host said. */
async function damagedStart(dir: string): Promise<{ kiosk: string | null; stderr: string }> {
  const h = await spawnHost(dir);
  const kiosk = await apiCall(h.url, 'kiosk.state', {}).then(
    () => null,
    (e: HttpApiError) => `${e.status} ${e.body.error?.code}`,
  );
  await h.kill('SIGTERM');
  return { kiosk, stderr: h.stderr() };
}

async function recover(dir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bundle('scripts/recover.ts'), '--data-dir', dir],
    { cwd: repoRoot },
  );
  return stdout;
}

describe('damaged files in the data folder', () => {
  it('converts a previous version’s logs on start, dropping a torn last line, audited', async () => {
    const book = await votedFolder(3);
    // The folder as the previous version left it: logs, the ballots' cut by a crash.
    for (const [slots, log] of [
      ['ballots.slots', 'ballots.jsonl'],
      ['burned-codes.slots', 'burned-codes.jsonl'],
    ] as const) {
      const records = readSlots(path.join(book.dataDir, slots)).map((r) => r.payload + '\n');
      fs.rmSync(path.join(book.dataDir, slots));
      fs.writeFileSync(path.join(book.dataDir, log), records.join(''));
    }
    fs.appendFileSync(path.join(book.dataDir, 'ballots.jsonl'), '{"id":"5f0e');
    const host = await spawnHost(book.dataDir);
    const token = await staffToken(host.url);
    const audit = await apiCall(host.url, 'staff.audit', {}, token);
    expect(audit.entries.find((e) => e.action === 'torn-line-dropped')?.details).toEqual({
      file: 'ballots.jsonl',
      bytes: 11,
    });
    expect(
      audit.entries.filter((e) => e.action === 'store-converted').map((e) => e.details.file),
    ).toEqual(['ballots.slots', 'burned-codes.slots']);
    expect((await apiCall(host.url, 'staff.overview', {}, token)).ballots).toBe(3);
    await host.kill('SIGTERM');
  }, 60_000);

  it.each([
    [
      'a damaged record in',
      'ballots.slots',
      (b: Buffer) => {
        const out = Buffer.from(b);
        const i = out.indexOf('"ranking"');
        out.write('"rank\u0000ng"', i, 'latin1');
        return out;
      },
    ],
    ['a corrupted', 'state.json', (b: Buffer) => b.subarray(0, b.length / 2)],
    ['a zero-length', 'codes.json', () => Buffer.alloc(0)],
  ])(
    'stops on %s %s, names it, leaves it untouched, and recovers on request',
    async (_, name, damage) => {
      const book = await votedFolder(4);
      const file = path.join(book.dataDir, name);
      const original = fs.readFileSync(file);
      const damaged = damage(original);
      // Killed just after its last answer, the host may leave that cast in the journal (its
      // data flush comes on its next turn): if the damaged record is that ballot, the journal
      // still proves it and the opening puts it back.
      const journal = JSON.parse(
        fs.readFileSync(path.join(book.dataDir, 'cast-journal.json'), 'utf8'),
      ) as { intent: { ballot: { id: string } } | null };
      const at = original.lastIndexOf('{"id":"', original.indexOf('"ranking"'));
      const hitId = original.subarray(at + 7, at + 39).toString('latin1');
      const provenByJournal = journal.intent?.ballot.id === hitId;
      fs.writeFileSync(file, damaged);
      const e = await damagedStart(book.dataDir);
      expect(e.kiosk).toBe('503 box-damaged');
      expect(e.stderr).toContain(file);
      expect(e.stderr).toContain('/staff');
      expect(e.stderr).toContain(`npm run recover -- --data-dir '${book.dataDir}'`);
      expect(fs.readFileSync(file).equals(damaged)).toBe(true);

      const out = await recover(book.dataDir);
      expect(out).toContain(name);
      expect(out).toContain('opens cleanly');
      // The damaged file, and for lost ballots the seal that counted them, kept aside.
      const kept = fs
        .readdirSync(path.join(book.dataDir, 'damaged'))
        .filter((f) => f.startsWith(name + '.'));
      expect(kept).toHaveLength(1);
      expect(
        fs.readFileSync(path.join(book.dataDir, 'damaged', kept[0] as string)).equals(damaged),
      ).toBe(true);
      const host = await spawnHost(book.dataDir);
      const token = await staffToken(host.url);
      const o = await apiCall(host.url, 'staff.overview', {}, token);
      // The ballot on the damaged record is the only one that can be missing.
      expect(o.ballots).toBe(name === 'ballots.slots' && !provenByJournal ? 3 : 4);
      expect(o.codes.used).toBe(4);
      expect(o.status).toBe('open');
      await host.kill('SIGTERM');
    },
    90_000,
  );
});
