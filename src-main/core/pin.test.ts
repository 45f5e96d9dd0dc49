import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { boxDeps, Clock, tempDir } from '../../test/fault/support/box-fixture';
import { BallotBox } from './ballot-box';
import { FIRST_LOCK_SECONDS, FREE_TRIES, hashPin, lockoutSeconds, pinMatches } from './pin';

const boxes: BallotBox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.shutdown();
});

const code = (f: () => unknown): { code: string; params?: Record<string, string | number> } => {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiError) return { code: e.code, ...(e.params ? { params: e.params } : {}) };
    throw e;
  }
  return { code: 'ok' };
};

describe('pin hashing', () => {
  it('matches only the right PIN and never stores it in clear', () => {
    const rec = hashPin('482916', 'salt');
    expect(rec.hash).not.toContain('482916');
    expect(pinMatches('482916', rec)).toBe(true);
    expect(pinMatches('482917', rec)).toBe(false);
    expect(hashPin('482916', 'other').hash).not.toBe(rec.hash);
  });

  it('locks after the free tries, doubling, with a ceiling', () => {
    expect(lockoutSeconds(FREE_TRIES - 1)).toBe(0);
    expect(lockoutSeconds(FREE_TRIES)).toBe(FIRST_LOCK_SECONDS);
    expect(lockoutSeconds(FREE_TRIES + 1)).toBe(2 * FIRST_LOCK_SECONDS);
    expect(lockoutSeconds(1000)).toBe(FIRST_LOCK_SECONDS * 2 ** 10);
  });
});

describe('PIN lockout in the box (injected clock)', () => {
  it('locks after five wrong PINs, survives a restart, and lets the right PIN in once the time is up', () => {
    const dir = tempDir();
    const clock = new Clock();
    const open = () => {
      const b = new BallotBox(boxDeps(dir, { now: clock.now }));
      boxes.push(b);
      return b;
    };
    let box = open();
    box.setPin('482916');
    for (let i = 1; i < FREE_TRIES; i++)
      expect(code(() => box.verifyPin('000000'))).toEqual({
        code: 'pin-wrong',
        params: { remaining: FREE_TRIES - i },
      });
    expect(code(() => box.verifyPin('000000'))).toEqual({
      code: 'pin-locked',
      params: { seconds: FIRST_LOCK_SECONDS },
    });
    // Even the right PIN waits, and a restart does not reset the lock.
    box.shutdown();
    boxes.length = 0;
    box = open();
    clock.advance(10);
    expect(code(() => box.verifyPin('482916'))).toEqual({
      code: 'pin-locked',
      params: { seconds: FIRST_LOCK_SECONDS - 10 },
    });
    clock.advance(FIRST_LOCK_SECONDS);
    expect(code(() => box.verifyPin('482916')).code).toBe('ok');
    // Success resets the count: five more tries before the next lock.
    expect(code(() => box.verifyPin('000000')).code).toBe('pin-wrong');
    const actions = box.audit.entries().map((e) => e.action);
    expect(actions).toContain('pin-locked');
    expect(actions.at(-1)).toBe('pin-failed');
  });

  it('refuses a second setPin and a login before any PIN', () => {
    const b = new BallotBox(boxDeps(tempDir()));
    boxes.push(b);
    expect(code(() => b.verifyPin('1234')).code).toBe('pin-not-set');
    b.setPin('1234');
    expect(code(() => b.setPin('5678')).code).toBe('pin-already-set');
  });
});
