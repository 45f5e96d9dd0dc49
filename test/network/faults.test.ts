/**
 * The link between kiosks and hub fails in every way a room's network does (stalled, cut,
 * restored) while the hub and the kiosks are SIGKILLed and restarted. At the end every ballot
 * a voter saw acknowledged is at the hub exactly once, and with codes, codes burned equal the
 * ballots recorded with them. Everything on 127.0.0.1; every loop bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultElection } from '../../src-main/core/default-election';
import { pairWithHub } from '../../src-main/core/network/hub-client';
import { startBox } from '../../src-main/core/start-box';
import { repoRoot } from '../support/host-process';
import { bundle } from '../fault/support/fault-host';
import { startRelay, type Relay } from './support/relay';
import { startTestHub, tempDir } from './support/hub-fixture';

const freePort = async (): Promise<number> => {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return p;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Proc {
  child: ChildProcess;
  out: string[];
  exited: Promise<number | null>;
}
function run(entry: string, args: string[], ready?: RegExp): Promise<Proc> {
  const child = spawn(process.execPath, [bundle(entry), ...args], {
    cwd: repoRoot,
    env: { ...process.env, KIOSK_PACE_MS: '60' },
  });
  const out: string[] = [];
  let err = '';
  const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    if (process.env.NET_FAULTS_DEBUG) process.stderr.write(d);
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      out.push(...lines);
      if (ready && lines.some((l) => ready.test(l))) resolve({ child, out, exited });
    });
    if (!ready) resolve({ child, out, exited });
    void exited.then((c) => ready && reject(new Error(`${entry} exited ${c}: ${err}`)));
  });
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function scenario(opts: { codes: boolean; perKiosk: number; rounds: number }) {
  const root = tempDir('priorites-net-faults-');
  const hubDir = path.join(root, 'hub');
  const port = await freePort();
  // Prepare at the hub: election, opening, two paired kiosks.
  const h = await startTestHub({ dataDir: hubDir, port });
  let codeLists: string[][] = [[], []];
  if (opts.codes) {
    await h.staff('staff.updateElection', {
      election: { ...defaultElection, eligibility: 'codes' },
    });
    const { codes } = await h.staff('staff.generateCodes', {
      section: 'BE',
      count: opts.perKiosk * 2,
    });
    codeLists = [codes.slice(0, opts.perKiosk), codes.slice(opts.perKiosk)];
  }
  await h.staff('staff.open', {});
  const links = [];
  for (const s of ['FR', 'BE'])
    links.push(await pairWithHub({ address: h.address, code: await h.code('kiosk', s), name: s }));
  await h.stop();

  const relay: Relay = await startRelay(port);
  cleanups.push(() => relay.close());
  const kioskDirs = links.map((l, i) => {
    const dir = path.join(root, `kiosk-${i}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'link.json'),
      JSON.stringify({ ...l, address: `https://127.0.0.1:${relay.port}` }),
    );
    if (opts.codes) fs.writeFileSync(path.join(dir, 'codes.txt'), (codeLists[i] ?? []).join('\n'));
    return dir;
  });

  const startHub = () =>
    run('test/network/support/hub-process.ts', [hubDir, String(port)], /^READY/);
  const startKiosk = (dir: string) =>
    run('test/network/support/kiosk-process.ts', [
      dir,
      path.join(dir, 'link.json'),
      String(opts.perKiosk),
      ...(opts.codes ? [path.join(dir, 'codes.txt')] : []),
    ]);
  let hub = await startHub();
  const kiosks = await Promise.all(kioskDirs.map(startKiosk));
  cleanups.push(() => {
    hub.child.kill('SIGKILL');
    for (const k of kiosks) k.child.kill('SIGKILL');
  });

  const kiosk = (i: number): Proc => kiosks[i] as Proc;
  const done = (i: number) => kiosk(i).out.some((l) => l === 'DRAINED');
  for (let round = 0; round < opts.rounds; round++) {
    await sleep(300);
    switch (round % 5) {
      case 0:
        relay.stall();
        await sleep(400);
        relay.restore();
        break;
      case 1:
        relay.cut();
        await sleep(400);
        relay.restore();
        break;
      case 2:
        hub.child.kill('SIGKILL');
        await hub.exited;
        await sleep(200);
        hub = await startHub();
        break;
      case 3:
      case 4: {
        const i = round % 2;
        if (done(i)) break;
        kiosk(i).child.kill('SIGKILL');
        await kiosk(i).exited;
        kiosks[i] = await startKiosk(kioskDirs[i] as string);
        break;
      }
    }
  }
  relay.restore();
  // The faults hit the vote while it ran, not after.
  expect(kiosks.filter((_, i) => done(i))).toHaveLength(0);
  // Let them finish: every kiosk exits by itself (DRAINED) within its own bound.
  const codes = await Promise.all(kiosks.map((k) => k.exited));
  expect(codes).toEqual([0, 0]);
  for (const k of kiosks) expect(k.out.at(-1)).toBe('DRAINED');
  hub.child.kill('SIGTERM');
  await hub.exited;

  const { box } = startBox(hubDir);
  try {
    const ids = box.ballots().map((b) => b.id);
    const atHub = new Set(ids);
    expect(atHub.size).toBe(ids.length); // nothing doubled
    const acked = new Set(
      kioskDirs.flatMap((d) =>
        fs.readFileSync(path.join(d, 'acks.txt'), 'utf8').split('\n').filter(Boolean),
      ),
    );
    expect(acked.size).toBe(opts.perKiosk * 2);
    for (const id of acked)
      expect(atHub.has(id), `acknowledged ${id} missing at the hub`).toBe(true);
    for (const k of kiosks) expect(k.out.some((l) => l.startsWith('CODE-USED'))).toBe(false);
    if (opts.codes) {
      const o = box.overview();
      expect(o.codes.used).toBe(ids.length);
      expect(o.bySection.BE).toBe(ids.length);
    }
    return { acked: acked.size, atHub: ids.length };
  } finally {
    box.shutdown();
  }
}

describe('network faults', () => {
  it('open vote: stalls, cuts, hub and kiosk kills lose nothing acknowledged and double nothing', async () => {
    const r = await scenario({ codes: false, perKiosk: 150, rounds: 10 });
    expect(r.atHub).toBe(r.acked);
  }, 180_000);

  it('codes: burned at the hub exactly once, codes burned equal ballots with codes', async () => {
    await scenario({ codes: true, perKiosk: 120, rounds: 10 });
  }, 180_000);
});
