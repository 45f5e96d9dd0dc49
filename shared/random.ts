/**
 * Randomness for secrecy and fairness, one copy for every room: the order of an exported file
 * or of the closed ballot log must say nothing about the order in which people voted, and each
 * voter sees the options in a fresh order. The sources (crypto bytes) are injected.
 */

/** A uniform integer in [0, n), n ≤ 2^32, by rejection sampling over 32 random bits. */
export function randomIndex(n: number, randomBytes: (n: number) => Uint8Array): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const b = randomBytes(4);
    const v =
      (b[0] as number) * 2 ** 24 +
      ((b[1] as number) << 16) +
      ((b[2] as number) << 8) +
      (b[3] as number);
    if (v < limit) return v % n;
  }
}

/** Fisher-Yates: a uniform permutation, given a uniform integer in [0, n). */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}
