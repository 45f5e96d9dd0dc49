/**
 * Release to projector repaint across the network: a hub in this process serving the built
 * renderer over HTTPS on 127.0.0.1, a headless Chromium paired as a projector through the
 * hub's /pair page (the certificate pinned with the guide's SPKI flag), a paired kiosk casting
 * over HTTPS. Each sample runs from the cast that completes a batch, taken at the kiosk before
 * it sends, to the frame in which the projector page shows the new count: a MutationObserver
 * sees the count change and a requestAnimationFrame callback dates the frame that paints it.
 * Both ends read the same system clock (performance.timeOrigin + performance.now()).
 * Needs `npm run build` (out/renderer) and Chromium; says why when either is missing.
 * Export: benchNetworkRepaint (run by benchNetwork, so `--only network` includes it).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { defaultElection } from '../../src-main/core/default-election';
import { HubClient, pairWithHub } from '../../src-main/core/network/hub-client';
import { startTestHub } from '../network/support/hub-fixture';
import type { BenchRow } from './bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER = path.resolve(here, '../../out/renderer');
const CHROMIUM = process.env.PRIORITES_CHROMIUM ?? '/usr/bin/chromium';
const SAMPLES = Number(process.env.BENCH_REPAINT_SAMPLES ?? 30);
const BATCH = 5;
const OPTIONS = defaultElection.options.map((o) => o.id);
const hex = () => randomBytes(16).toString('hex');
const clock = () => performance.timeOrigin + performance.now();
const round = (x: number) => Math.round(x * 100) / 100;
function q(samples: number[], at: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(at * (s.length - 1) + 0.5))] ?? NaN;
}

const NAME = 'release to projector repaint over HTTPS (Chromium, paired)';

/** Runs in the page: dates every frame that shows a new ballot count. */
function watchCount(): void {
  const w = window as unknown as { __paints: { at: number; text: string }[] };
  w.__paints = [];
  let last = document.querySelector('[data-testid="ballot-count"]')?.textContent ?? '';
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="ballot-count"]')?.textContent ?? '';
    if (text === last) return;
    last = text;
    requestAnimationFrame(() =>
      w.__paints.push({ at: performance.timeOrigin + performance.now(), text }),
    );
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

export async function benchNetworkRepaint(): Promise<BenchRow[]> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html')))
    return [{ name: NAME, median_ms: NaN, note: 'skipped: no out/renderer (npm run build first)' }];
  if (!fs.existsSync(CHROMIUM))
    return [{ name: NAME, median_ms: NaN, note: `skipped: no Chromium at ${CHROMIUM}` }];
  const h = await startTestHub({ staticDir: RENDERER });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [`--ignore-certificate-errors-spki-list=${h.hub.status().spki}`],
  });
  try {
    const { election } = await h.staff('staff.overview', {});
    await h.staff('staff.updateElection', {
      election: { ...election, results: { policy: 'live', batchSize: BATCH, minBallots: 1 } },
    });
    await h.staff('staff.open', {});
    const kiosk = new HubClient(
      await pairWithHub({ address: h.address, code: await h.code('kiosk', 'FR'), name: 'k' }),
    );
    const cast = () => kiosk.call('kiosk.cast', { ballotId: hex(), ranking: OPTIONS });
    await kiosk.call('kiosk.state', {});

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${h.address}/results`);
    await page.waitForURL(`${h.address}/pair`);
    await page.getByLabel('Code d’appairage').fill(await h.code('projector'));
    await page.getByLabel('Nom de cet appareil').fill('Projecteur bench');
    await page.getByRole('button', { name: 'Relier' }).click();
    await page.waitForURL(`${h.address}/results`);
    await page.getByTestId('ballot-count').waitFor();
    // The live slide trails the box by one batch: the first batch shows nothing new.
    for (let i = 0; i < BATCH; i++) await cast();
    await page.waitForTimeout(500);
    await page.evaluate(watchCount);

    // The same run's baseline: the results event reaching a paired projector's stream in Node.
    const listener = new HubClient(
      await pairWithHub({ address: h.address, code: await h.code('projector'), name: 'p' }),
    );
    let heardAt = NaN;
    let up!: () => void;
    const isUp = new Promise<void>((r) => (up = r));
    const stopListening = listener.events(
      (e) => {
        if (e === 'results' && Number.isNaN(heardAt)) heardAt = clock();
      },
      (on) => on && up(),
    );
    await isUp;

    const repaint: number[] = [];
    const event: number[] = [];
    let missed = 0;
    for (let s = 0; s < SAMPLES; s++) {
      for (let i = 0; i < BATCH - 1; i++) await cast();
      const seen = await page.evaluate(
        () => (window as unknown as { __paints: unknown[] }).__paints.length,
      );
      heardAt = NaN;
      const t0 = clock();
      await cast();
      try {
        await page.waitForFunction(
          (n) => (window as unknown as { __paints: unknown[] }).__paints.length > n,
          seen,
          { timeout: 5000, polling: 10 },
        );
      } catch {
        missed++;
        continue;
      }
      const at = await page.evaluate(
        (n) => (window as unknown as { __paints: { at: number }[] }).__paints[n]?.at ?? NaN,
        seen,
      );
      repaint.push(at - t0);
      if (!Number.isNaN(heardAt)) event.push(heardAt - t0);
    }
    const shown = await page.getByTestId('ballot-count').innerText();
    stopListening();
    listener.close();
    kiosk.close();
    return [
      {
        name: NAME,
        median_ms: round(q(repaint, 0.5)),
        p95_ms: round(q(repaint, 0.95)),
        target_ms: 1000,
        target_on: 'p95',
        baseline_ms: round(q(event, 0.5)),
        baseline: 'results event at a projector stream (Node, in the hub’s process)',
        note: `n=${repaint.length} batches of ${BATCH}${missed ? `, ${missed} not shown within 5 s` : ''}; projector shows ${shown}; from the kiosk's cast to the painted frame; event p95 ${round(q(event, 0.95))} ms (n=${event.length})`,
      },
    ];
  } finally {
    await browser.close();
    await h.stop();
  }
}
