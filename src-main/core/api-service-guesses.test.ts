/** Guessing codes through the API: direct checks and casts both count, per client and per room. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../shared/api';
import { makeCode } from '../../shared/domain/codes';
import { ballotId, Clock, openedBox, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import { ApiService } from './api-service';
import type { BallotBox } from './ballot-box';

const boxes: BallotBox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.shutdown();
});

let seed = 7;
const guess = () => makeCode('FR', (n) => (seed = (seed * 48271) % 2147483647) % n);
const fail = (r: CallResult) => (r.ok ? null : r.error.code);

function setup() {
  const clock = new Clock();
  const opened = openedBox(tempDir(), { codes: 3, over: { now: clock.now } });
  boxes.push(opened.box);
  const files = {
    listDrives: () => Promise.resolve([]),
    exportTo: () => Promise.reject(new Error('unused')),
    importFiles: () => Promise.reject(new Error('unused')),
    minutes: () => Promise.reject(new Error('unused')),
  };
  const service = new ApiService({ box: opened.box, files, now: clock.now, newToken: () => 't' });
  return { ...opened, clock, service };
}

describe('code guessing', () => {
  it('slows a guessing client down, audits it once, and leaves the other kiosks voting', async () => {
    const { box, codes, service } = setup();
    const check = (code: string, client: string) =>
      service.call({ method: 'kiosk.checkCode', input: { code } }, client);
    for (let i = 0; i < 5; i++) expect(fail(await check(guess(), 'guesser'))).toBe('code-unknown');
    const locked = await check(codes[0] as string, 'guesser');
    expect(fail(locked)).toBe('code-rate-limited');
    expect(locked.ok ? null : locked.error.params).toEqual({ seconds: 30 });
    // A guess through a cast is refused the same way, and nothing is stored.
    const cast = await service.call(
      {
        method: 'kiosk.cast',
        input: { ballotId: ballotId(), ranking: [OPTIONS[0]], code: guess() },
      },
      'guesser',
    );
    expect(fail(cast)).toBe('code-rate-limited');
    expect(box.counts().ballots).toBe(0);
    // Another kiosk votes with a real code meanwhile.
    expect(fail(await check(codes[1] as string, 'kiosk-2'))).toBeNull();
    const limited = box.audit.entries().filter((e) => e.action === 'code-guesses-limited');
    expect(limited).toHaveLength(1);
    expect(JSON.stringify(limited)).not.toMatch(/FR-/);
  });

  it('counts unknown codes sent inside casts', async () => {
    const { service } = setup();
    for (let i = 0; i < 5; i++) {
      const r = await service.call(
        {
          method: 'kiosk.cast',
          input: { ballotId: ballotId(), ranking: [OPTIONS[0]], code: guess() },
        },
        'caster',
      );
      expect(fail(r)).toBe('code-unknown');
    }
    const r = await service.call({ method: 'kiosk.checkCode', input: { code: guess() } }, 'caster');
    expect(fail(r)).toBe('code-rate-limited');
  });

  it('lets a client try again once its lock is over', async () => {
    const { codes, clock, service } = setup();
    for (let i = 0; i < 5; i++)
      await service.call({ method: 'kiosk.checkCode', input: { code: guess() } }, 'k');
    clock.advance(31);
    const r = await service.call({ method: 'kiosk.checkCode', input: { code: codes[2] } }, 'k');
    expect(fail(r)).toBeNull();
  });
});
