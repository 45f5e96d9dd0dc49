import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** The recount CLI on a generated 1M-ballot CSV: wall time and peak RSS, median of 5 runs. */
export async function benchRecountCli(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'priorites-bench-'));
  try {
    const file = path.join(dir, 'ballots.csv');
    const text = ballotsCsvText(FOUR, 1_000_000, 0.3, 7);
    writeFileSync(file, text);
    const walls: number[] = [];
    const rss: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'src-main/cli/tally.ts'),
          file,
          '--json',
          '--report-rss',
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      walls.push(performance.now() - t);
      if (r.status !== 0) throw new Error(`tally CLI failed: ${r.stderr}`);
      const kb = /maxRSS_kb=(\d+)/.exec(r.stderr)?.[1];
      if (kb) rss.push(Number(kb) / 1024);
      const us = /cpu_us=(\d+)/.exec(r.stderr)?.[1];
      if (us) cpu.push(Number(us) / 1000);
    }
    const mb = (text.length / 1024 / 1024).toFixed(0);
    const w = stats(walls);
    return [
      {
        name: 'recount CLI, 1M ballots CSV (wall)',
        median_ms: round(w.median),
        p95_ms: round(w.p95),
        target_ms: 5000,
        note: `${mb} MB file; 5 runs, Node+tsx start included`,
      },
      {
        name: 'recount CLI, same (CPU user+system)',
        median_ms: round(stats(cpu).median),
        note: 'the CLI process alone; less sensitive than wall time to other load on the machine',
      },
      {
        name: 'recount CLI, same (peak RSS, MB)',
        median_ms: round(stats(rss).median),
        target_ms: 1024,
        note: 'not a time: peak resident memory in MB from process.resourceUsage()',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
