/**
 * Slows down anyone guessing voting codes. Unanswered, `kiosk.checkCode` took about 1,800
 * guesses a second; with 1,000 valid codes among 30^7 that finds a code within a day.
 *
 * Only answers « unknown code » count (a code with a wrong check character never reaches the
 * lookup, and honest voters almost never type a well-formed code that was not issued):
 * - per client, five in a row lock that client for 30 s, doubling with each further lock,
 *   until a code is accepted;
 * - for the whole room, more than 20 within a minute refuse every code check for the rest of
 *   that minute, whoever asks: at most 20 × 60 × 8 = 9,600 guesses in an 8-hour day, a chance
 *   of about 1 in 2,300 of hitting one of 1,000 codes.
 * Each lock is reported once (for the audit trail), never a guess or a code.
 */
import { ApiError } from '../../shared/api';

export interface GuessLimits {
  clientFailures: number;
  clientLockSeconds: number;
  roomFailures: number;
  roomWindowSeconds: number;
}

export const DEFAULT_GUESS_LIMITS: GuessLimits = {
  clientFailures: 5,
  clientLockSeconds: 30,
  roomFailures: 20,
  roomWindowSeconds: 60,
};

export type GuessBurst = { scope: 'client' | 'room'; failures: number; lockSeconds: number };

interface ClientRecord {
  failures: number;
  locks: number;
  lockedUntil: number;
}

/** Clients remembered at most; the oldest is forgotten first (a client is a kiosk or an address). */
const MAX_CLIENTS = 1_000;

export class CodeGuessLimiter {
  private readonly clients = new Map<string, ClientRecord>();
  private roomFailures: number[] = [];
  private roomLockedUntil = 0;

  constructor(
    private readonly nowMs: () => number,
    private readonly onBurst: (burst: GuessBurst) => void,
    private readonly limits: GuessLimits = DEFAULT_GUESS_LIMITS,
  ) {}

  /** Throws `code-rate-limited` (with the seconds to wait) while the client or the room is locked. */
  check(client: string): void {
    const now = this.nowMs();
    const until = Math.max(this.roomLockedUntil, this.clients.get(client)?.lockedUntil ?? 0);
    if (until > now)
      throw new ApiError('code-rate-limited', 'Too many unknown codes: wait before trying again.', {
        seconds: Math.ceil((until - now) / 1000),
      });
  }

  failed(client: string): void {
    const now = this.nowMs();
    const rec = this.record(client);
    rec.failures += 1;
    if (rec.failures >= this.limits.clientFailures) {
      const seconds = this.limits.clientLockSeconds * 2 ** rec.locks;
      rec.lockedUntil = now + seconds * 1000;
      rec.locks += 1;
      this.onBurst({ scope: 'client', failures: rec.failures, lockSeconds: seconds });
      rec.failures = 0;
    }
    const window = this.limits.roomWindowSeconds * 1000;
    this.roomFailures = this.roomFailures.filter((t) => t > now - window);
    this.roomFailures.push(now);
    if (this.roomFailures.length > this.limits.roomFailures && this.roomLockedUntil <= now) {
      this.roomLockedUntil = (this.roomFailures[0] as number) + window;
      this.onBurst({
        scope: 'room',
        failures: this.roomFailures.length,
        lockSeconds: Math.ceil((this.roomLockedUntil - now) / 1000),
      });
    }
  }

  succeeded(client: string): void {
    this.clients.delete(client);
  }

  private record(client: string): ClientRecord {
    let rec = this.clients.get(client);
    if (rec) {
      this.clients.delete(client); // re-inserted last: the map's order is the age of last use
    } else {
      rec = { failures: 0, locks: 0, lockedUntil: 0 };
      if (this.clients.size >= MAX_CLIENTS) {
        const oldest = this.clients.keys().next().value;
        if (oldest !== undefined) this.clients.delete(oldest);
      }
    }
    this.clients.set(client, rec);
    return rec;
  }
}
