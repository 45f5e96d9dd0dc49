// `npm start`: build, then open the desktop app. Electron downloads its binary on first use;
// where that cannot happen (no internet), say so in one sentence instead of a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// PRIORITES_ELECTRON_DIR lets a test point at an Electron package without its binary.
const electronDir =
  process.env.PRIORITES_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron');

function binaryPath() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const full = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(full) ? full : null;
}

let binary = binaryPath();
if (!binary && fs.existsSync(path.join(electronDir, 'install.js'))) {
  console.log('Téléchargement du programme Electron… / Downloading Electron…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe' });
  binary = binaryPath();
}
if (!binary) {
  console.error(
    "Le programme Electron n'a pas pu être téléchargé sur cette machine (il faut internet la première fois) : lancez plutôt `npm run host` pour ouvrir Priorités dans un navigateur. / The Electron binary is missing and could not be downloaded: use `npm run host` instead.",
  );
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(binary, ['.'], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 0);
