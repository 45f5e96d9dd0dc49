/** The two start-up failures a newcomer meets first get one clear sentence, not a stack trace. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDataDir } from '../../support/host-process';

function run(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('start-up messages', () => {
  it('npm start without the Electron binary points to npm run host in one sentence', async () => {
    const fakeElectron = fs.mkdtempSync(path.join(os.tmpdir(), 'no-electron-'));
    const r = await run(['--import', 'tsx', 'scripts/start.ts'], {
      PRIORITES_ELECTRON_DIR: fakeElectron,
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('npm run host');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a busy port gets a clear message and a non-zero exit', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await run(['--import', 'tsx', 'src-main/host/main.ts', '--port', String(port)], {
        PRIORITES_DATA_DIR: tempDataDir(),
      });
      expect(r.code).toBe(1);
      expect(r.err).toContain(`Le port ${port} est déjà utilisé`);
      expect(r.err).toContain('--port');
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('an invalid --port is refused before anything opens', async () => {
    const r = await run(['--import', 'tsx', 'src-main/host/main.ts', '--port', 'quatre'], {
      PRIORITES_DATA_DIR: tempDataDir(),
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Port invalide');
  }, 60_000);
});
