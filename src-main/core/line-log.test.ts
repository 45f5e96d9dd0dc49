import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/fault/support/box-fixture';
import { LineLog, readLog, splitTornTail } from './line-log';

describe('splitTornTail', () => {
  it('finds the end of the last complete line', () => {
    expect(splitTornTail('')).toEqual({ goodChars: 0, tornTail: null });
    expect(splitTornTail('a\nb\n')).toEqual({ goodChars: 4, tornTail: null });
    expect(splitTornTail('a\nbé')).toEqual({ goodChars: 2, tornTail: 'bé' });
    expect(splitTornTail('half')).toEqual({ goodChars: 0, tornTail: 'half' });
  });
});

describe('LineLog', () => {
  it('cuts a torn last line off the file (counting bytes, not characters)', () => {
    const file = path.join(tempDir(), 'log.jsonl');
    fs.writeFileSync(file, 'é1\né2\nhalf-é');
    const log = new LineLog(file, readLog(file));
    expect(log.tornTail).toBe('half-é');
    log.append('é3\n');
    log.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('é1\né2\né3\n');
  });

  it('rewrites the whole log atomically and goes on appending to the new file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'log.jsonl');
    const log = new LineLog(file, readLog(file));
    log.append('b\na\n');
    const before = log.bytes;
    log.append('c\n');
    log.truncate(before);
    log.rewrite('a\nb\n');
    log.append('d\n');
    log.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('a\nb\nd\n');
    expect(fs.readdirSync(dir)).toEqual(['log.jsonl']);
  });
});
