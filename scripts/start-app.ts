/**
 * What `npm start` does, with its outside world injected so that a test can play it on
 * Windows, macOS and Linux: fetch Electron's program on first use (with progress and a
 * timeout), build, check the Linux sandbox, open the app. Every command is Node itself
 * (`process.execPath` on a tool's JavaScript entry, never `npx`: since the CVE-2024-27980 fix
 * Windows will not start a `.cmd` without a shell) or the Electron executable. Every failure
 * ends in one sentence, French then English, and a non-zero exit code.
 */
import type { SpawnSyncOptions, SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

export type SpawnSync = (
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions,
) => Pick<SpawnSyncReturns<string | Buffer>, 'status' | 'signal' | 'error' | 'stderr'>;

export interface StartDeps {
  root: string;
  electronDir: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
  spawnSync: SpawnSync;
  exists(file: string): boolean;
  readFile(file: string): string | null;
  /** Owner uid and mode bits of a file, or null when it cannot be read. */
  stat(file: string): { uid: number; mode: number } | null;
  log(line: string): void;
  error(line: string): void;
}

/** First-run download: about 100 MB; past this the attempt is stopped and explained. */
export const DOWNLOAD_TIMEOUT_MS = 20 * 60_000;

const HOST_HINT = 'lancez plutôt `npm run host` pour ouvrir Priorités dans un navigateur';
const HOST_HINT_EN = 'use `npm run host` instead';

export const messages = {
  missing: () =>
    `Le programme Electron n'a pas pu être téléchargé sur cette machine (il faut internet la première fois) : ${HOST_HINT}. / The Electron binary is missing and could not be downloaded: ${HOST_HINT_EN}.`,
  downloadTimeout: (minutes: number) =>
    `Le téléchargement d'Electron n'a pas abouti en ${minutes} minutes (connexion trop lente ?) : relancez \`npm start\` ou ${HOST_HINT}. / The Electron download did not finish within ${minutes} minutes: run \`npm start\` again or ${HOST_HINT_EN}.`,
  unpack: (detail: string) =>
    `Electron a été téléchargé mais n'a pas pu être décompressé (${detail}) : supprimez node_modules/electron puis relancez \`npm install\`. / Electron was downloaded but could not be unpacked (${detail}): delete node_modules/electron and run \`npm install\` again.`,
  spawn: (what: string, detail: string) =>
    `Impossible de lancer ${what} (${detail}) : vérifiez que \`npm install\` s'est terminé sans erreur. / Could not start ${what} (${detail}): check that \`npm install\` completed.`,
  sandbox: (helper: string) =>
    `Ce Linux (Ubuntu 23.10 ou plus récent) interdit le bac à sable d'Electron : exécutez une fois \`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'\` puis relancez \`npm start\` (le paquet .deb le fait à l'installation). / This Linux blocks Electron's sandbox (AppArmor): run \`sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'\` once, then \`npm start\` again (the .deb package does this when installed).`,
  signal: (signal: string) =>
    `Priorités s'est arrêté brutalement (signal ${signal}) ; les votes confirmés restent enregistrés. / Priorités was killed by signal ${signal}; confirmed votes are kept.`,
} as const;

/** Electron's executable inside its package, as its own index.js finds it, or null. */
export function electronBinary(d: Pick<StartDeps, 'electronDir' | 'exists' | 'readFile'>) {
  const name = d.readFile(path.join(d.electronDir, 'path.txt'));
  if (!name) return null;
  const full = path.join(d.electronDir, 'dist', name);
  return d.exists(full) ? full : null;
}

/** The JavaScript file a package's `bin` entry runs, so that Node can run it directly. */
export function binEntry(d: Pick<StartDeps, 'readFile'>, packageDir: string, bin: string) {
  const text = d.readFile(path.join(packageDir, 'package.json'));
  if (!text) return null;
  const field = (JSON.parse(text) as { bin?: string | Record<string, string> }).bin;
  const rel = typeof field === 'string' ? field : field?.[bin];
  return rel ? path.join(packageDir, rel) : null;
}

const reason = (r: ReturnType<SpawnSync>) =>
  r.error ? ((r.error as NodeJS.ErrnoException).code ?? r.error.message) : `code ${r.status}`;

const lastLine = (s: string | Buffer | null | undefined) =>
  String(s ?? '')
    .trim()
    .split('\n')
    .filter((l) => l.trim() && !/^\s+at /.test(l))
    .pop() ?? 'unknown error';

/**
 * Ubuntu 23.10+ restricts unprivileged user namespaces through AppArmor; Chromium then needs
 * its setuid helper, which npm unpacks as an ordinary file (electron/electron#42510).
 */
export function sandboxBlocked(d: StartDeps, binary: string): string | null {
  if (d.platform !== 'linux') return null;
  if (d.readFile('/proc/sys/kernel/apparmor_restrict_unprivileged_userns')?.trim() !== '1')
    return null;
  const helper = path.join(path.dirname(binary), 'chrome-sandbox');
  const st = d.stat(helper);
  const setuidRoot = st !== null && st.uid === 0 && (st.mode & 0o4000) !== 0;
  return setuidRoot ? null : helper;
}

function fetchElectron(d: StartDeps): number {
  const installer = path.join(d.electronDir, 'install.js');
  if (!d.exists(installer)) {
    d.error(messages.missing());
    return 1;
  }
  d.log(
    'Téléchargement du programme Electron (environ 100 Mo)… / Downloading Electron (about 100 MB)…',
  );
  const download = d.spawnSync(
    d.execPath,
    ['--import', 'tsx', path.join(d.root, 'scripts', 'electron-download.ts'), d.electronDir],
    { stdio: 'inherit', cwd: d.root, timeout: DOWNLOAD_TIMEOUT_MS, killSignal: 'SIGTERM' },
  );
  if ((download.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    d.error(messages.downloadTimeout(DOWNLOAD_TIMEOUT_MS / 60_000));
    return 1;
  }
  if (download.error) {
    d.error(messages.spawn('le téléchargement / the download', reason(download)));
    return 1;
  }
  // The download script has already said why, in one sentence.
  if (download.status !== 0) return download.status ?? 1;
  // Electron's own installer now finds the archive in its cache and unpacks it.
  const unpack = d.spawnSync(d.execPath, [installer], {
    stdio: ['ignore', 'ignore', 'pipe'],
    cwd: d.root,
    encoding: 'utf8',
  });
  if (unpack.status !== 0 || unpack.error) {
    d.error(messages.unpack(unpack.error ? reason(unpack) : lastLine(unpack.stderr)));
    return 1;
  }
  return 0;
}

export function startApp(d: StartDeps): number {
  let binary = electronBinary(d);
  if (!binary) {
    const fetched = fetchElectron(d);
    if (fetched !== 0) return fetched;
    binary = electronBinary(d);
    if (!binary) {
      d.error(messages.missing());
      return 1;
    }
  }

  const vite = binEntry(d, path.join(d.root, 'node_modules', 'electron-vite'), 'electron-vite');
  if (!vite || !d.exists(vite)) {
    d.error(messages.spawn('electron-vite', 'node_modules/electron-vite'));
    return 1;
  }
  const build = d.spawnSync(d.execPath, [vite, 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    cwd: d.root,
  });
  if (build.error) {
    d.error(messages.spawn('electron-vite', reason(build)));
    return 1;
  }
  if (build.status !== 0) return build.status ?? 1;

  const helper = sandboxBlocked(d, binary);
  if (helper) {
    d.error(messages.sandbox(helper));
    return 1;
  }

  const run = d.spawnSync(binary, ['.'], { stdio: 'inherit', cwd: d.root });
  if (run.error) {
    d.error(messages.spawn('Electron', reason(run)));
    return 1;
  }
  if (run.signal) {
    d.error(messages.signal(run.signal));
    return 1;
  }
  return run.status ?? 1;
}
