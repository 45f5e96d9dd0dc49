import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ballotId, openedBox, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import { ApiService } from '../core/api-service';
import type { BallotBox } from '../core/ballot-box';
import { createHostServer } from './http-server';

let box: BallotBox;
let server: http.Server;
let port: number;

beforeAll(async () => {
  box = openedBox(tempDir(), { batchSize: 2 }).box;
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>P</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  const service = new ApiService({
    box,
    files: {
      listDrives: () => Promise.resolve([]),
      exportTo: () => Promise.reject(new Error('unused')),
      importFiles: () => Promise.reject(new Error('unused')),
      minutes: () => Promise.reject(new Error('unused')),
    },
    now: () => new Date(),
    newToken: () => 'token',
  });
  server = createHostServer({ service, staticDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  box.shutdown();
});

function request(
  p: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', text }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = { 'Content-Type': 'application/json' };
const errorCode = (text: string) => (JSON.parse(text) as { error: { code: string } }).error.code;

describe('createHostServer', () => {
  it('serves the API: a cast answers 200 and is stored', async () => {
    const r = await request('/api/kiosk.cast', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ballotId: ballotId(), ranking: [OPTIONS[0]] }),
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ value: { recorded: true, duplicate: false } });
    expect(box.counts().ballots).toBe(1);
  });

  it('refuses a foreign Host header and a cross-origin request (DNS rebinding, CSRF)', async () => {
    const host = await request('/api/kiosk.state', {
      method: 'POST',
      headers: { ...json, Host: 'evil.example:80' },
      body: '{}',
    });
    expect(host.status).toBe(403);
    const origin = await request('/api/kiosk.state', {
      method: 'POST',
      headers: { ...json, Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(errorCode(origin.text)).toBe('forbidden');
  });

  it('accepts only its own origin: another port of 127.0.0.1 or localhost is another site', async () => {
    const from = (o: string) =>
      request('/api/kiosk.state', { method: 'POST', headers: { ...json, Origin: o }, body: '{}' });
    for (const other of [
      `http://127.0.0.1:${port + 1}`,
      `http://localhost:${port + 1}`,
      'http://127.0.0.1',
    ])
      expect(errorCode((await from(other)).text), other).toBe('forbidden');
    for (const own of [`http://127.0.0.1:${port}`, `http://localhost:${port}`])
      expect((await from(own)).status, own).toBe(200);
  });

  it('answers a malformed address with 400, not 500', async () => {
    const r = await request('/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(errorCode(r.text)).toBe('bad-request');
  });

  it('refuses a staff call without a session before reading its body', async () => {
    // The body never ends: an answer can only come from a check made before reading it.
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: '/api/staff.import', method: 'POST', headers: json },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write('{"files":[{"name":"a.csv","content":"' + 'x'.repeat(1_000_000));
      setTimeout(() => req.destroy(), 5_000).unref();
    });
    expect(answer.status).toBe(403);
    expect(errorCode(answer.text)).toBe('staff-only');
  });

  it('answers an oversized body with a JSON refusal instead of resetting the connection', async () => {
    const r = await request('/api/kiosk.cast', {
      method: 'POST',
      headers: json,
      body: Buffer.alloc(1_500_000, 0x20),
    });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/json');
    expect(JSON.parse(r.text)).toMatchObject({
      error: { code: 'bad-request', params: { limit: 1_000_000 } },
    });
  });

  it('refuses GET on the API, non-JSON bodies and broken JSON with clear errors', async () => {
    expect((await request('/api/kiosk.state')).status).toBe(400);
    const plain = await request('/api/kiosk.state', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(errorCode(plain.text)).toBe('bad-request');
    const broken = await request('/api/kiosk.state', { method: 'POST', headers: json, body: '{' });
    expect(errorCode(broken.text)).toBe('bad-request');
  });

  it('serves the pages and refuses to walk out of the static folder', async () => {
    for (const p of ['/', '/kiosk', '/results', '/staff']) {
      const r = await request(p);
      expect(r.status).toBe(200);
      expect(r.text).toContain('<title>P</title>');
    }
    expect((await request('/../secret.txt')).status).toBe(404);
    expect((await request('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await request('/', { method: 'DELETE' })).status).toBe(400);
  });

  it('pushes a results event when a batch is released', async () => {
    const got = new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/api/events' }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => {
          text += d.toString();
          if (text.includes('event: results')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 100));
    // One ballot is already in. The slide trails by one batch (of two): the fourth releases two.
    for (let i = 0; i < 3; i++) box.cast({ ballotId: ballotId(), ranking: [OPTIONS[1] as string] });
    const text = await got;
    expect(text).toMatch(/event: results\ndata: \{.*"released":2/);
  });
});
