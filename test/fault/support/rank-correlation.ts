/**
 * Rank correlation between two orders of the same items (no ties: slot indices and cast
 * positions are distinct). Under independence both are centred on 0 with a standard deviation
 * of about 1/√(n−1) (Spearman's rho) and √(2(2n+5) / (9n(n−1))) (Kendall's tau).
 */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  order.forEach(([, i], k) => (r[i] = k));
  return r;
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const rx = ranks(x);
  const ry = ranks(y);
  let d2 = 0;
  for (let i = 0; i < n; i++) d2 += ((rx[i] as number) - (ry[i] as number)) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

export function kendall(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      s +=
        Math.sign((x[i] as number) - (x[j] as number)) *
        Math.sign((y[i] as number) - (y[j] as number));
  return (2 * s) / (n * (n - 1));
}

/**
 * Four standard deviations of each statistic under independence: an independent order passes
 * with probability above 0.9999; an order that follows casting (rho = tau = 1) never does.
 */
export const spearmanBound = (n: number): number => 4 / Math.sqrt(n - 1);
export const kendallBound = (n: number): number =>
  4 * Math.sqrt((2 * (2 * n + 5)) / (9 * n * (n - 1)));
