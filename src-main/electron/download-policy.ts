/**
 * Downloads in the desktop app. The console's codes PDF and the results slide are handed over
 * as blob links (what a browser saves by itself); Electron needs to be told where. Only blobs
 * made by the app's own pages are accepted; staff confirm where the file goes in the save
 * dialog, which starts in the Downloads folder under a name that overwrites nothing.
 */
import path from 'node:path';
import { isAppUrl } from './app-origin';
import type { Preventable } from './kiosk-input-wiring';

export interface SaveDialogOptions {
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
}

export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptions): void;
}

export interface DownloadSession {
  on(
    event: 'will-download',
    listener: (event: Preventable, item: DownloadItemLike) => void,
  ): unknown;
}

export interface DownloadOptions {
  downloadsDir: () => string;
  exists: (file: string) => boolean;
  log?: (message: string) => void;
}

const FALLBACK_NAME = 'priorites';

/** True for a blob: URL created by a page of the app (blob:app://priorites/<uuid>). */
export function isAppBlob(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/** A file name safe on FAT, NTFS and ext4: no folder, no reserved character, not too long. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return cleaned || FALLBACK_NAME;
}

/** name.pdf, else "name (2).pdf", "name (3).pdf"… the first that does not exist yet. */
export function uniquePath(dir: string, name: string, exists: (file: string) => boolean): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = path.join(dir, name);
  for (let n = 2; exists(candidate); n++) candidate = path.join(dir, `${stem} (${n})${ext}`);
  return candidate;
}

export function handleDownloads(session: DownloadSession, options: DownloadOptions): void {
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!isAppBlob(url)) {
      event.preventDefault();
      options.log?.(`download refused: ${url.slice(0, 200)}`);
      return;
    }
    const name = safeFileName(item.getFilename());
    const ext = path.extname(name).slice(1).toLowerCase();
    item.setSaveDialogOptions({
      defaultPath: uniquePath(options.downloadsDir(), name, options.exists),
      ...(ext ? { filters: [{ name: ext.toUpperCase(), extensions: [ext] }] } : {}),
    });
  });
}
