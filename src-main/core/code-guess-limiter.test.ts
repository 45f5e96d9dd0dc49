import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { CodeGuessLimiter, type GuessBurst } from './code-guess-limiter';

function setup() {
  let now = 1_000_000;
  const bursts: GuessBurst[] = [];
  const limiter = new CodeGuessLimiter(
    () => now,
    (b) => bursts.push(b),
  );
  const refusal = (client: string): number | null => {
    try {
      limiter.check(client);
      return null;
    } catch (e) {
      if (!(e instanceof ApiError) || e.code !== 'code-rate-limited') throw e;
      return e.params?.seconds as number;
    }
  };
  return { limiter, bursts, refusal, advance: (s: number) => (now += s * 1000) };
}

describe('CodeGuessLimiter', () => {
  it('locks a client after five unknown codes in a row, for 30 s, then doubles', () => {
    const { limiter, bursts, refusal, advance } = setup();
    for (let i = 0; i < 4; i++) limiter.failed('k1');
    expect(refusal('k1')).toBeNull();
    limiter.failed('k1');
    expect(refusal('k1')).toBe(30);
    expect(refusal('k2')).toBeNull();
    expect(bursts).toEqual([{ scope: 'client', failures: 5, lockSeconds: 30 }]);
    advance(31);
    expect(refusal('k1')).toBeNull();
    for (let i = 0; i < 5; i++) limiter.failed('k1');
    expect(refusal('k1')).toBe(60);
  });

  it('forgets a client’s failures once a code is accepted', () => {
    const { limiter, refusal } = setup();
    for (let i = 0; i < 4; i++) limiter.failed('k1');
    limiter.succeeded('k1');
    for (let i = 0; i < 4; i++) limiter.failed('k1');
    expect(refusal('k1')).toBeNull();
  });

  it('refuses every client for the rest of the minute past 20 failures in the room', () => {
    const { limiter, bursts, refusal, advance } = setup();
    // Guesses spread over many addresses, none of them locked on its own.
    for (let i = 0; i < 21; i++) {
      limiter.failed(`addr-${i}`);
      advance(1);
    }
    expect(refusal('a-new-kiosk')).toBeGreaterThan(0);
    expect(bursts.filter((b) => b.scope === 'room')).toHaveLength(1);
    advance(60);
    expect(refusal('a-new-kiosk')).toBeNull();
  });

  it('keeps a day of guessing hopeless: at most about 9,600 unknown codes answered in 8 hours', () => {
    const { limiter, refusal, advance } = setup();
    let answered = 0;
    // One guess attempt every 50 ms from rotating addresses, for 8 simulated hours.
    for (let t = 0; t < 8 * 3600 * 20; t++) {
      const client = `addr-${t % 997}`;
      if (refusal(client) === null) {
        answered++;
        limiter.failed(client);
      }
      advance(0.05);
    }
    expect(answered).toBeLessThanOrEqual(21 * 60 * 8);
  });
});
