/**
 * The staff PIN: set once, checked with a lockout that survives a restart (the failure count
 * and the lockout's end are stored). Hashing and the lockout's lengths are in ../pin.ts.
 */
import { ApiError } from '../../../shared/api';
import type { AuditAction } from '../audit-log';
import { hashPin, lockoutSeconds, pinMatches } from '../pin';
import type { PinStore } from './settings';

export interface StaffPinDeps {
  store: PinStore;
  /** The box's audit trail; in the damaged mode, a list kept until the box opens again. */
  audit: { append(action: AuditAction, details?: Record<string, unknown>): unknown };
  now: () => Date;
  /** A fresh random salt, in hex. */
  salt: () => string;
}

export class StaffPin {
  constructor(private readonly deps: StaffPinDeps) {}

  get isSet(): boolean {
    return this.deps.store.read().pin !== null;
  }

  set(pin: string): void {
    if (this.isSet) throw new ApiError('pin-already-set', 'A PIN is already set.');
    this.deps.store.write({
      pin: hashPin(pin, this.deps.salt()),
      pinFailures: 0,
      lockedUntil: null,
    });
    this.deps.audit.append('pin-set');
  }

  /** Checks a PIN, counting failures durably so that a restart does not reset the lockout. */
  verify(pin: string): void {
    const { store, audit } = this.deps;
    const s = store.read();
    if (!s.pin) throw new ApiError('pin-not-set', 'No PIN is set yet.');
    const now = this.deps.now().getTime();
    if (s.lockedUntil && Date.parse(s.lockedUntil) > now) {
      const seconds = Math.ceil((Date.parse(s.lockedUntil) - now) / 1000);
      throw new ApiError('pin-locked', `Too many wrong PINs; try again in ${seconds} s.`, {
        seconds,
      });
    }
    if (pinMatches(pin, s.pin)) {
      if (s.pinFailures > 0 || s.lockedUntil) store.write({ pinFailures: 0, lockedUntil: null });
      audit.append('staff-login');
      return;
    }
    const failures = s.pinFailures + 1;
    const lock = lockoutSeconds(failures);
    store.write({
      pinFailures: failures,
      lockedUntil: lock > 0 ? new Date(now + lock * 1000).toISOString() : null,
    });
    audit.append(lock > 0 ? 'pin-locked' : 'pin-failed', { failures, lockSeconds: lock });
    if (lock > 0)
      throw new ApiError('pin-locked', `Too many wrong PINs; try again in ${lock} s.`, {
        seconds: lock,
      });
    throw new ApiError('pin-wrong', 'Wrong PIN.', { remaining: 5 - failures });
  }
}
