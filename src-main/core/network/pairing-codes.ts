/**
 * Pairing codes: what staff read off the console and type on a new device. Short (8
 * characters of the voting codes' alphabet, about 39 bits), single use, valid a few minutes,
 * and guarded like voting codes: wrong attempts lock the client, then the whole room, and each
 * one is written to the audit trail (never the code tried).
 */
import { ApiError, type DeviceRole } from '../../../shared/api';
import { CODE_ALPHABET } from '../../../shared/domain/codes';
import { CodeGuessLimiter, type GuessBurst, type GuessLimits } from '../code-guess-limiter';

export interface PairingDeps {
  nowMs: () => number;
  /** A uniform integer in [0, n). */
  randomIndex: (n: number) => number;
  audit: (
    action: 'pairing-code-issued' | 'pairing-failed' | 'pairing-limited',
    details: Record<string, unknown>,
  ) => void;
  ttlSeconds?: number;
  limits?: GuessLimits;
}

export const PAIRING_LIMITS: GuessLimits = {
  clientFailures: 5,
  clientLockSeconds: 60,
  roomFailures: 20,
  roomWindowSeconds: 60,
};

/** Codes alive at once at most: staff pair one device at a time. */
const MAX_LIVE = 10;

export interface PairingGrant {
  role: DeviceRole;
  section: string | null;
}

export class PairingCodes {
  private readonly live = new Map<string, PairingGrant & { expires: number }>();
  private readonly limiter: CodeGuessLimiter;

  constructor(private readonly deps: PairingDeps) {
    this.limiter = new CodeGuessLimiter(
      deps.nowMs,
      (burst: GuessBurst) => deps.audit('pairing-limited', burst),
      deps.limits ?? PAIRING_LIMITS,
    );
  }

  get ttlMs(): number {
    return (this.deps.ttlSeconds ?? 300) * 1000;
  }

  private sweep(now: number): void {
    for (const [code, g] of this.live) if (g.expires <= now) this.live.delete(code);
  }

  issue(grant: PairingGrant): { code: string; expires: number } {
    const now = this.deps.nowMs();
    this.sweep(now);
    while (this.live.size >= MAX_LIVE) {
      const oldest = this.live.keys().next().value;
      if (oldest === undefined) break;
      this.live.delete(oldest);
    }
    let code = '';
    for (let i = 0; i < 8; i++) code += CODE_ALPHABET[this.deps.randomIndex(CODE_ALPHABET.length)];
    const expires = now + this.ttlMs;
    this.live.set(code, { ...grant, expires });
    this.deps.audit('pairing-code-issued', { role: grant.role, section: grant.section });
    return { code, expires };
  }

  /** Burns the code and returns what it grants; throws for a wrong, used or expired code. */
  redeem(code: string, client: string): PairingGrant {
    try {
      this.limiter.check(client);
    } catch (e) {
      const seconds = e instanceof ApiError ? e.params?.seconds : undefined;
      throw new ApiError(
        'pairing-rate-limited',
        'Too many wrong pairing codes: wait before trying again.',
        seconds === undefined ? undefined : { seconds },
      );
    }
    const now = this.deps.nowMs();
    this.sweep(now);
    const grant = this.live.get(code);
    if (!grant) {
      this.limiter.failed(client);
      this.deps.audit('pairing-failed', {});
      throw new ApiError('pairing-code-invalid', 'This pairing code is wrong, used or expired.');
    }
    this.live.delete(code);
    this.limiter.succeeded(client);
    return { role: grant.role, section: grant.section };
  }
}
