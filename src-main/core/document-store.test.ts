import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { tempDir } from '../../test/fault/support/box-fixture';
import { BACKUPS, DamagedFileError, Doc } from './document-store';
import { StorageError } from './durable-file';
import { EMPTY_MARK, fileMark, textMark } from './seal';

const Schema = z.strictObject({ n: z.number().int() });
type D = z.infer<typeof Schema>;

function docIn() {
  const dir = tempDir();
  const file = path.join(dir, 'state.json');
  const backups = path.join(dir, 'backups');
  return { dir, file, backups, open: () => new Doc<D>(file, Schema, { n: 0 }, backups) };
}

afterEach(() => vi.restoreAllMocks());

describe('Doc and DurableJsonAdapter', () => {
  it('starts from the default, persists updates, and reads them back', () => {
    const d = docIn();
    const doc = d.open();
    expect(doc.data).toEqual({ n: 0 });
    expect(fs.existsSync(d.file)).toBe(false);
    doc.update((x) => void (x.n = 7));
    expect(d.open().data).toEqual({ n: 7 });
  });

  it(`keeps ${BACKUPS} rotated backups, the newest equal to the file`, () => {
    const d = docIn();
    const doc = d.open();
    for (let n = 1; n <= 5; n++) doc.update((x) => void (x.n = n));
    const backups = doc.adapter.backups();
    expect(backups).toHaveLength(BACKUPS);
    const values = backups.map((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as D).n);
    expect(values).toEqual([5, 4, 3]);
    expect(fs.readFileSync(backups[0] as string, 'utf8')).toBe(fs.readFileSync(d.file, 'utf8'));
  });

  it.each([
    ['a zero-length file', '', 'empty file'],
    ['a cut file', '{"n": 1', 'not JSON'],
    ['unexpected content', '{"n": "one"}', 'unexpected content at n'],
  ])('refuses %s with the file named, and leaves it untouched', (_, text, reason) => {
    const d = docIn();
    fs.writeFileSync(d.file, text);
    let err: unknown;
    try {
      d.open();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DamagedFileError);
    expect((err as DamagedFileError).file).toBe(d.file);
    expect((err as DamagedFileError).reason).toContain(reason);
    expect((err as Error).message).toContain(d.file);
    expect(fs.readFileSync(d.file, 'utf8')).toBe(text);
  });

  it('finds the newest good backup, skipping a damaged one', () => {
    const d = docIn();
    const doc = d.open();
    for (let n = 1; n <= 3; n++) doc.update((x) => void (x.n = n));
    fs.writeFileSync(doc.adapter.backupPath(1), 'garbage');
    expect(doc.adapter.lastGoodBackup()?.data).toEqual({ n: 2 });
  });

  it('puts the in-memory copy back when the write fails', () => {
    const d = docIn();
    const doc = d.open();
    doc.update((x) => void (x.n = 1));
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    expect(() => doc.update((x) => void (x.n = 2))).toThrow(StorageError);
    expect(doc.data).toEqual({ n: 1 });
    expect(d.open().data).toEqual({ n: 1 });
  });
});

describe('a document’s mark', () => {
  it('is the mark of the file on disk, without reading it again while the file is unchanged', () => {
    const d = docIn();
    const doc = d.open();
    expect(doc.adapter.mark()).toEqual(EMPTY_MARK);
    doc.update((x) => void (x.n = 3));
    const reopened = d.open();
    const read = vi.spyOn(fs, 'readFileSync');
    expect(doc.adapter.mark()).toEqual(fileMark(d.file));
    expect(reopened.adapter.mark()).toEqual(fileMark(d.file));
    // fileMark above read the file twice; the marks themselves read nothing.
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('follows a file replaced, changed in place or deleted behind its back', async () => {
    const d = docIn();
    const doc = d.open();
    doc.update((x) => void (x.n = 3));
    fs.writeFileSync(`${d.file}.new`, '{"n": 4}\n');
    fs.renameSync(`${d.file}.new`, d.file);
    expect(doc.adapter.mark()).toEqual(textMark('{"n": 4}\n'));
    // Past the file system's clock tick, an edit in place of the same length.
    await new Promise((r) => setTimeout(r, 30));
    const fd = fs.openSync(d.file, 'r+');
    fs.writeSync(fd, '5', 6);
    fs.closeSync(fd);
    expect(doc.adapter.mark()).toEqual(textMark('{"n": 5}\n'));
    fs.rmSync(d.file);
    expect(doc.adapter.mark()).toEqual(EMPTY_MARK);
  });
});
