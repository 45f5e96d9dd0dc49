/**
 * Several kiosks, one hub, over HTTPS on 127.0.0.1 (hub and simulated kiosks share this
 * process and its two cores, so the figures are pessimistic):
 * - 20 kiosks casting at once: cast round trip p50/p99 and ballots per second, against the same
 *   run's single local cast through ApiService (the IPC path);
 * - release to projector: from the cast that completes a batch to the results event reaching a
 *   paired projector's stream (to the painted frame in Chromium: network-repaint.bench.ts);
 * - 10,000 ballots from 20 joined kiosks (outbox on their own disks) through a relay that cuts
 *   the link at random: lost, doubled, and the drain time once the link is back.
 * Export: benchNetwork.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { defaultElection } from '../../src-main/core/default-election';
import { HubClient, pairWithHub, type HubLink } from '../../src-main/core/network/hub-client';
import { JoinedKiosk } from '../../src-main/core/network/joined-kiosk';
import { startTestHub, tempDir } from '../network/support/hub-fixture';
import { startRelay } from '../network/support/relay';
import type { BenchRow } from './bench-types';

const OPTIONS = defaultElection.options.map((o) => o.id);
const KIOSKS = 20;
const PER_KIOSK = Number(process.env.BENCH_NET_PER_KIOSK ?? 100);
const TOTAL_OUTBOX = Number(process.env.BENCH_NET_OUTBOX ?? 10_000);
const hex = () => randomBytes(16).toString('hex');
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const round = (x: number) => Math.round(x * 100) / 100;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
function q(samples: number[], at: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(at * (s.length - 1) + 0.5))] ?? NaN;
}

export async function benchNetwork(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const h = await startTestHub();
  try {
    await h.staff('staff.open', {});
    // Baseline: one local cast through the service, as the hub's own kiosk does.
    const local: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = process.hrtime.bigint();
      await h.service.call({ method: 'kiosk.cast', input: { ballotId: hex(), ranking: OPTIONS } });
      local.push(ms(t0));
    }
    const links: HubLink[] = [];
    for (let i = 0; i < KIOSKS; i++)
      links.push(
        await pairWithHub({
          address: h.address,
          code: await h.code('kiosk', i % 2 ? 'BE' : 'FR'),
          name: `k${i}`,
        }),
      );
    const clients = links.map((l) => new HubClient(l));
    // Warm the TLS sessions: a kiosk connects once, then keeps its connection.
    await Promise.all(clients.map((c) => c.call('kiosk.state', {})));
    const lat: number[] = [];
    const t0 = process.hrtime.bigint();
    await Promise.all(
      clients.map(async (c) => {
        for (let i = 0; i < PER_KIOSK; i++) {
          const s = process.hrtime.bigint();
          await c.call('kiosk.cast', { ballotId: hex(), ranking: OPTIONS.slice(0, 1 + (i % 4)) });
          lat.push(ms(s));
        }
      }),
    );
    const seconds = ms(t0) / 1000;
    const rate = (KIOSKS * PER_KIOSK) / seconds;
    rows.push({
      name: `network cast, ${KIOSKS} kiosks at once over HTTPS (round trip)`,
      median_ms: round(q(lat, 0.5)),
      p95_ms: round(q(lat, 0.95)),
      target_ms: 50,
      target_on: 'p95',
      baseline_ms: round(q(local, 0.5)),
      baseline: 'local cast',
      note: `p99 ${round(q(lat, 0.99))} ms (goal < 50); ${Math.round(rate)} ballots/s (goal ≥ 200); local p99 ${round(q(local, 0.99))} ms`,
    });

    // Release to projector: the batch of 5 completes, the projector's stream hears it.
    const projector = new HubClient(
      await pairWithHub({ address: h.address, code: await h.code('projector'), name: 'p' }),
    );
    let heard: (() => void) | null = null;
    let up!: () => void;
    const isUp = new Promise<void>((r) => (up = r));
    const stop = projector.events(
      (e) => {
        if (e === 'results') heard?.();
      },
      (on) => on && up(),
    );
    await isUp;
    const release: number[] = [];
    const caster = clients[0] as HubClient;
    for (let b = 0; b < 40; b++) {
      for (let i = 0; i < 4; i++)
        await caster.call('kiosk.cast', { ballotId: hex(), ranking: OPTIONS });
      const got = new Promise<void>((r) => (heard = r));
      const s = process.hrtime.bigint();
      await caster.call('kiosk.cast', { ballotId: hex(), ranking: OPTIONS });
      await Promise.race([got, sleep(5000)]);
      release.push(ms(s));
      heard = null;
    }
    stop();
    projector.close();
    rows.push({
      name: 'release to projector stream over HTTPS',
      median_ms: round(q(release, 0.5)),
      p95_ms: round(q(release, 0.95)),
      target_ms: 1000,
      target_on: 'p95',
      note: 'from the cast completing a batch to the results event at a paired projector',
    });
    for (const c of clients) c.close();

    // 10,000 ballots from 20 joined kiosks through a relay with random cuts.
    const before = h.box.ballots().length;
    const relay = await startRelay(Number(new URL(h.address).port));
    const root = tempDir('priorites-bench-net-');
    const kiosks = links.map(
      (l, i) =>
        new JoinedKiosk({
          link: { ...l, address: `https://127.0.0.1:${relay.port}` },
          dataDir: path.join(root, `k${i}`),
          outbox: { minDelayMs: 20, maxDelayMs: 300, concurrency: 4 },
        }),
    );
    for (const k of kiosks) k.start();
    await Promise.all(kiosks.map((k) => k.call({ method: 'kiosk.state', input: {} })));
    let cutting = true;
    let cuts = 0;
    const chaos = (async () => {
      while (cutting) {
        await sleep(150 + Math.random() * 300);
        if (!cutting) break;
        relay.cut();
        cuts++;
        await sleep(100 + Math.random() * 300);
        relay.restore();
      }
    })();
    const per = Math.ceil(TOTAL_OUTBOX / KIOSKS);
    let refusedLocally = 0;
    await Promise.all(
      kiosks.map(async (k) => {
        for (let i = 0; i < per; i++) {
          const r = await k.call({
            method: 'kiosk.cast',
            input: { ballotId: hex(), ranking: OPTIONS.slice(0, 1 + (i % 4)) },
          });
          if (!r.ok) refusedLocally++;
          // Voters come one after another: let the link work between two of them.
          await new Promise((res) => setImmediate(res));
        }
      }),
    );
    cutting = false;
    await chaos;
    relay.cut();
    await sleep(200);
    const waitingAtCut = kiosks.reduce((n, k) => n + k.outbox.waiting, 0);
    const d0 = process.hrtime.bigint();
    relay.restore();
    for (const k of kiosks) k.outbox.kick();
    await Promise.race([Promise.all(kiosks.map((k) => k.outbox.drained())), sleep(120_000)]);
    const drain = ms(d0);
    for (const k of kiosks) k.stop();
    await relay.close();
    const after = h.box.ballots();
    const ids = new Set(after.map((b) => b.id));
    const added = after.length - before;
    const sent = per * KIOSKS - refusedLocally;
    rows.push({
      name: `${sent} ballots, ${KIOSKS} joined kiosks, ${cuts} random link cuts: drain after the link returns`,
      median_ms: round(drain),
      note: `${waitingAtCut} waiting at the last cut; lost ${sent - added}, doubled ${after.length - ids.size}, refused locally ${refusedLocally}`,
    });
    if (sent !== added || ids.size !== after.length)
      throw new ApiError(
        'internal',
        `network bench: lost ${sent - added}, doubled ${after.length - ids.size}`,
      );
  } finally {
    await h.stop();
  }
  return rows;
}
