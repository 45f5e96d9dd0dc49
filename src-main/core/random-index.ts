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
