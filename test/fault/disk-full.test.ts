/**
 * The data folder on a small tmpfs that we fill up: casting answers disk-full (the kiosk shows
 * the catalog message asking for staff), nothing is acknowledged that is not on disk, and the
 * same ballot goes through once space is back. In open mode and in codes mode (journal path).
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

describe.skipIf(!canMount)('full disk on the data folder', () => {
  it.each(['open', 'codes'] as Mode[])(
    '%s mode: refuses with disk-full, acknowledges nothing unwritten, resumes when space returns',
    async (mode) => {
      const dir = tempDataDir(`priorites-diskfull-${mode}-`);
      expect(tryMount(dir)).toBe(true);
      const book = new VoteBook(mode, dir, 11);
      const host = await spawnHost(dir);
      await book.prepare(host.url, 40);
      for (let i = 0; i < 5; i++) expect(await book.cast(host.url, ...book.newBallot())).toBe(true);
      const filler = fill(dir);

      // The last page of a log may still hold a few lines: those casts are on disk, and are
      // acknowledged. Then every cast must be refused until space returns.
      const refused: [string, Parameters<VoteBook['cast']>[2]][] = [];
      for (let i = 0; refused.length < 5; i++) {
        expect(i).toBeLessThan(500);
        const [id, sent] = book.newBallot();
        const res = await fetch(`${host.url}/api/kiosk.cast`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ballotId: id, ...sent }),
        });
        const body = (await res.json()) as { error?: { code: string } };
        if (res.status === 200 && refused.length === 0) {
          book.acked.set(id, sent);
          continue;
        }
        expect(res.status).toBe(507);
        expect(body.error?.code).toBe('disk-full');
        refused.push([id, sent]);
      }
      const before = book.acked.size;
      book.verifyFiles();
      await book.verifyOverview(host.url).catch((e: unknown) => {
        // Even a staff login may need the disk (PIN failures are durable); counts come from files.
        if (!String(e).includes('507')) throw e;
      });

      fs.rmSync(filler);
      for (const [id, sent] of refused) expect(await book.cast(host.url, id, sent)).toBe(true);
      book.verifyFiles();
      await book.verifyOverview(host.url);
      expect(book.acked.size).toBe(before + 5);
      // And it still opens cleanly after all that.
      await host.kill('SIGKILL');
      const again = await spawnHost(dir);
      await book.verifyOverview(again.url);
      await again.kill('SIGTERM');
    },
    60_000,
  );
});
