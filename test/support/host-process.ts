/**
 * Starts the real web host (tsx src-main/host/main.ts) on a free port with its own data
 * folder, for end-to-end and fault tests. Nothing is mocked: the store on disk is the real one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface HostHandle {
  url: string;
  dataDir: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(prefix = 'priorites-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startHost(
  dataDir = tempDataDir(),
  env: Record<string, string> = {},
): Promise<HostHandle> {
  // Node itself runs the host (tsx only as a loader), so a signal reaches the host, not a launcher.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'src-main/host/main.ts'), '--port', '0'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, PRIORITES_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${err}`)), 45_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${err}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
