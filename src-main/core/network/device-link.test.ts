/**
 * A device's link to a hub through its ApiService, with a fake pairing and a fake joined
 * core: joining only from a fresh box, the link kept 0600 across a restart, kiosk calls and
 * events routed to the joined core while the vote's staff methods are refused, unpairing
 * refused while ballots wait.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CallResult,
  EventName,
  EventPayload,
  Input,
  KioskState,
  MethodName,
} from '../../../shared/api';
import type { ApiService } from '../api-service';
import { explainStartFailure, startBox } from '../start-box';
import { DeviceLink, type JoinedCore } from './device-link';
import type { HubLink } from './hub-client';

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

class FakeCore implements JoinedCore {
  calls: string[] = [];
  listeners = new Set<Listener>();
  started = false;
  link: JoinedCore['link'] = { reachable: true, waiting: 0 };
  constructor(readonly hub: HubLink) {}
  start() {
    this.started = true;
  }
  stop() {
    this.started = false;
  }
  on(l: Listener) {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  push<E extends EventName>(e: E, p: EventPayload<E>) {
    for (const l of this.listeners) l(e, p);
  }
  async call(raw: unknown): Promise<CallResult> {
    this.calls.push((raw as { method: string }).method);
    return { ok: true, value: { recorded: true, duplicate: false } };
  }
}

const link = (role: 'kiosk' | 'projector'): HubLink => ({
  address: 'https://127.0.0.1:9',
  cert: 'CERT',
  fingerprint: 'AA:BB',
  token: 'secret-token',
  deviceId: 'dev1',
  role,
  section: role === 'kiosk' ? 'BE' : null,
});

const dirs: string[] = [];
const opened: ApiService[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.shutdown();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function device(dataDir: string, role: 'kiosk' | 'projector' = 'kiosk') {
  const cores: FakeCore[] = [];
  const paired: unknown[] = [];
  const { service, box } = startBox(dataDir, undefined, undefined, undefined, (b) => {
    return new DeviceLink({
      dataDir: b.dataDir,
      audit: (a, d) => b.audit(a, d),
      findHubs: () => [{ name: 'Accueil', host: '10.0.0.2', port: 8418, fingerprint: 'AA' }],
      pair: async (o) => (paired.push(o), link(role)),
      core: (l) => {
        const c = new FakeCore(l);
        cores.push(c);
        return c;
      },
    });
  });
  opened.push(service);
  let token: string | null = null;
  const call = async <M extends MethodName>(method: M, input: Input<M>) =>
    service.call({ method, input, token });
  const ok = async <M extends MethodName>(method: M, input: Input<M>) => {
    const r = await call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
    return r.value as never;
  };
  return {
    service,
    box,
    cores,
    paired,
    call,
    ok,
    signIn: async () => {
      const r = await service.call({ method: 'staff.setPin', input: { pin: '4242' } });
      const again = r.ok
        ? r
        : await service.call({ method: 'staff.login', input: { pin: '4242' } });
      token = (again as { value: { token: string } }).value.token;
    },
  };
}

const fresh = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-join-'));
  dirs.push(d);
  return d;
};
const pairInput = {
  address: '127.0.0.1:9',
  code: 'abcd-2345',
  name: 'Borne 2',
};

describe('joining a hub from the console (behind the local PIN)', () => {
  it('needs a staff session, lists the hubs found, and joins a fresh box', async () => {
    const d = device(fresh());
    expect(await d.call('join.status', {})).toMatchObject({ ok: false });
    await d.signIn();
    expect(await d.ok('join.status', {})).toMatchObject({ mode: 'standalone', canJoin: true });
    expect(await d.ok('join.findHubs', {})).toEqual({
      hubs: [{ name: 'Accueil', host: '10.0.0.2', port: 8418, fingerprint: 'AA' }],
    });
    const s = await d.ok('join.pair', pairInput);
    expect(s).toMatchObject({ mode: 'kiosk', section: 'BE', canJoin: false });
    expect(d.paired).toEqual([
      { address: 'https://127.0.0.1:9', code: 'ABCD2345', name: 'Borne 2' },
    ]);
    expect(d.cores[0]?.started).toBe(true);
    const audit = (await d.ok('staff.audit', {})) as { entries: { action: string }[] };
    expect(audit.entries.map((e) => e.action)).toContain('joined-hub');
  });

  it('refuses to join once the local box holds a ballot or is open', async () => {
    const d = device(fresh());
    await d.signIn();
    await d.ok('staff.open', {});
    expect(await d.ok('join.status', {})).toMatchObject({ canJoin: false });
    const r = await d.call('join.pair', pairInput);
    expect(r.ok ? null : r.error.code).toBe('wrong-state');
    expect(d.paired).toEqual([]);
  });

  it('keeps the link in a 0600 file, and a restart is still joined', async () => {
    const dir = fresh();
    const d = device(dir);
    await d.signIn();
    await d.ok('join.pair', pairInput);
    const file = path.join(dir, 'network', 'hub-link.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).link.token).toBe('secret-token');
    d.service.shutdown();
    opened.splice(0);
    const again = device(dir);
    await again.signIn();
    expect(await again.ok('join.status', {})).toMatchObject({ mode: 'kiosk', section: 'BE' });
    expect(again.cores[0]?.started).toBe(true);
  });
});

describe('a damaged link file', () => {
  it('stops the start with a sentence saying what to do, the box left closed', () => {
    const dir = fresh();
    fs.mkdirSync(path.join(dir, 'network'));
    fs.writeFileSync(path.join(dir, 'network', 'hub-link.json'), '{"version":1,"na');
    let failure: unknown = null;
    try {
      device(dir);
    } catch (e) {
      failure = e;
    }
    expect(explainStartFailure(failure)).toMatch(/Le lien vers le poste central .* est illisible/);
    // The lock was released: the folder opens once the file is moved away.
    fs.renameSync(path.join(dir, 'network', 'hub-link.json'), path.join(dir, 'moved.json'));
    expect(() => device(dir)).not.toThrow();
  });
});

describe('a joined kiosk', () => {
  it('sends kiosk calls to the joined core and the hub’s kiosk events to its screens', async () => {
    const d = device(fresh());
    await d.signIn();
    await d.ok('join.pair', pairInput);
    const seen: string[] = [];
    d.service.on((e, p) => seen.push(`${e}:${(p as { section?: string }).section ?? ''}`));
    await d.call('kiosk.cast', { ballotId: 'a'.repeat(32), ranking: [] });
    await d.call('kiosk.state', {});
    expect(d.cores[0]?.calls).toEqual(['kiosk.cast', 'kiosk.state']);
    // The local box's own kiosk events no longer reach the screens; the hub's do.
    await d.ok('staff.setLanguage', { language: 'nl' });
    expect(seen.filter((s) => s.startsWith('kiosk'))).toEqual([]);
    d.cores[0]?.push('kiosk', { section: 'BE' } as KioskState);
    expect(seen).toContain('kiosk:BE');
  });

  it('refuses the vote’s staff methods locally: the vote runs at the hub', async () => {
    const d = device(fresh());
    await d.signIn();
    await d.ok('join.pair', pairInput);
    for (const m of ['staff.open', 'staff.generateCodes', 'staff.setNetwork'] as const) {
      const input =
        m === 'staff.generateCodes'
          ? { section: 'FR', count: 1 }
          : m === 'staff.setNetwork'
            ? { on: true }
            : {};
      const r = await d.call(m, input as never);
      expect(r.ok ? null : r.error.code).toBe('wrong-state');
    }
    expect(d.box.status).toBe('preparation');
  });

  it('refuses to unpair while ballots wait, unless the hub revoked it; then back to stand-alone', async () => {
    const dir = fresh();
    const d = device(dir);
    await d.signIn();
    await d.ok('join.pair', pairInput);
    const core = d.cores[0] as FakeCore;
    fs.mkdirSync(path.join(dir, 'joined'));
    fs.writeFileSync(path.join(dir, 'joined', 'outbox.jsonl'), '{"kept":true}\n');
    core.link = { reachable: false, waiting: 3 };
    const refused = await d.call('join.unpair', { confirm: true });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'wrong-state',
      params: { waiting: 3 },
    });
    core.link = { reachable: false, waiting: 3, problem: 'revoked' };
    const seen: string[] = [];
    d.service.on((e) => seen.push(e));
    expect(await d.ok('join.unpair', { confirm: true })).toMatchObject({
      mode: 'standalone',
      canJoin: true,
    });
    expect(core.started).toBe(false);
    expect(fs.existsSync(path.join(dir, 'network', 'hub-link.json'))).toBe(false);
    // The ballots that never reached the hub are kept aside, never offered to another hub.
    expect(fs.readFileSync(path.join(dir, 'joined-left-1', 'outbox.jsonl'), 'utf8')).toContain(
      'kept',
    );
    expect(seen).toEqual(expect.arrayContaining(['kiosk', 'results']));
    // Calls are the local box's again.
    const state = await d.ok('kiosk.state', {});
    expect(state).toMatchObject({ status: 'preparation' });
    expect(core.calls).toEqual([]);
  });
});

describe('a joined projector', () => {
  it('reads results from the joined core and refuses to vote there', async () => {
    const d = device(fresh(), 'projector');
    await d.signIn();
    expect(await d.ok('join.pair', pairInput)).toMatchObject({ mode: 'projector', section: null });
    await d.call('results.get', {});
    expect(d.cores[0]?.calls).toEqual(['results.get']);
    const seen: string[] = [];
    d.service.on((e) => seen.push(e));
    d.cores[0]?.push('results', {} as EventPayload<'results'>);
    expect(seen).toEqual(['results']);
  });
});
