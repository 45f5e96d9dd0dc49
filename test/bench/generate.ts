/** Deterministic ballots for benchmarks: a seeded generator so that runs are comparable. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  // mulberry32
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n rankings over the options: a random full order, cut short (0 … c-1 options, so blank
 * included) for `partial` of them. Each ranking is a fresh array, as parsed ballots would be.
 */
export function randomRankings(
  options: readonly string[],
  n: number,
  partial: number,
  seed = 1,
): string[][] {
  const rnd = seededRandom(seed);
  const c = options.length;
  const out: string[][] = new Array<string[]>(n);
  const order = [...options];
  for (let i = 0; i < n; i++) {
    for (let j = c - 1; j > 0; j--) {
      const k = Math.floor(rnd() * (j + 1));
      const t = order[j] as string;
      order[j] = order[k] as string;
      order[k] = t;
    }
    const len = rnd() < partial ? Math.floor(rnd() * c) : c;
    out[i] = order.slice(0, len);
  }
  return out;
}

export function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] as number;
  return { median: at(0.5), p95: at(0.95) };
}

/** A ballots CSV (DESIGN.md format) of n ballots over the options, split between FR and BE. */
export function ballotsCsvText(
  options: readonly string[],
  n: number,
  partial: number,
  seed = 1,
): string {
  const rnd = seededRandom(seed);
  const rankings = randomRankings(options, n, partial, seed + 1);
  const c = options.length;
  const hex = () =>
    Math.floor(rnd() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const lines = [
    `\uFEFFelection;section;ballot;${options.map((_, i) => `rank_${i + 1}`).join(';')}`,
  ];
  for (let i = 0; i < n; i++) {
    const r = rankings[i] as string[];
    const cells = [...r, ...new Array<string>(c - r.length).fill('')];
    lines.push(
      `sip-2020;${i % 2 === 0 ? 'FR' : 'BE'};${hex()}${hex()}${hex()}${hex()};${cells.join(';')}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
