/**
 * `npm run bench`: runs every benchmark module listed here, prints a table and writes
 * test/bench/last-run.json. Add a module by importing its bench* function below.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-types';
import { benchTally } from './tally.bench';

const benches: [string, () => Promise<BenchRow[]>][] = [['tally', benchTally]];

const results: (BenchRow & { module: string })[] = [];
for (const [module, bench] of benches) {
  for (const r of await bench()) results.push({ module, ...r });
}

const cols = ['module', 'name', 'median_ms', 'p95_ms', 'note'] as const;
const cell = (r: (typeof results)[number], c: (typeof cols)[number]) => String(r[c] ?? '');
const widths = cols.map((c) => Math.max(c.length, ...results.map((r) => cell(r, c).length)));
const line = (cells: string[]) => cells.map((s, i) => s.padEnd(widths[i] ?? 0)).join(' | ');
console.log(line([...cols]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of results) console.log(line(cols.map((c) => cell(r, c))));

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'last-run.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
