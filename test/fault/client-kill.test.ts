/**
 * The other side of a crash: the kiosk process is SIGKILLed mid-cast while the host lives on.
 * A kiosk that comes back sends its unanswered ballot again with the same id; whether or not
 * the first request got through, the ballot is counted once and its code burned once.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { repoRoot, tempDataDir } from '../support/host-process';
import { bundle, spawnHost } from './support/fault-host';
import { VoteBook, type Sent } from './support/vote-driver';

const KILLS = 10;

it('counts once the ballot a killed kiosk sends again', async () => {
  const book = new VoteBook('codes', tempDataDir('priorites-client-kill-'), 9);
  const host = await spawnHost(book.dataDir);
  await book.prepare(host.url, KILLS * 40);
  const client = bundle('test/fault/support/cast-client.ts');
  let resent = 0;
  try {
    for (let k = 0; k < KILLS; k++) {
      const batch = Array.from({ length: 30 }, () => book.newBallot());
      const sent = new Map<string, Sent>(batch);
      const child = spawn(process.execPath, [client, host.url, JSON.stringify(batch)], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      let armed = false;
      // Killed at a random moment once it is casting (node itself takes a while to start).
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (!armed && out.includes('SENT')) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), book.random() * 120);
        }
      });
      await new Promise((r) => child.once('exit', r));
      expect(out).not.toContain('REFUSED');
      const lines = out.split('\n');
      const acked = lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4));
      for (const id of acked) book.acked.set(id, sent.get(id) as Sent);
      const pending = lines
        .filter((l) => l.startsWith('SENT '))
        .map((l) => l.slice(5))
        .filter((id) => !acked.includes(id));
      // The kiosk comes back and sends its unanswered ballot again, same id, same code.
      for (const id of pending) {
        expect(await book.cast(host.url, id, sent.get(id) as Sent)).toBe(true);
        resent++;
      }
      await book.verifyFiles();
    }
    await book.verifyOverview(host.url);
    expect(resent).toBeGreaterThan(0);
  } finally {
    await host.kill('SIGTERM');
  }
}, 90_000);
