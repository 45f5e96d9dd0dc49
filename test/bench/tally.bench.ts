import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Borda, utils } from 'votes';
import { bordaScores } from '../../shared/tally/borda';
import { groupRankings, tallyElection } from '../../shared/tally';
import { pairwiseMatrix } from '../../shared/tally/pairwise';
import { buildProfile } from '../../shared/tally/profile';
import type { BenchRow } from './bench-types';
import { ballotsCsvText, randomRankings, stats } from './generate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOUR = ['theme-a', 'theme-b', 'theme-c', 'theme-d'];

function measure(runs: number, f: () => unknown, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

function row(name: string, samples: number[], note?: string): BenchRow {
  const s = stats(samples);
  return { name, median_ms: round(s.median), p95_ms: round(s.p95), ...(note ? { note } : {}) };
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchTally(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // 1M ballots, 4 options, 30% partial, 2 sections, every method, grouping included.
  const fr = randomRankings(FOUR, 500_000, 0.3, 1);
  const be = randomRankings(FOUR, 500_000, 0.3, 2);
  const election = () =>
    tallyElection(FOUR, ['FR', 'BE'], { FR: groupRankings(fr), BE: groupRankings(be) });
  rows.push(
    row(
      'tally 1M ballots, 4 options, 2 sections, all methods',
      measure(9, election),
      '9 runs after 2 warm-up; goal < 100 ms',
    ),
  );

  // 100k ballots, 10 options (mostly distinct rankings), one section.
  const ten = Array.from({ length: 10 }, (_, i) => `option-${i}`);
  const r10 = randomRankings(ten, 100_000, 0.3, 3);
  rows.push(
    row(
      'tally 100k ballots, 10 options, all methods',
      measure(7, () => tallyElection(ten, ['FR'], { FR: groupRankings(r10) })),
      '7 runs; one section; goal < 300 ms',
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
  const o = stats(measure(15, ours, 3)).median;
  const t = stats(measure(5, theirs, 1)).median;
  rows.push({ name: `Borda + matrix, ${n / 1000}k ballots: ours`, median_ms: round(o) });
  rows.push({
    name: `Borda + matrix, ${n / 1000}k ballots: votes@3`,
    median_ms: round(t),
    note: `ratio ${Math.round(t / Math.max(o, 0.001))}x (goal >= 20x); 10k ballots because votes takes seconds at 1M; votes gets one weighted ballot per voter, unranked options as a last tie`,
  });

  rows.push(...cliRows());
  return rows;
}

/** The recount CLI on a generated 1M-ballot CSV: wall time (median of 3) and peak RSS. */
function cliRows(): BenchRow[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'priorites-bench-'));
  try {
    const file = path.join(dir, 'ballots.csv');
    const text = ballotsCsvText(FOUR, 1_000_000, 0.3, 7);
    writeFileSync(file, text);
    const walls: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < 3; i++) {
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
    }
    const mb = (text.length / 1024 / 1024).toFixed(0);
    return [
      {
        name: 'recount CLI, 1M ballots CSV (wall)',
        median_ms: round(stats(walls).median),
        note: `${mb} MB file; median of 3 including Node+tsx start; goal < 5000 ms`,
      },
      {
        name: 'recount CLI, 1M ballots CSV (peak RSS, MB)',
        median_ms: round(stats(rss).median),
        note: 'not a time: peak resident memory in MB from process.resourceUsage(); goal < 1024',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
