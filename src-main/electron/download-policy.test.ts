import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  handleDownloads,
  isAppBlob,
  safeFileName,
  uniquePath,
  type DownloadItemLike,
  type SaveDialogOptions,
} from './download-policy';
import { FakeEmitter } from './testing/electron-fakes';

class FakeItem implements DownloadItemLike {
  dialog: SaveDialogOptions | null = null;
  constructor(
    private readonly url: string,
    private readonly name: string,
  ) {}
  getURL(): string {
    return this.url;
  }
  getFilename(): string {
    return this.name;
  }
  setSaveDialogOptions(options: SaveDialogOptions): void {
    this.dialog = options;
  }
}

const DOWNLOADS = path.join('/home', 'staff', 'Downloads');

function setup(existing: string[] = []) {
  const session = new FakeEmitter();
  const logged: string[] = [];
  handleDownloads(session, {
    downloadsDir: () => DOWNLOADS,
    exists: (f) => existing.includes(f),
    log: (m) => logged.push(m),
  });
  return { session, logged };
}

describe('downloads', () => {
  it('offers the Downloads folder for the codes PDF made by the console', () => {
    const { session } = setup();
    const item = new FakeItem('blob:app://priorites/4f0c', 'sip-2020-codes-FR.pdf');
    const event = session.fire('will-download', item);
    expect(event.defaultPrevented).toBe(false);
    expect(item.dialog).toEqual({
      defaultPath: path.join(DOWNLOADS, 'sip-2020-codes-FR.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('never offers to overwrite an earlier file', () => {
    const { session } = setup([
      path.join(DOWNLOADS, 'resultats.png'),
      path.join(DOWNLOADS, 'resultats (2).png'),
    ]);
    const item = new FakeItem('blob:app://priorites/1', 'resultats.png');
    session.fire('will-download', item);
    expect(item.dialog?.defaultPath).toBe(path.join(DOWNLOADS, 'resultats (3).png'));
  });

  it('refuses anything that is not a blob of the app’s own pages', () => {
    const { session, logged } = setup();
    for (const url of [
      'https://evil.example/x.exe',
      'blob:https://evil.example/1',
      'blob:app://other/1',
      'app://priorites/kiosk',
      'file:///etc/passwd',
      'data:application/pdf;base64,AA==',
    ]) {
      const item = new FakeItem(url, 'x.pdf');
      const event = session.fire('will-download', item);
      expect(event.defaultPrevented, url).toBe(true);
      expect(item.dialog, url).toBeNull();
    }
    expect(logged).toHaveLength(6);
  });

  it('keeps a hostile file name inside the folder', () => {
    const { session } = setup();
    const item = new FakeItem('blob:app://priorites/2', '../../.bashrc');
    session.fire('will-download', item);
    expect(item.dialog?.defaultPath).toBe(path.join(DOWNLOADS, 'bashrc'));
  });
});

describe('file names', () => {
  it('removes folders, reserved characters and trailing dots', () => {
    expect(safeFileName('a/b\\c:d*e?.pdf')).toBe('c_d_e_.pdf');
    expect(safeFileName('rapport.  ')).toBe('rapport');
    expect(safeFileName('..')).toBe('priorites');
    expect(safeFileName('x'.repeat(300)).length).toBe(150);
  });

  it('numbers copies before the extension', () => {
    const taken = new Set(['/d/a.pdf']);
    expect(uniquePath('/d', 'a.pdf', (f) => taken.has(f))).toBe(path.join('/d', 'a (2).pdf'));
    expect(uniquePath('/d', 'b.pdf', (f) => taken.has(f))).toBe(path.join('/d', 'b.pdf'));
  });

  it('recognises app blobs only', () => {
    expect(isAppBlob('blob:app://priorites/abc')).toBe(true);
    expect(isAppBlob('blob:app://priorites.evil/abc')).toBe(false);
    expect(isAppBlob('app://priorites/abc')).toBe(false);
  });
});
