/**
 * The data folder on a small tmpfs that we fill up: casting answers disk-full (the kiosk shows
 * the catalog message asking for staff) while the ballots' file cannot be made, nothing is
 * acknowledged that is not on disk, and the same ballot goes through once space is back; once
 * the preallocated slot files exist, a full disk no longer stops the vote. In open mode and in codes mode (journal path).
 * Needs root (mount); skipped with a message otherwise.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/host-process';
import { spawnHost } from './support/fault-host';
import { VoteBook, type Mode } from './support/vote-driver';

const mounted: string[] = [];

function tryMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'pipe' });
    mounted.push(dir);
    return true;
  } catch {
    return false;
  }
}

const probe = tempDataDir('priorites-diskfull-probe-');
const canMount = tryMount(probe);
if (!canMount)
  console.warn('disk-full tests skipped: mounting a tmpfs is not permitted here (needs root).');

afterAll(() => {
  for (const d of mounted) execFileSync('umount', ['-l', d]);
});

/** Fill the file system to the last byte it will take. */
function fill(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  for (const chunk of [65536, 4096, 512, 1]) {
    const buf = Buffer.alloc(chunk, 1);
    for (;;) {
      try {
        fs.writeSync(fd, buf);
      } catch {
        break;
      }
    }
  }
  fs.closeSync(fd);
  return filler;
}

async function castRaw(url: string, id: string, sent: object) {
  const res = await fetch(`${url}/api/kiosk.cast`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ballotId: id, ...sent }),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
}

describe.skipIf(!canMount)('full disk on the data folder', () => {
  it.each(['open', 'codes'] as Mode[])(
    '%s mode: refuses with disk-full, acknowledges nothing unwritten, resumes when space returns',
    async (mode) => {
      const dir = tempDataDir(`priorites-diskfull-${mode}-`);
      expect(tryMount(dir)).toBe(true);
      const book = new VoteBook(mode, dir, 11);
      const host = await spawnHost(dir);
      await book.prepare(host.url, 40);
      // Full before the first ballot: its file (preallocated slots) cannot be made, so every
      // cast is refused until space returns.
      let filler = fill(dir);
      const refused: [string, Parameters<VoteBook['cast']>[2]][] = [];
      for (let i = 0; i < 5; i++) {
        const [id, sent] = book.newBallot();
        const r = await castRaw(host.url, id, sent);
        expect(r.status).toBe(507);
        expect(r.body.error?.code).toBe('disk-full');
        refused.push([id, sent]);
      }
      await book.verifyFiles();
      await book.verifyOverview(host.url).catch((e: unknown) => {
        // Even a staff login may need the disk (PIN failures are durable); counts come from files.
        if (!String(e).includes('507')) throw e;
      });
      fs.rmSync(filler);
      for (const [id, sent] of refused) expect(await book.cast(host.url, id, sent)).toBe(true);
      await book.verifyFiles();
      await book.verifyOverview(host.url);
      expect(book.acked.size).toBe(5);
      // Full again once the files exist: a cast overwrites slots already on disk and needs no
      // new block, so the vote goes on (until the slots run out: growth needs room).
      filler = fill(dir);
      for (let i = 0; i < 5; i++) expect(await book.cast(host.url, ...book.newBallot())).toBe(true);
      await book.verifyFiles();
      fs.rmSync(filler);
      await book.verifyOverview(host.url);
      // And it still opens cleanly after all that.
      await host.kill('SIGKILL');
      const again = await spawnHost(dir);
      await book.verifyOverview(again.url);
      await again.kill('SIGTERM');
    },
    60_000,
  );
});
