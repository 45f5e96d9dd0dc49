/**
 * `npm run bench [-- --only NAME]`: runs the benchmark modules, prints a table and writes
 * test/bench/last-run.json. A module is a file here exporting an async function returning
 * BenchRow[]; modules are loaded only when their file exists, so one can land before another.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-types';
import { formatTable } from './table';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Module name (for --only), file, exported function. */
const MODULES: [string, string, string][] = [
  ['tally', 'tally.bench.ts', 'benchTally'],
  ['recount-cli', 'tally.bench.ts', 'benchRecountCli'],
  ['cast', 'cast.bench.ts', 'benchCast'],
  ['kiosk-confirm', 'kiosk-confirm.bench.ts', 'benchKioskConfirm'],
  ['network', 'network.bench.ts', 'benchNetwork'],
  ['network-repaint', 'network-repaint.bench.ts', 'benchNetworkRepaint'],
];

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
if (onlyAt >= 0 && !MODULES.some(([name]) => name === only)) {
  console.error(`--only takes one of: ${MODULES.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

const results: (BenchRow & { module: string })[] = [];
for (const [name, file, fn] of MODULES) {
  if (only !== undefined && name !== only) continue;
  const full = path.join(here, file);
  if (!existsSync(full)) {
    console.error(`(${name}: ${file} is not there yet, skipped)`);
    continue;
  }
  const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  const bench = mod[fn];
  if (typeof bench !== 'function') throw new Error(`${file} does not export ${fn}`);
  for (const r of await (bench as () => Promise<BenchRow[]>)())
    results.push({ module: name, ...r });
}

console.log(formatTable(results));
const out = path.join(here, 'last-run.json');
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, only, results }, null, 2)}\n`,
);
