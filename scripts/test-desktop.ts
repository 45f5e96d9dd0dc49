/**
 * `npm run test:desktop`: the smoke test of the real desktop app (test/desktop), through
 * Playwright's Electron support. It needs Electron's program, which the build machines cannot
 * download: there it says so in one sentence and exits non-zero, because a test that did not
 * run must never read as a pass. Run it before each release on Windows, macOS and Linux.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { binEntry, electronBinary } from './start-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir =
  process.env.PRIORITES_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron');
const readFile = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

export const NOT_RUN =
  "npm run test:desktop n'a PAS tourné : le programme Electron manque sur cette machine (lancez une fois `npm start` avec internet, puis recommencez). / npm run test:desktop did NOT run: the Electron binary is missing here (run `npm start` once with internet access, then try again).";

function run(): number {
  const binary = electronBinary({ electronDir, exists: fs.existsSync, readFile });
  if (!binary) {
    console.error(NOT_RUN);
    return 1;
  }
  const tool = (dir: string, bin: string) =>
    binEntry({ readFile }, path.join(root, 'node_modules', dir), bin) ?? '';
  const build = spawnSync(process.execPath, [tool('electron-vite', 'electron-vite'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) return build.status ?? 1;
  const test = spawnSync(
    process.execPath,
    [tool('@playwright/test', 'playwright'), 'test', '-c', 'playwright.desktop.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PRIORITES_ELECTRON_BINARY: binary },
    },
  );
  if (test.error) console.error(`Playwright: ${test.error.message}`);
  return test.status ?? 1;
}

process.exitCode = run();
