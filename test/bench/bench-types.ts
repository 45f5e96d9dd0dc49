/** One line of the benchmark table; `test/bench/run.ts` prints these and writes last-run.json. */
export interface BenchRow {
  name: string;
  median_ms: number;
  p95_ms?: number;
  /** The goal: `target_on` (median unless said) must stay under it. */
  target_ms?: number;
  target_on?: 'median' | 'p95';
  /** The same measure for the thing compared against (a peer library, an empty box…). */
  baseline_ms?: number;
  /** What the baseline is, for the table: "votes@3", "empty box"… */
  baseline?: string;
  note?: string;
}
