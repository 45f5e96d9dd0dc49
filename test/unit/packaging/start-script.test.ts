/**
 * `npm start` played on Windows, macOS and Linux with a stubbed spawn: it only ever starts
 * Node itself or an existing absolute file (never `npx`, which Windows cannot spawn without a
 * shell), a crash by signal is a failure, and each failure prints one sentence.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainDownloadFailure, progressLine } from '../../../scripts/electron-download-messages';
import { startApp, type SpawnSync, type StartDeps } from '../../../scripts/start-app';
import { repoRoot } from '../../support/host-process';

const EXECUTABLE = {
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
};
const PLATFORMS = ['win32', 'darwin', 'linux'] as const;

type Result = ReturnType<SpawnSync>;
const ok: Result = { status: 0, signal: null, error: undefined, stderr: '' };

/** An Electron package folder with (or without) its unpacked binary. */
function electronPackage(platform: keyof typeof EXECUTABLE, withBinary: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-electron-'));
  fs.writeFileSync(path.join(dir, 'install.js'), '');
  if (withBinary) {
    fs.writeFileSync(path.join(dir, 'path.txt'), EXECUTABLE[platform]);
    const bin = path.join(dir, 'dist', EXECUTABLE[platform]);
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.writeFileSync(bin, '');
    fs.writeFileSync(path.join(dir, 'dist', 'chrome-sandbox'), '');
  }
  return dir;
}

interface Run {
  code: number;
  calls: { command: string; args: readonly string[] }[];
  out: string[];
  err: string[];
}

function play(
  platform: (typeof PLATFORMS)[number],
  o: {
    withBinary?: boolean;
    answer?: (command: string, args: readonly string[]) => Result;
    files?: Record<string, string>;
    stat?: StartDeps['stat'];
  } = {},
): Run {
  const electronDir = electronPackage(platform, o.withBinary ?? true);
  const run: Run = { code: -1, calls: [], out: [], err: [] };
  run.code = startApp({
    root: repoRoot,
    electronDir,
    platform,
    env: {},
    execPath: process.execPath,
    spawnSync: (command, args) => {
      run.calls.push({ command, args });
      return o.answer?.(command, args) ?? ok;
    },
    exists: (f) => f in (o.files ?? {}) || fs.existsSync(f),
    readFile: (f) => {
      if (o.files && f in o.files) return o.files[f] ?? null;
      try {
        return fs.readFileSync(f, 'utf8');
      } catch {
        return null;
      }
    },
    stat: o.stat ?? (() => ({ uid: 0, mode: 0o104755 })),
    log: (l) => run.out.push(l),
    error: (l) => run.err.push(l),
  });
  return run;
}

const oneSentence = (lines: string[]) => {
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain('\n');
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/);
};

describe.each(PLATFORMS)('npm start on %s', (platform) => {
  it('spawns only Node itself or an existing absolute file, then exits with the app', () => {
    const r = play(platform, { withBinary: false, answer: () => ok });
    // The stub "installs" nothing, so the second look for the binary fails: one sentence.
    oneSentence(r.err);
    expect(r.code).toBe(1);

    const full = play(platform);
    expect(full.code).toBe(0);
    expect(full.calls.length).toBe(2);
    for (const { command, args } of [...r.calls, ...full.calls]) {
      expect(path.isAbsolute(command), command).toBe(true);
      expect(command === process.execPath || fs.existsSync(command), command).toBe(true);
      // Node runs a script of this checkout, named by its absolute path.
      if (command === process.execPath) {
        const script = args.find((a) => path.isAbsolute(a));
        expect(script !== undefined && fs.existsSync(script), args.join(' ')).toBe(true);
      }
      expect(command).not.toMatch(/npx|\.cmd$/);
    }
    expect(full.calls[0]?.args[0]).toBe(
      path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'),
    );
    expect(full.calls[1]?.args).toEqual(['.']);
  });

  it('a signal exit of Electron is a failure, told in one sentence', () => {
    const r = play(platform, {
      answer: (_c, args) => (args[0] === '.' ? { ...ok, status: null, signal: 'SIGSEGV' } : ok),
    });
    expect(r.code).not.toBe(0);
    oneSentence(r.err);
    expect(r.err[0]).toContain('SIGSEGV');
  });

  it('Electron exiting with a code passes that code on', () => {
    const r = play(platform, {
      answer: (_c, args) => (args[0] === '.' ? { ...ok, status: 3 } : ok),
    });
    expect(r.code).toBe(3);
  });

  it('a spawn that cannot start is told in one sentence, not swallowed', () => {
    const enoent = Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' });
    const r = play(platform, { answer: () => ({ ...ok, status: null, error: enoent }) });
    expect(r.code).toBe(1);
    oneSentence(r.err);
    expect(r.err[0]).toContain('ENOENT');
  });

  it('the first-run download shows a message, has a timeout, and its failure stops the start', () => {
    const seen: { args: readonly string[] }[] = [];
    const r = play(platform, {
      withBinary: false,
      answer: (_c, args) => {
        seen.push({ args });
        return { ...ok, status: 1 };
      },
    });
    expect(r.code).toBe(1);
    expect(r.out.join(' ')).toMatch(/Downloading Electron/);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.args).toContain(path.join(repoRoot, 'scripts', 'electron-download.ts'));
    // The download script printed its own sentence; start adds nothing.
    expect(r.err).toEqual([]);
    const timedOut = play(platform, {
      withBinary: false,
      answer: () => ({
        ...ok,
        status: null,
        signal: 'SIGTERM',
        error: Object.assign(new Error('spawnSync ETIMEDOUT'), { code: 'ETIMEDOUT' }),
      }),
    });
    expect(timedOut.code).toBe(1);
    oneSentence(timedOut.err);
    expect(timedOut.err[0]).toContain('20 minutes');
  });

  it('an archive that will not unpack is told in one sentence', () => {
    let n = 0;
    const r = play(platform, {
      withBinary: false,
      answer: () =>
        n++ === 0
          ? ok
          : {
              ...ok,
              status: 1,
              stderr: 'Error: EPERM: operation not permitted\n    at x (y.js:1:2)',
            },
    });
    expect(r.code).toBe(1);
    oneSentence(r.err);
    expect(r.err[0]).toContain('EPERM');
  });
});

describe('the Linux sandbox under AppArmor (Ubuntu 23.10+)', () => {
  const restricted = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' };

  it('refuses to start with an unprivileged helper, saying the fix in one sentence', () => {
    const r = play('linux', { files: restricted, stat: () => ({ uid: 1000, mode: 0o100755 }) });
    expect(r.code).toBe(1);
    oneSentence(r.err);
    expect(r.err[0]).toMatch(/chown root:root .*chrome-sandbox.* chmod 4755/);
    expect(r.calls.map((c) => c.args[0])).not.toContain('.');
  });

  it('starts when the helper is setuid root, or when the restriction is off, or elsewhere', () => {
    expect(play('linux', { files: restricted }).code).toBe(0);
    const off = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '0\n' };
    expect(play('linux', { files: off, stat: () => ({ uid: 1000, mode: 0o100755 }) }).code).toBe(0);
    expect(play('darwin', { files: restricted, stat: () => null }).code).toBe(0);
  });
});

describe('the first-run download names its cause', () => {
  const fetchFailed = (code: string) =>
    Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(code), { code }),
    });

  it.each([
    ['no network', fetchFailed('ENOTFOUND'), {}, /Pas d'accès à internet/],
    ['a proxy', fetchFailed('ECONNREFUSED'), { HTTPS_PROXY: 'http://proxy:3128' }, /proxy/],
    [
      'a proxy asking for credentials',
      Object.assign(new Error('Response code 407'), { response: { status: 407 } }),
      {},
      /proxy/,
    ],
    [
      'the server',
      Object.assign(new Error('Response code 404'), { response: { status: 404 } }),
      {},
      /serveur.*HTTP 404/,
    ],
    [
      'a checksum',
      new Error('Generated checksum for "electron.zip" did not match expected checksum.'),
      {},
      /somme de contrôle/,
    ],
    [
      'a full disk',
      Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }),
      {},
      /Plus de place/,
    ],
    ['permissions', Object.assign(new Error('EACCES'), { code: 'EACCES' }), {}, /droits/],
  ])('%s', (_name, error, env, expected) => {
    const line = explainDownloadFailure(error, env);
    expect(line).toMatch(expected);
    expect(line).not.toContain('\n');
  });

  it('a stalled transfer, and progress in percent and megabytes', () => {
    expect(explainDownloadFailure(new Error('stalled'), {}, true)).toMatch(/plus rien reçu/);
    expect(progressLine(47_500_000, 95_000_000)).toBe('Electron : 50 % (48 / 95 Mo / MB)');
  });
});

describe('npm run test:desktop', () => {
  it('without the Electron binary says in one sentence that it did not run, and fails', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-electron-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-desktop.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PRIORITES_ELECTRON_DIR: empty },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    oneSentence(r.stderr.trim().split('\n'));
    expect(r.stderr).toMatch(/did NOT run/);
    expect(r.stdout).toBe('');
  }, 60_000);

  it('is not part of npm test, whose Playwright run reads only test/e2e', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['test:desktop']).toContain('scripts/test-desktop.ts');
    expect(pkg.scripts.test).not.toContain('test:desktop');
    expect(fs.readFileSync(path.join(repoRoot, 'playwright.config.ts'), 'utf8')).toContain(
      "testDir: 'test/e2e'",
    );
  });
});
