/**
 * Power cut, simulated: the real host is SIGKILLed at random moments while kiosks cast, then
 * restarted on the same folder. After every restart each acknowledged ballot is on disk once,
 * a kiosk retrying a ballot whose answer was lost is counted once, and in codes mode the
 * burned codes match the ballots. A few kills land during start-up (journal replay).
 */
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../support/host-process';
import { spawnHost, type FaultHost } from './support/fault-host';
import { VoteBook, type Mode } from './support/vote-driver';

const KILLS_PER_MODE = Number(process.env.FAULT_KILLS ?? 26);
const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1e9);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function killLoop(
  mode: Mode,
  seedOffset: number,
): Promise<{ kills: number; book: VoteBook }> {
  const book = new VoteBook(mode, tempDataDir(`priorites-crash-${mode}-`), seed + seedOffset);
  let host: FaultHost = await spawnHost(book.dataDir);
  // Enough codes for the fastest host: a round of 3 kiosks for up to 355 ms casts ~100.
  await book.prepare(host.url, KILLS_PER_MODE * 200);
  let kills = 0;
  while (kills < KILLS_PER_MODE) {
    const loop = book.castLoop(host.url, 3);
    await sleep(5 + book.random() * 350);
    await host.kill('SIGKILL');
    kills++;
    loop.stop();
    await loop.done;
    if (book.random() < 0.15) {
      // Killed while starting: possibly in the middle of replaying the journal.
      const starting = spawnHost(book.dataDir, {
        onSpawn: (child) => {
          setTimeout(() => child.kill('SIGKILL'), 30 + book.random() * 600);
        },
      });
      await starting.then((h) => h.kill()).catch(() => undefined);
      kills++;
    }
    host = await spawnHost(book.dataDir);
    await book.retryUnknown(host.url);
    await book.verifyFiles();
    if (kills % 5 === 0 || kills >= KILLS_PER_MODE) await book.verifyOverview(host.url);
  }
  await host.kill('SIGTERM');
  return { kills, book };
}

describe('crash safety under SIGKILL of the host', () => {
  it(`keeps every acknowledged ballot exactly once (seed ${seed})`, async () => {
    const results = await Promise.all([killLoop('open', 0), killLoop('codes', 1)]);
    const kills = results.reduce((n, r) => n + r.kills, 0);
    expect(kills).toBeGreaterThanOrEqual(50);
    for (const { book } of results) {
      expect(book.unknown.size).toBe(0);
      expect(book.acked.size).toBeGreaterThan(KILLS_PER_MODE);
    }
    console.log(
      `crash-kill: ${kills} kills; ballots ${results.map((r) => `${r.book.mode}=${r.book.acked.size} (recorded before the answer was lost: ${r.book.duplicatesOnRetry})`).join(', ')}`,
    );
  }, 180_000);
});
