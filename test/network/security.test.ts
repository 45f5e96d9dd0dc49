/**
 * The hub's network listener gives nothing to anyone unpaired, a device only what its role
 * allows, and a revoked device nothing at once; pairing codes are single use, expire and
 * resist guessing; a relay with another certificate is refused by a paired device.
 * Everything runs on 127.0.0.1.
 */
import https from 'node:https';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, METHOD_NAMES } from '../../shared/api';
import { HubClient, pairWithHub, type HubLink } from '../../src-main/core/network/hub-client';
import { loadOrCreateIdentity } from '../../src-main/core/network/tls-identity';
import { newBallotId, startTestHub, tempDir, type TestHub } from './support/hub-fixture';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
/** A request from someone who ignores the certificate: what an intruder on the LAN can do. */
function raw(
  address: string,
  path: string,
  opts: { method?: string; token?: string; body?: string } = {},
): Promise<Raw> {
  const u = new URL(address);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: u.hostname,
        port: u.port,
        path,
        method: opts.method ?? 'POST',
        rejectUnauthorized: false,
        headers: {
          'Content-Type': 'application/json',
          ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
        },
        timeout: 5000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        // An event stream that opened would never end: a refused one always does.
        const t = setTimeout(() => {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        }, 1000);
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          clearTimeout(t);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}
const errorCode = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof ApiError) return e.code;
    throw e;
  }
};

let h: TestHub;
let kiosk: HubLink;
let projector: HubLink;

beforeAll(async () => {
  h = await startTestHub();
  kiosk = await pairWithHub({
    address: h.address,
    code: await h.code('kiosk', 'BE'),
    name: 'Borne BE',
  });
  projector = await pairWithHub({
    address: h.address,
    code: await h.code('projector'),
    name: 'Projo',
  });
}, 30_000);
afterAll(async () => {
  await h.stop();
});

describe('network listener: nobody unpaired gets anything', () => {
  it('refuses every method of the contract without a token, and with a made-up one', async () => {
    for (const method of METHOD_NAMES) {
      if (method === 'device.pair') continue; // how a token is obtained: tested below
      for (const token of [undefined, 'A'.repeat(43)]) {
        const r = await raw(h.address, `/api/${method}`, { token });
        expect([401, 403], `${method} ${token ? 'bogus' : 'none'}`).toContain(r.status);
        const body = JSON.parse(r.body) as { error: { code: string } };
        expect(['device-unpaired', 'forbidden']).toContain(body.error.code);
      }
    }
  });

  it('refuses the event stream and the pages’ data; sends a browser to pairing; no staff console', async () => {
    const ev = await raw(h.address, '/api/events', { method: 'GET' });
    expect(ev.status).toBe(401);
    expect(ev.body).not.toContain('event:');
    const page = await raw(h.address, '/kiosk', { method: 'GET' });
    expect(page.status).toBe(303);
    expect(page.headers.location).toBe('/pair');
    expect((await raw(h.address, '/results', { method: 'GET' })).status).toBe(303);
    expect((await raw(h.address, '/staff', { method: 'GET' })).status).toBe(403);
    expect((await raw(h.address, '/pair', { method: 'GET' })).status).toBe(200);
  });
});

describe('network listener: a device does only what its role does', () => {
  it('a kiosk reads its state (its own section), casts, and is refused staff and projector methods', async () => {
    const c = new HubClient(kiosk);
    try {
      expect((await c.call('kiosk.state', {})).section).toBe('BE');
      expect(await errorCode(c.call('results.get', {}))).toBe('device-role');
      for (const m of [
        'staff.overview',
        'staff.open',
        'staff.pinStatus',
        'staff.login',
        'staff.devices',
      ] as const)
        expect(await errorCode(c.call(m, {} as never))).toBe('forbidden');
      // A staff session token does not open staff methods on the network either.
      const r = await raw(h.address, '/api/staff.overview', { token: 'x' });
      expect(r.status).toBe(403);
      await h.staff('staff.open', {});
      const cast = await c.call('kiosk.cast', { ballotId: newBallotId(), ranking: [] });
      expect(cast.recorded).toBe(true);
      const mine = (await h.staff('staff.devices', {})).devices.find(
        (d) => d.id === kiosk.deviceId,
      );
      expect(mine).toMatchObject({ role: 'kiosk', section: 'BE', received: 1, online: true });
      expect((await h.staff('staff.overview', {})).bySection.BE).toBe(1);
      // A kiosk of Belgium cannot file a ballot under France.
      await c.call('kiosk.cast', { ballotId: newBallotId(), ranking: [], section: 'FR' });
      const after = (await h.staff('staff.overview', {})).bySection;
      expect([after.BE, after.FR ?? 0]).toEqual([2, 0]);
    } finally {
      c.close();
    }
  });

  it('a projector reads the released results and the state, and nothing else a kiosk does', async () => {
    const c = new HubClient(projector);
    try {
      expect((await c.call('results.get', {})).views.length).toBeGreaterThan(0);
      // The slide reads the election and the staff's language from the kiosk state.
      expect((await c.call('kiosk.state', {})).status).toBe('open');
      expect(await errorCode(c.call('kiosk.checkCode', { code: 'FR-ABCDEFG' }))).toBe(
        'device-role',
      );
      expect(await errorCode(c.call('kiosk.cast', { ballotId: newBallotId(), ranking: [] }))).toBe(
        'device-role',
      );
    } finally {
      c.close();
    }
  });
});

describe('network listener: revoking', () => {
  it('refuses a revoked token at once and closes its open event stream', async () => {
    const link = await pairWithHub({
      address: h.address,
      code: await h.code('kiosk', 'FR'),
      name: 'Borne FR',
    });
    const c = new HubClient(link);
    const seen: string[] = [];
    const refused: string[] = [];
    let up!: () => void;
    const isUp = new Promise<void>((r) => (up = r));
    const stop = c.events(
      (e) => seen.push(e),
      (on, why) => {
        if (on) up();
        if (why) refused.push(why.code);
      },
    );
    try {
      await isUp;
      await h.staff('staff.revokeDevice', { id: link.deviceId });
      await expect.poll(() => refused, { timeout: 5000 }).toContain('device-revoked');
      expect(await errorCode(c.call('kiosk.state', {}))).toBe('device-revoked');
      expect((await h.staff('staff.devices', {})).devices.map((d) => d.id)).not.toContain(
        link.deviceId,
      );
    } finally {
      stop();
      c.close();
    }
  });
});

describe('pairing codes over the network', () => {
  it('refuses a replayed code', async () => {
    const code = await h.code('kiosk', 'FR');
    await pairWithHub({ address: h.address, code, name: 'one' });
    expect(await errorCode(pairWithHub({ address: h.address, code, name: 'two' }))).toBe(
      'pairing-code-invalid',
    );
  });

  it('refuses an expired code', async () => {
    const short = await startTestHub();
    try {
      // Five minutes are simulated by a code issued with a lifetime already over.
      (short.hub.pairing as unknown as { deps: { ttlSeconds: number } }).deps.ttlSeconds = 0;
      const code = await short.code('projector');
      expect(await errorCode(pairWithHub({ address: short.address, code, name: 'late' }))).toBe(
        'pairing-code-invalid',
      );
    } finally {
      await short.stop();
    }
  });

  it('a guessing run is rate limited, then the right code waits too, and the audit counts it', async () => {
    const g = await startTestHub();
    try {
      const code = await g.code('kiosk', 'FR');
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const r = await raw(g.address, '/api/device.pair', {
          body: JSON.stringify({
            code: `ZZZZZZ${'23456789'[i % 8]}${'23456789'[(i >> 3) % 8]}`,
            name: 'x',
          }),
        });
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
      expect(await errorCode(pairWithHub({ address: g.address, code, name: 'real' }))).toBe(
        'pairing-rate-limited',
      );
      const audit = (await g.staff('staff.audit', {})).entries;
      expect(audit.filter((e) => e.action === 'pairing-failed')).toHaveLength(5);
      expect(audit.some((e) => e.action === 'pairing-limited')).toBe(true);
    } finally {
      await g.stop();
    }
  });
});

describe('a relay presenting another certificate', () => {
  it('is refused by a paired kiosk, and at pairing when the QR code’s fingerprint differs', async () => {
    const other = await loadOrCreateIdentity(tempDir('priorites-mitm-'));
    const hubUrl = new URL(h.address);
    // A man in the middle: terminates TLS with its own certificate, forwards to the hub.
    const relay = tls.createServer({ key: other.key, cert: other.cert }, (client) => {
      const up = tls.connect({
        host: hubUrl.hostname,
        port: Number(hubUrl.port),
        rejectUnauthorized: false,
      });
      client.pipe(up).pipe(client);
      client.on('error', () => up.destroy());
      up.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    const port = (relay.address() as { port: number }).port;
    const via = `https://127.0.0.1:${port}`;
    const c = new HubClient({ ...kiosk, address: via });
    try {
      expect(await errorCode(c.call('kiosk.state', {}))).toBe('hub-certificate');
      const fp = (await h.staff('staff.network', {})).fingerprint;
      expect(
        await errorCode(
          pairWithHub({ address: via, code: await h.code('kiosk'), name: 'x', fingerprint: fp }),
        ),
      ).toBe('hub-certificate');
    } finally {
      c.close();
      relay.close();
    }
  });
});
