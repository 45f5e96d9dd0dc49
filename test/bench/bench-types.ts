/** One line of the benchmark table; `test/bench/run.ts` prints these and writes last-run.json. */
export interface BenchRow {
  name: string;
  median_ms: number;
  p95_ms?: number;
  note?: string;
}
