import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ballotId, tempDir } from '../../test/fault/support/box-fixture';
import { CastJournal, type CastIntent } from './cast-journal';
import { StorageError } from './durable-file';

const intent = (): CastIntent => ({
  ballot: { id: ballotId(), election: 'sip-2020-2021', section: 'FR', ranking: ['accompagnement'] },
  codeHash: 'a'.repeat(64),
});

afterEach(() => vi.restoreAllMocks());

describe('CastJournal', () => {
  it('holds one pending intent until cleared, across a reopen', () => {
    const file = path.join(tempDir(), 'cast-journal.json');
    const j = new CastJournal(file);
    expect(j.pending()).toBeNull();
    const first = intent();
    const second = intent();
    j.write(first);
    j.write(second);
    j.close();
    const k = new CastJournal(file);
    expect(k.pending()).toEqual(second);
    k.clear();
    expect(k.pending()).toBeNull();
    k.close();
  });

  it('treats a torn or foreign journal as nothing pending (that cast was never acknowledged)', () => {
    const file = path.join(tempDir(), 'cast-journal.json');
    const full = JSON.stringify(intent());
    fs.writeFileSync(file, full.slice(0, full.length - 7));
    const j = new CastJournal(file);
    expect(j.pending()).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...intent(), codeHash: 'not-a-hash' }));
    expect(j.pending()).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ ...intent(), ballot: { id: 'x' } }));
    expect(j.pending()).toBeNull();
    j.close();
  });

  it('empties itself and reports disk-full when the intent cannot be written', () => {
    const file = path.join(tempDir(), 'cast-journal.json');
    const j = new CastJournal(file);
    vi.spyOn(fs, 'fdatasyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    expect(() => j.write(intent())).toThrow(StorageError);
    expect(j.pending()).toBeNull();
    j.close();
  });

  it('keeps one fixed-size record, so that fdatasync flushes everything a replay needs', () => {
    const file = path.join(tempDir(), 'cast-journal.json');
    const j = new CastJournal(file);
    const size = fs.statSync(file).size;
    const pending = intent();
    j.write(pending);
    expect(fs.statSync(file).size).toBe(size);
    expect(j.pending()).toEqual(pending);
    j.clear();
    expect(fs.statSync(file).size).toBe(size);
    expect(j.pending()).toBeNull();
    j.close();
  });
});
