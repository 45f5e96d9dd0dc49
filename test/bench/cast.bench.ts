/**
 * Casting speed: validate, burn the code, write, flush, acknowledge, through BallotBox.cast
 * called back to back and through ApiService.call (the IPC path, one call per event-loop
 * turn as requests come), with 0, 10,000 and 100,000 ballots already in
 * the box; the baseline is a bare append + fsync of a ballot-sized line on the same disk in
 * the same run. Also the time to open a box of 100,000 ballots.
 * Export: benchCast (wired into test/bench/run.ts by its owner).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiService } from '../../src-main/core/api-service';
import { BallotBox } from '../../src-main/core/ballot-box';
import { ballotLine } from '../../shared/domain/ballot';
import { defaultElection } from '../../src-main/core/default-election';
import type { BenchRow } from './bench-types';
import { randomRankings } from './generate';

const SAMPLES = Number(process.env.BENCH_CAST_SAMPLES ?? 300);
const OPTIONS = defaultElection.options.map((o) => o.id);

function quantiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const round = (x: number) => Math.round(x * 1000) / 1000;
const hex = () => randomBytes(16).toString('hex');

function baseline(dir: string): number[] {
  const fd = fs.openSync(path.join(dir, 'baseline.jsonl'), 'a');
  const line = ballotLine({
    id: hex(),
    election: defaultElection.id,
    section: 'FR',
    ranking: OPTIONS,
  });
  const out: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = process.hrtime.bigint();
    fs.writeSync(fd, line);
    fs.fsyncSync(fd);
    out.push(ms(t0));
  }
  fs.closeSync(fd);
  return out;
}

/** A box in `mode` with `stored` ballots already on disk and enough codes for the samples. */
function prepare(dir: string, mode: 'open' | 'codes', stored: number): string[] {
  const deps = boxDeps(dir);
  const box = new BallotBox(deps);
  box.updateElection({ ...box.election, eligibility: mode });
  const codes: string[] = [];
  if (mode === 'codes')
    for (let left = SAMPLES * 2; left > 0; left -= 5000)
      codes.push(...box.generateCodes('FR', Math.min(5000, left)));
  box.open();
  const rankings = randomRankings(OPTIONS, stored, 0.3, 7);
  // Through the import, in one step: a file appended behind the box's back breaks its seal.
  box.importBallots(
    rankings.map((r, i) => ({
      id: hex(),
      election: defaultElection.id,
      section: i % 2 ? 'BE' : 'FR',
      ranking: r,
    })),
  );
  box.shutdown();
  return codes;
}

function boxDeps(dir: string) {
  return {
    dataDir: dir,
    defaultElection,
    now: () => new Date(),
    randomBytes: (n: number) => randomBytes(n),
    pid: process.pid,
    isAlive: () => false,
    appVersion: 'bench',
  };
}

export async function benchCast(): Promise<BenchRow[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-bench-cast-'));
  const rows: BenchRow[] = [];
  try {
    const base = quantiles(baseline(root));
    rows.push({
      name: 'cast baseline: bare append + fsync',
      median_ms: round(base.p50),
      p95_ms: round(base.p95),
      note: `p99 ${round(base.p99)} ms; ${SAMPLES} samples in ${os.tmpdir()}`,
    });
    for (const mode of ['open', 'codes'] as const) {
      for (const stored of [0, 10_000, 100_000]) {
        for (const via of ['BallotBox.cast', 'ApiService.call'] as const) {
          const dir = fs.mkdtempSync(path.join(root, `${mode}-${stored}-`));
          const codes = prepare(dir, mode, stored);
          const t0 = process.hrtime.bigint();
          let box = new BallotBox(boxDeps(dir));
          const firstOpenMs = ms(t0);
          if (stored === 100_000 && via === 'BallotBox.cast') {
            // One open is one sample: reopen a few times for a median, and keep the first.
            const opens = [firstOpenMs];
            for (let k = 0; k < 6; k++) {
              box.shutdown();
              const t = process.hrtime.bigint();
              box = new BallotBox(boxDeps(dir));
              opens.push(ms(t));
            }
            rows.push({
              name: `open a box of 100,000 ballots (${mode})`,
              median_ms: round(quantiles(opens).p50),
              note: `7 opens; first open ${round(firstOpenMs)} ms; target < 500 ms`,
            });
          }
          const service = new ApiService({
            box,
            files: {
              listDrives: () => Promise.resolve([]),
              exportTo: () => Promise.reject(new Error('unused')),
              importFiles: () => Promise.reject(new Error('unused')),
              minutes: () => Promise.reject(new Error('unused')),
            },
            now: () => new Date(),
            newToken: hex,
          });
          const samples: number[] = [];
          const rankings = randomRankings(OPTIONS, SAMPLES, 0.3, 11);
          for (let i = 0; i < SAMPLES; i++) {
            const input = {
              ballotId: hex(),
              ranking: rankings[i] as string[],
              ...(mode === 'codes' ? { code: codes[i] } : {}),
            };
            const t = process.hrtime.bigint();
            if (via === 'BallotBox.cast') box.cast(input);
            else {
              const r = await service.call({ method: 'kiosk.cast', input });
              if (!r.ok) throw new Error(JSON.stringify(r.error));
            }
            samples.push(ms(t));
            // Through the service each call is its own turn of the event loop, as a kiosk's
            // request is: the box flushes the cast's data then, after the answer. Called
            // back to back on BallotBox.cast, every cast also pays the previous one's flushes.
            if (via === 'ApiService.call') await new Promise((r) => setImmediate(r));
          }
          box.shutdown();
          const q = quantiles(samples);
          rows.push({
            name: `cast ${mode} via ${via}, ${stored.toLocaleString('en')} stored`,
            median_ms: round(q.p50),
            p95_ms: round(q.p95),
            note: `p99 ${round(q.p99)} ms; ${round(q.p50 / base.p50)}× baseline p50; ${
              via === 'ApiService.call' ? 'one call per turn' : 'back to back'
            }`,
          });
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
