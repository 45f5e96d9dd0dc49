import type { BenchRow } from './bench-types';

const ms = (x: number | undefined) => (x === undefined ? '' : x.toFixed(1));

/**
 * The benchmark table: median, p95, the target and whether it is met, the ratio to the row's
 * baseline (baseline ÷ median: 20× means twenty times faster than the baseline; below 1×,
 * slower), then the note.
 */
export function formatTable(rows: readonly (BenchRow & { module: string })[]): string {
  const head = ['module', 'name', 'median ms', 'p95 ms', 'target', 'met', 'vs baseline', 'note'];
  const body = rows.map((r) => {
    const on = r.target_on ?? 'median';
    const measured = on === 'p95' ? r.p95_ms : r.median_ms;
    const target =
      r.target_ms === undefined ? '' : `${on === 'p95' ? 'p95' : 'median'} < ${r.target_ms}`;
    const met =
      r.target_ms === undefined || measured === undefined
        ? ''
        : measured < r.target_ms
          ? 'yes'
          : 'NO';
    const ratio =
      r.baseline_ms === undefined
        ? ''
        : `${formatRatio(r.baseline_ms / Math.max(r.median_ms, 0.001))} ${r.baseline ?? 'baseline'}`;
    return [r.module, r.name, ms(r.median_ms), ms(r.p95_ms), target, met, ratio, r.note ?? ''];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => (i >= 2 && i <= 3 ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0)))
      .join(' | ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

function formatRatio(x: number): string {
  return x >= 10 ? `${Math.round(x)}×` : `${x.toFixed(2)}×`;
}
