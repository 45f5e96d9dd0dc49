/**
 * The real web host for fault tests, started as a plain `node` process so that a SIGKILL hits
 * the process that holds the files (the `tsx` launcher of test/support/host-process.ts runs
 * the host in a grandchild, which survives a SIGKILL of the launcher). The host's own sources
 * are bundled once with esbuild (dependencies stay external): a restart costs about a second
 * instead of three, which is what makes 50 kills fit in the time of a test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/host-process';

const bundles = new Map<string, string>();

/** Bundle an entry point of the repo into node_modules/.cache (so bare imports resolve). */
export function bundle(entry: string): string {
  const known = bundles.get(entry);
  if (known) return known;
  const out = path.join(
    repoRoot,
    'node_modules/.cache/priorites-fault',
    `${path.basename(entry, '.ts')}-${process.pid}.mjs`,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(
    path.join(repoRoot, 'node_modules/.bin/esbuild'),
    [
      path.join(repoRoot, entry),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${out}`,
      '--log-level=warning',
    ],
    { cwd: repoRoot },
  );
  bundles.set(entry, out);
  process.once('exit', () => fs.rmSync(out, { force: true }));
  return out;
}

export interface FaultHost {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Spawn the host; resolves at READY, or rejects with its stderr if it exits first. */
export function spawnHost(
  dataDir: string,
  opts: { env?: Record<string, string>; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<FaultHost> {
  const child = spawn(process.execPath, [bundle('src-main/host/main.ts'), '--port', '0'], {
    cwd: repoRoot,
    // The bundle lives under node_modules/.cache: tell it where the built pages are.
    env: {
      PRIORITES_STATIC_DIR: path.join(repoRoot, 'out/renderer'),
      ...process.env,
      ...opts.env,
      PRIORITES_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  opts.onSpawn?.(child);
  // A failed assertion must not leave a host running after the test process is gone.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise<FaultHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`host did not start within 30 s: ${err}`));
    }, 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1] as string, child, exited, stderr: () => err, kill });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`host exited with ${code}: ${err}`), { code, stderr: err }));
    });
  });
}
