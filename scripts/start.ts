// `npm start`: build, then open the desktop app (see start-app.ts for what can go wrong).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './start-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = startApp({
  root,
  // PRIORITES_ELECTRON_DIR lets a test point at an Electron package without its binary.
  electronDir: process.env.PRIORITES_ELECTRON_DIR ?? path.join(root, 'node_modules', 'electron'),
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  spawnSync,
  exists: fs.existsSync,
  readFile: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  stat: (file) => {
    try {
      const s = fs.statSync(file);
      return { uid: s.uid, mode: s.mode };
    } catch {
      return null;
    }
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
