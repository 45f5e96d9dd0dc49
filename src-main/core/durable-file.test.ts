import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test/fault/support/box-fixture';
import { AppendFile, scanLines, storageError, StorageError, writeFileAtomic } from './durable-file';

const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('replaces the whole file and leaves no temporary file behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'doc.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir)).toEqual(['doc.json']);
  });

  it('keeps the old content and reports disk-full when the disk is full', () => {
    const dir = tempDir();
    const file = path.join(dir, 'doc.json');
    writeFileAtomic(file, 'old');
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw enospc();
    });
    let err: unknown;
    try {
      writeFileAtomic(file, 'new');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('disk-full');
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['doc.json']);
  });
});

describe('AppendFile', () => {
  it('appends whole lines and survives reopening', () => {
    const file = path.join(tempDir(), 'log.jsonl');
    const a = new AppendFile(file);
    a.append('a\n');
    a.append('b\n');
    a.close();
    const b = new AppendFile(file);
    expect(b.bytes).toBe(4);
    b.append('c\n');
    b.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('a\nb\nc\n');
  });

  it('cuts a failed append back so that no half line stays in the file', () => {
    const file = path.join(tempDir(), 'log.jsonl');
    const a = new AppendFile(file);
    a.append('kept\n');
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw enospc();
    });
    expect(() => a.append('lost\n')).toThrow(StorageError);
    expect(fs.readFileSync(file, 'utf8')).toBe('kept\n');
    a.append('next\n');
    a.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('kept\nnext\n');
  });

  it('truncates to a given size', () => {
    const file = path.join(tempDir(), 'log.jsonl');
    const a = new AppendFile(file);
    a.append('one\ntwo');
    a.truncate(4);
    a.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('one\n');
  });
});

describe('storageError', () => {
  it('tells a full disk from other failures', () => {
    expect(storageError('f', enospc()).kind).toBe('disk-full');
    expect(storageError('f', Object.assign(new Error('quota'), { code: 'EDQUOT' })).kind).toBe(
      'disk-full',
    );
    expect(storageError('f', Object.assign(new Error('io'), { code: 'EIO' })).kind).toBe('failed');
    expect(storageError('/x/f', enospc()).message).toContain('/x/f');
  });
});

describe('scanLines', () => {
  it('returns complete lines with their numbers and a torn tail', () => {
    const s = scanLines(Buffer.from('a\n\nb\nhalf'));
    expect(s.lines).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 3 },
    ]);
    expect(s.goodBytes).toBe(5);
    expect(s.tornTail).toBe('half');
  });

  it('has no torn tail when the file ends with a newline', () => {
    expect(scanLines(Buffer.from('a\n')).tornTail).toBeNull();
    expect(scanLines(Buffer.alloc(0))).toEqual({ lines: [], goodBytes: 0, tornTail: null });
  });
});
