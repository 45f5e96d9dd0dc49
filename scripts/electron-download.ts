/**
 * First run of `npm start`: fetches Electron's program into @electron/get's cache (where
 * Electron's own installer then finds it) with the same version, platform and checksums as
 * that installer, showing progress, stopping when the transfer stalls, and naming the cause of
 * a failure in one sentence: proxy, no network, server, checksum, disk, permissions.
 * Usage: node --import tsx scripts/electron-download.ts ELECTRON_PACKAGE_DIR
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { explainDownloadFailure, progressLine } from './electron-download-messages';

/** No byte for this long: the connection is dead even if the socket says otherwise. */
const STALL_MS = 60_000;

interface Progress {
  transferred: number;
  total: number | null;
  percent: number;
}

const electronDir = path.resolve(process.argv[2] ?? 'node_modules/electron');
const require = createRequire(path.join(electronDir, 'package.json'));
const { version } = require('./package.json') as { version: string };
const checksums = require('./checksums.json') as Record<string, string>;

const { downloadArtifact } = (await import(
  pathToFileURL(require.resolve('@electron/get')).href
)) as {
  downloadArtifact(details: Record<string, unknown>): Promise<string>;
};

const abort = new AbortController();
let stall: NodeJS.Timeout | undefined;
const rearm = () => {
  clearTimeout(stall);
  stall = setTimeout(() => abort.abort(new Error('stalled')), STALL_MS);
};
let shown = -1;

try {
  rearm();
  await downloadArtifact({
    version,
    artifactName: 'electron',
    platform: process.env.ELECTRON_INSTALL_PLATFORM ?? process.platform,
    arch: process.env.ELECTRON_INSTALL_ARCH ?? process.arch,
    checksums,
    cacheRoot: process.env.electron_config_cache,
    downloadOptions: {
      quiet: true,
      signal: abort.signal,
      getProgressCallback: (p: Progress) => {
        rearm();
        const step = Math.floor(p.percent * 10);
        if (step === shown) return;
        shown = step;
        console.log(progressLine(p.transferred, p.total));
      },
    },
  });
  clearTimeout(stall);
} catch (e) {
  clearTimeout(stall);
  console.error(explainDownloadFailure(e, process.env, abort.signal.aborted));
  process.exit(1);
}
