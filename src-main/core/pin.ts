/** Staff PIN: stored as a scrypt hash; five wrong tries, then a lockout that doubles each time. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface PinRecord {
  salt: string;
  hash: string;
}

const KEYLEN = 32;
// N=2^14 keeps a check near 50 ms on a modest laptop while making guessing a 4-digit PIN offline slow.
const PARAMS = { N: 1 << 14, r: 8, p: 1 };

export function hashPin(pin: string, salt = randomBytes(16).toString('hex')): PinRecord {
  return { salt, hash: scryptSync(pin, salt, KEYLEN, PARAMS).toString('hex') };
}

export function pinMatches(pin: string, rec: PinRecord): boolean {
  const got = scryptSync(pin, rec.salt, KEYLEN, PARAMS);
  return timingSafeEqual(got, Buffer.from(rec.hash, 'hex'));
}

export const FREE_TRIES = 5;
export const FIRST_LOCK_SECONDS = 30;

/** Seconds of lockout after `failures` consecutive wrong PINs (0 while tries remain). */
export function lockoutSeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return FIRST_LOCK_SECONDS * 2 ** Math.min(failures - FREE_TRIES, 10);
}
