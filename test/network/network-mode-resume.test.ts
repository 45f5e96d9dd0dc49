/**
 * A hub that restarts (a crash, a relaunch, a repair from the console) comes back with network
 * mode as staff left it: its paired kiosks would otherwise wait, unreachable, for someone to
 * notice and switch it on again. Switched off by staff, it stays off.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBox } from '../../src-main/core/start-box';
import { NetworkHub } from '../../src-main/host/network-hub';
import { startTestHub, tempDir, type TestHub } from './support/hub-fixture';

const opened: { stop(): Promise<void> | void }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.stop();
});

/** The hub process again, on the same folder, without anyone touching the Réseau switch. */
async function restart(dataDir: string): Promise<NetworkHub> {
  let hub!: NetworkHub;
  const { box } = startBox(dataDir, undefined, undefined, (b) => {
    hub = new NetworkHub({
      box: b,
      staticDir: tempDir('priorites-static-'),
      port: 0,
      bindHost: '127.0.0.1',
    });
    return hub;
  });
  opened.push({ stop: async () => (await hub.stop(), box.shutdown()) });
  await hub.resumed();
  return hub;
}

describe('network mode across a restart', () => {
  it('comes back on by itself, with the same certificate, and says so in the audit trail', async () => {
    const dataDir = tempDir('priorites-hub-');
    const first: TestHub = await startTestHub({ dataDir });
    const before = await first.staff('staff.network', {});
    expect(before.on).toBe(true);
    // The process goes away without anyone switching network mode off.
    await first.stop();
    const hub = await restart(dataDir);
    const after = hub.status();
    expect(after.on).toBe(true);
    expect(after.fingerprint).toBe(before.fingerprint);
    // On, off as the process stopped, on again by itself.
    expect(networkModeTrail(dataDir)).toEqual([true, false, true]);
  });

  it('stays off when staff switched it off', async () => {
    const dataDir = tempDir('priorites-hub-');
    const first = await startTestHub({ dataDir });
    await first.staff('staff.setNetwork', { on: false });
    await first.stop();
    const hub = await restart(dataDir);
    expect(hub.status().on).toBe(false);
  });
});

/** The network-mode entries of the audit trail on disk: on or off, in order. */
function networkModeTrail(dataDir: string): unknown[] {
  return fs
    .readFileSync(path.join(dataDir, 'audit.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { action: string; details: { on?: unknown } })
    .filter((e) => e.action === 'network-mode')
    .map((e) => e.details.on);
}
