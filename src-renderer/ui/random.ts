/**
 * The renderer's one source of randomness, the browser's crypto: the ballot id a kiosk draws
 * (so that a retried cast is recorded once) and each voter's order of the options.
 */
import { randomIndex } from '../../shared/random';

export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

/** A uniform integer in [0, n). */
export const randomInt = (n: number): number => randomIndex(n, randomBytes);

/** A random ballot id (128 bits), chosen by the kiosk. */
export const newBallotId = (): string =>
  Array.from(randomBytes(16), (x) => x.toString(16).padStart(2, '0')).join('');
