import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Borda, utils } from 'votes';
import { bordaScores } from '../../shared/tally/borda';
import { groupRankings, tallyElection, tallyRankings } from '../../shared/tally';
import { pairwiseMatrix } from '../../shared/tally/pairwise';
import { buildProfile } from '../../shared/tally/profile';
import type { BenchRow } from './bench-types';
import { ballotsCsvText, randomRankings, stats } from './generate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOUR = ['theme-a', 'theme-b', 'theme-c', 'theme-d'];

/** Wall times of `runs` calls; the CPU time of each call goes to lastCpu, for the notes. */
let lastCpu: number[] = [];
function measure(runs: number, f: () => unknown, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) f();
  const out: number[] = [];
  lastCpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    out.push(performance.now() - t);
    const d = process.cpuUsage(c);
    lastCpu.push((d.user + d.system) / 1000);
  }
  return out;
}

/** A row from wall times; the note also gives the median CPU time, steadier on a busy machine. */
function row(name: string, samples: number[], extra: Partial<BenchRow> = {}): BenchRow {
  const s = stats(samples);
  const cpu = `CPU median ${round(stats(lastCpu).median)} ms`;
  const note = extra.note ? `${extra.note}; ${cpu}` : cpu;
  return { name, median_ms: round(s.median), p95_ms: round(s.p95), ...extra, note };
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchTally(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // 1M ballots, 4 options, 30% partial, 2 sections, every method, grouping included.
  const fr = randomRankings(FOUR, 500_000, 0.3, 1);
  const be = randomRankings(FOUR, 500_000, 0.3, 2);
  rows.push(
    row(
      'tally 1M ballots, 4 options, 2 sections, all methods',
      measure(9, () => tallyRankings(FOUR, ['FR', 'BE'], { FR: fr, BE: be })),
      { target_ms: 100, note: 'tallyRankings; 9 runs after 2 warm-up' },
    ),
  );
  rows.push(
    row(
      'same, through groupRankings + tallyElection',
      measure(7, () =>
        tallyElection(FOUR, ['FR', 'BE'], { FR: groupRankings(fr), BE: groupRankings(be) }),
      ),
      { note: 'the path of callers holding RankingGroups (export); 7 runs' },
    ),
  );

  // 100k ballots, 10 options (mostly distinct rankings), one section.
  const ten = Array.from({ length: 10 }, (_, i) => `option-${i}`);
  const r10 = randomRankings(ten, 100_000, 0.3, 3);
  rows.push(
    row(
      'tally 100k ballots, 10 options, all methods',
      measure(7, () => tallyRankings(ten, ['FR'], { FR: r10 })),
      { target_ms: 300, note: 'tallyRankings; 7 runs; one section; ~87k distinct rankings' },
    ),
  );
  rows.push(
    row(
      'same, through groupRankings + tallyElection',
      measure(7, () => tallyElection(ten, ['FR'], { FR: groupRankings(r10) })),
      { note: '7 runs' },
    ),
  );

  // Borda + head-to-head matrix against the `votes` package, from the same raw ballots.
  const n = 10_000;
  const raw = randomRankings(FOUR, n, 0.3, 4).filter((r) => r.length > 0);
  const ours = () => {
    const p = buildProfile(FOUR, groupRankings(raw));
    return [bordaScores(p), pairwiseMatrix(p)];
  };
  const theirBallots = raw.map((r) => {
    const rest = FOUR.filter((o) => !r.includes(o));
    return { ranking: [...r.map((o) => [o]), ...(rest.length ? [rest] : [])], weight: 1 };
  });
  const theirs = () => [
    new Borda({ candidates: [...FOUR], ballots: theirBallots }).scores(),
    utils.matrixFromBallots(theirBallots, [...FOUR]),
  ];
  const o = stats(measure(15, ours, 3));
  const t = stats(measure(5, theirs, 1));
  rows.push({
    name: `Borda + matrix, ${n / 1000}k ballots: ours vs votes@3`,
    median_ms: round(o.median),
    p95_ms: round(o.p95),
    baseline_ms: round(t.median),
    baseline: 'votes@3',
    note: `goal >= 20x; votes median ${round(t.median)} ms; 10k ballots because votes takes seconds at 1M; votes gets one weighted ballot per voter, unranked options as a last tie`,
  });
  return rows;
}

/** Wall times and peak RSS (MB) of `runs` runs of node with `args`; stderr must carry --report-rss. */
function runNode(args: string[], runs: number, cwd: string) {
  const walls: number[] = [];
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    walls.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    const kb = /maxRSS_kb=(\d+)/.exec(r.stderr)?.[1];
    if (kb) rss.push(Number(kb) / 1024);
    const us = /cpu_us=(\d+)/.exec(r.stderr)?.[1];
    if (us) cpu.push(Number(us) / 1000);
  }
  const median = (xs: number[]) => (xs.length ? stats(xs).median : NaN);
  return { wall: stats(walls), rss: median(rss), cpu: median(cpu) };
}

/** The floor: read the whole file as bytes and visit each one (count the line ends). */
const READ_ONLY_PASS = `
const b = require('node:fs').readFileSync(process.argv[1]);
let n = 0;
for (let i = 0; i < b.length; i++) if (b[i] === 10) n++;
const u = process.resourceUsage();
process.stderr.write('lines=' + n + ' maxRSS_kb=' + u.maxRSS + ' cpu_us=' + (u.userCPUTime + u.systemCPUTime) + '\\n');
`;

/**
 * The shipped recount CLI (out/cli/tally.mjs, built by `npm run build`, built here when
 * missing) under plain Node: 1M ballots beside the same run's read-only pass over the file,
 * its peak memory, and its start-up on an assembly's 300 ballots; then the checkout's
 * `npm run tally` path (tsx) on the 1M file for comparison.
 */
export async function benchRecountCli(): Promise<BenchRow[]> {
  const bundle = path.join(root, 'out/cli/tally.mjs');
  if (!existsSync(bundle)) {
    const b = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'vite.cli.config.ts',
        '--logLevel',
        'warn',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (b.status !== 0) throw new Error(`building out/cli/tally.mjs failed: ${b.stderr}`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'priorites-bench-'));
  try {
    // Only the bundle and the files, outside the repository: what a member has on the stick.
    copyFileSync(bundle, path.join(dir, 'tally.mjs'));
    const file = path.join(dir, 'ballots.csv');
    const text = ballotsCsvText(FOUR, 1_000_000, 0.3, 7);
    writeFileSync(file, text);
    writeFileSync(path.join(dir, 'small.csv'), ballotsCsvText(FOUR, 300, 0.3, 8));
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(0);

    const floor = runNode(['-e', READ_ONLY_PASS, file], 5, dir);
    const big = runNode(['tally.mjs', 'ballots.csv', '--json', '--report-rss'], 5, dir);
    const small = runNode(['tally.mjs', 'small.csv', '--json', '--report-rss'], 9, dir);
    const tsx = runNode(
      ['--import', 'tsx', path.join(root, 'src-main/cli/tally.ts'), file, '--json', '--report-rss'],
      3,
      root,
    );
    return [
      {
        name: 'recount CLI tally.mjs, 1M ballots CSV (wall)',
        median_ms: round(big.wall.median),
        p95_ms: round(big.wall.p95),
        target_ms: 1000,
        baseline_ms: round(floor.wall.median),
        baseline: 'read-only pass',
        note: `${mb} MB file; plain Node on the bundle alone in a temp folder, 5 runs; floor: node reading the file as a Buffer and visiting every byte, same run`,
      },
      {
        name: 'recount CLI tally.mjs, same (CPU user+system)',
        median_ms: round(big.cpu),
        baseline_ms: round(floor.cpu),
        baseline: 'read-only pass',
        note: 'the process alone; steadier than wall time when other work shares the machine',
      },
      {
        name: 'recount CLI tally.mjs, same (peak RSS, MB)',
        median_ms: round(big.rss),
        target_ms: 300,
        baseline_ms: round(floor.rss),
        baseline: 'read-only pass',
        note: 'not a time: peak resident memory in MB from process.resourceUsage()',
      },
      {
        name: 'recount CLI tally.mjs, 300 ballots (start-up, wall)',
        median_ms: round(small.wall.median),
        p95_ms: round(small.wall.p95),
        target_ms: 200,
        note: `9 runs; the whole process: Node start, read, count, print; CPU median ${round(small.cpu)} ms`,
      },
      {
        name: 'npm run tally path (tsx), 1M ballots CSV (wall)',
        median_ms: round(tsx.wall.median),
        p95_ms: round(tsx.wall.p95),
        note: '3 runs; the checkout path through the TypeScript loader, for comparison',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
