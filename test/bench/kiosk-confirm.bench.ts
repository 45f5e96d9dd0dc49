/**
 * Kiosk "Confirm" → "A voté !" on screen, measured in Chromium against the real host with a
 * box already holding 100,000 ballots (durable append + fsync included), and with an empty
 * box as the baseline. Timing is taken inside the page (click to the first frame after the
 * heading appears), so Playwright's own round trips do not count.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { BallotBox } from '../../src-main/core/ballot-box';
import { defaultElection } from '../../src-main/core/default-election';
import { apiCall, staffToken } from '../support/api-call';
import { openVote } from '../support/election-fixture';
import { startHost, tempDataDir, type HostHandle } from '../support/host-process';
import { boxDeps } from '../fault/support/box-fixture';
import type { BenchRow } from './bench-types';
import { randomRankings, stats } from './generate';

const VOTERS = 40;
const WARMUP = 3;
const SEEDED = 100_000;

/**
 * Adds n ballots of the default election through the box's own import (a file appended behind
 * its back would break its seal), with the host stopped.
 */
function seedBallots(dataDir: string, n: number): void {
  const ids = defaultElection.options.map((o) => o.id);
  const rankings = randomRankings(ids, n, 0.3, 7);
  const box = new BallotBox(boxDeps(dataDir));
  try {
    box.importBallots(
      rankings.map((ranking, i) => ({
        id: randomBytes(16).toString('hex'),
        election: defaultElection.id,
        section: i % 3 === 0 ? 'BE' : 'FR',
        ranking,
      })),
    );
  } finally {
    box.shutdown();
  }
}

/**
 * A host with the vote open through the staff API and n ballots already in the box. The box
 * writes its documents on its first changes, so the ballots are added after opening, while
 * the host is stopped, and loaded by the restart.
 */
async function openBoxWith(n: number): Promise<{ host: HostHandle; token: string }> {
  let host = await startHost(tempDataDir('priorites-bench-'));
  let token = await openVote(host.url, { kiosk: { shuffleOptions: false } });
  if (n > 0) {
    await host.stop();
    seedBallots(host.dataDir, n);
    host = await startHost(host.dataDir);
    token = await staffToken(host.url);
  }
  return { host, token };
}

/**
 * Runs in the page: click Confirm, resolve with the time to the first frame after the thanks
 * heading appears. A string, because tsx would wrap named functions in a helper the page lacks.
 */
const MEASURE_CONFIRM = `new Promise((resolve) => {
  const button = Array.from(document.querySelectorAll('button')).find(
    (b) => b.textContent === 'Je confirme mon vote',
  );
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    if (!Array.from(document.querySelectorAll('h1')).some((h) => h.textContent === 'A voté !'))
      return;
    obs.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  button.click();
})`;

/** One voter up to the review, then the measured confirm. */
async function oneVoter(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/kiosk`);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.locator('[data-option="accompagnement"]').click();
  await page.locator('[data-option="projet-politique"]').click();
  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await page.getByRole('button', { name: 'Je confirme mon vote' }).waitFor();
  return page.evaluate<number>(MEASURE_CONFIRM);
}

async function run(seeded: number): Promise<{ samples: number[]; stored: number }> {
  const { host, token } = await openBoxWith(seeded);
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + VOTERS; i++) {
      const ms = await oneVoter(page, host.url);
      if (i >= WARMUP) samples.push(ms);
    }
    const stored = (await apiCall(host.url, 'staff.overview', {}, token)).ballots;
    return { samples, stored };
  } finally {
    await browser.close();
    await host.stop();
    fs.rmSync(host.dataDir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchKioskConfirm(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const seeded of [0, SEEDED]) {
    const { samples, stored } = await run(seeded);
    const expected = seeded + WARMUP + VOTERS;
    if (stored !== expected) throw new Error(`expected ${expected} ballots, box holds ${stored}`);
    const s = stats(samples);
    rows.push({
      name: `kiosk confirm → "A voté" visible, ${seeded.toLocaleString('en')} ballots in the box`,
      median_ms: round(s.median),
      p95_ms: round(s.p95),
      note: `${VOTERS} voters in Chromium, fsync'd append included${seeded === 0 ? ' (baseline)' : '; target p95 < 150 ms'}`,
    });
  }
  return rows;
}

// Run on its own: `npx tsx test/bench/kiosk-confirm.bench.ts`.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.table(await benchKioskConfirm());
}
