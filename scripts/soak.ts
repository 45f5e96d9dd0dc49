/**
 * `npm run soak` (on demand, not in CI): eight simulated hours of a vote at one ballot every
 * two seconds (14,400 ballots) against the real host, with the results page open in Chromium
 * the whole time. Passes when no cast is refused, the page logs no error, every ballot is
 * counted, and the host's memory stays flat: the median resident size over the last tenth of
 * the run is within 10 % of the median over the second tenth (the first is warm-up).
 *
 * Acceleration: SOAK_MINUTES is the real duration of the eight simulated hours (default 480,
 * real time); the ballots are the same, only the gap between them shrinks, e.g.
 * SOAK_MINUTES=15 casts every 62 ms. SOAK_HOURS changes the simulated length (default 8).
 * The renderer is served from PRIORITES_STATIC_DIR (default out/renderer: `npm run build`).
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { apiCall, staffToken } from '../test/support/api-call';
import { tempDataDir } from '../test/support/host-process';
import { spawnHost } from '../test/fault/support/fault-host';
import { VoteBook } from '../test/fault/support/vote-driver';

const HOURS = Number(process.env.SOAK_HOURS ?? 8);
const MINUTES = Number(process.env.SOAK_MINUTES ?? HOURS * 60);
const BALLOTS = Math.round((HOURS * 3600) / 2);
const GAP_MS = (MINUTES * 60_000) / BALLOTS;

const rssKb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  console.log(
    `soak: ${HOURS} simulated h, ${BALLOTS} ballots, one every ${GAP_MS.toFixed(0)} ms (${MINUTES} real min)`,
  );
  const book = new VoteBook('open', tempDataDir('priorites-soak-'), 42);
  const host = await spawnHost(book.dataDir);
  const pid = host.child.pid as number;
  await book.prepare(host.url);
  const errors: string[] = [];
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  // Every failed load counts, the page's icon included (the app serves its own).
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  await page.goto(`${host.url}/results`);
  // The slide must really be there, not an error page.
  await page.getByTestId('ballot-count').waitFor({ timeout: 30_000 });

  const samples: number[] = [];
  const t0 = Date.now();
  for (let i = 0; i < BALLOTS; i++) {
    const due = t0 + i * GAP_MS;
    if (due > Date.now()) await sleep(due - Date.now());
    try {
      if (!(await book.cast(host.url, ...book.newBallot()))) errors.push(`cast ${i}: no answer`);
    } catch (e) {
      errors.push(`cast ${i}: ${String(e)}`);
    }
    if (i % 50 === 0) samples.push(rssKb(pid));
    if (i % 1800 === 0) console.log(`  ${i} ballots, host RSS ${samples.at(-1)} kB`);
    if (errors.length > 20 || host.child.exitCode !== null) break;
  }
  await sleep(1000);
  const token = await staffToken(host.url);
  const counted = (await apiCall(host.url, 'staff.overview', {}, token)).ballots;
  // The open slide followed the vote (released in batches, so up to a batch per section behind).
  await sleep(6000);
  const shown = Number(
    (await page.getByTestId('ballot-count').first().innerText()).replace(/\D/g, ''),
  );
  if (!(shown > 0 && counted - shown < 5 * 10))
    errors.push(`results page shows ${shown} ballots while ${counted} were counted`);
  console.log(`soak: the results page shows ${shown} ballots`);
  await browser.close();
  await host.kill('SIGTERM');

  const tenth = Math.max(1, Math.floor(samples.length / 10));
  const early = median(samples.slice(tenth, 2 * tenth));
  const late = median(samples.slice(-tenth));
  const growth = (late - early) / early;
  console.log(
    `soak: ${counted}/${BALLOTS} counted; host RSS ${early} kB → ${late} kB (${(growth * 100).toFixed(1)} %); ${errors.length} error(s)`,
  );
  for (const e of errors.slice(0, 20)) console.log(`  ${e}`);
  const ok = errors.length === 0 && counted === BALLOTS && Math.abs(growth) <= 0.1;
  console.log(ok ? 'soak: PASS' : 'soak: FAIL');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
