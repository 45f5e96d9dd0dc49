/**
 * The first-run download script against a local mirror (ELECTRON_MIRROR, loopback only): it
 * shows its progress, and a wrong file is reported as a corrupt download and a missing one as
 * the server's refusal, each in one sentence, not as "no internet".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/host-process';

const SIZE = 4_000_000;
let server: http.Server;
let mirror = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url?.includes('missing')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Length': SIZE });
    res.end(Buffer.alloc(SIZE));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

function download(
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-electron-cache-'));
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/electron-download.ts',
        path.join(repoRoot, 'node_modules/electron'),
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, electron_config_cache: cache, ELECTRON_MIRROR: mirror, ...env },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('first-run Electron download', () => {
  it('shows its progress, then calls a file that does not match its checksum corrupt', async () => {
    const r = await download({});
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Electron : \d+ % \(\d+ \/ 4 Mo \/ MB\)/);
    expect(r.out).toContain('Electron : 100 %');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/somme de contrôle/);
  }, 60_000);

  it('a refusal of the server is the server, not the network', async () => {
    const r = await download({ ELECTRON_CUSTOM_DIR: 'missing' });
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/serveur.*HTTP 404/);
  }, 60_000);
});
