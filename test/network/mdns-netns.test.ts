/**
 * mDNS discovery for real, but only inside two network namespaces this test makes and deletes
 * (a veth pair between them, private addresses): a hub with network mode on in one announces
 * itself; a kiosk's browser in the other finds its name, address, port and fingerprint; the
 * hub's switch-off says goodbye and the hub leaves the list; switched on again it comes back.
 * Nothing multicasts on this machine's own interfaces. Needs root and `ip netns` (CI runs as
 * root); skipped with the reason otherwise.
 */
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundHub } from '../../src-main/core/network/hub-discovery';

const tag = randomBytes(3).toString('hex');
const nsHub = `prio-mdns-${tag}-h`;
const nsKiosk = `prio-mdns-${tag}-k`;
const vethHub = `pmh${tag}`;
const vethKiosk = `pmk${tag}`;
const hubAddress = '10.213.7.1';
const kioskAddress = '10.213.7.2';

const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });

function whyNot(): string | null {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  if (process.getuid?.() !== 0) return 'making network namespaces needs root';
  const probe = `prio-mdns-${tag}-probe`;
  const r = ip('netns', 'add', probe);
  if (r.error || r.status !== 0) return `ip netns unavailable: ${r.error?.message ?? r.stderr}`;
  ip('netns', 'del', probe);
  return null;
}
const skip = whyNot();
if (skip) console.warn(`mdns-netns skipped: ${skip}`);

function must(...args: string[]): void {
  const r = ip(...args);
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr}`);
}

const child = path.join(import.meta.dirname, 'support/mdns-child.ts');
type Child = ChildProcessByStdio<Writable, Readable, null>;
const children: Child[] = [];

function run(ns: string, ...args: string[]): { proc: Child; lines: string[] } {
  const proc = spawn(
    'ip',
    ['netns', 'exec', ns, process.execPath, '--import', 'tsx', child, ...args],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  children.push(proc);
  const lines: string[] = [];
  readline.createInterface({ input: proc.stdout }).on('line', (l) => lines.push(l));
  return { proc, lines };
}

/** Waits (at most `ms`) for a line that `test` accepts, looking from `from` on. */
async function waitFor<T>(
  lines: string[],
  pick: (line: string) => T | undefined,
  ms = 15_000,
  from = 0,
): Promise<{ value: T; at: number }> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const [i, line] of lines.entries()) {
      const v = i >= from ? pick(line) : undefined;
      if (v !== undefined) return { value: v, at: i };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out; last lines: ${lines.slice(-3).join(' | ')}`);
}

const listed = (line: string): FoundHub[] | undefined =>
  line.startsWith('LIST ') ? (JSON.parse(line.slice(5)) as FoundHub[]) : undefined;

describe.skipIf(skip !== null)('mDNS discovery between two network namespaces', () => {
  let dataDir = '';

  beforeAll(() => {
    must('netns', 'add', nsHub);
    must('netns', 'add', nsKiosk);
    must(
      'link',
      'add',
      vethHub,
      'netns',
      nsHub,
      'type',
      'veth',
      'peer',
      'name',
      vethKiosk,
      'netns',
      nsKiosk,
    );
    must('-n', nsHub, 'addr', 'add', `${hubAddress}/24`, 'dev', vethHub);
    must('-n', nsKiosk, 'addr', 'add', `${kioskAddress}/24`, 'dev', vethKiosk);
    for (const [ns, dev] of [
      [nsHub, vethHub],
      [nsKiosk, vethKiosk],
    ] as const) {
      must('-n', ns, 'link', 'set', 'lo', 'up');
      must('-n', ns, 'link', 'set', dev, 'multicast', 'on');
      must('-n', ns, 'link', 'set', dev, 'up');
    }
    // The kiosk browses without naming an interface, as on a laptop: multicast follows the
    // route, which a namespace without a default route needs spelled out.
    must('-n', nsKiosk, 'route', 'add', '224.0.0.0/4', 'dev', vethKiosk);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prio-mdns-'));
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    ip('netns', 'del', nsHub);
    ip('netns', 'del', nsKiosk);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    const left = ip('netns', 'list').stdout;
    expect(left).not.toContain(`prio-mdns-${tag}`);
  });

  it('finds the hub with its port and fingerprint, loses it at switch-off, finds it again', async () => {
    fs.mkdirSync(path.join(dataDir, 'box'));
    const hub = run(nsHub, 'hub', path.join(dataDir, 'box'), hubAddress, 'Priorités Salle 2');
    const ready = await waitFor(hub.lines, (l) =>
      l.startsWith('READY ') ? l.split(' ').slice(1) : undefined,
    );
    const [port, fingerprint] = ready.value;
    expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    const kiosk = run(nsKiosk, 'browse');
    const found = await waitFor(kiosk.lines, (l) => {
      const list = listed(l);
      return list && list.length > 0 ? list : undefined;
    });
    expect(found.value).toEqual([
      { name: 'Priorités Salle 2', host: hubAddress, port: Number(port), fingerprint },
    ]);

    hub.proc.stdin.write('off\n');
    await waitFor(hub.lines, (l) => (l === 'OFF' ? true : undefined));
    // The goodbye, not the TTL (two minutes), takes it off the list.
    const gone = await waitFor(
      kiosk.lines,
      (l) => (listed(l)?.length === 0 ? true : undefined),
      5_000,
      found.at + 1,
    );

    hub.proc.stdin.write('on\n');
    const back = await waitFor(
      kiosk.lines,
      (l) => {
        const list = listed(l);
        return list && list.length > 0 ? list : undefined;
      },
      15_000,
      gone.at + 1,
    );
    expect(back.value).toMatchObject([{ host: hubAddress, fingerprint }]);
    hub.proc.stdin.end();
  }, 60_000);
});
