import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/fault/support/box-fixture';
import { BurnedCodes } from './burned-codes';
import { DamagedFileError } from './document-store';

const h = (c: string) => c.repeat(64);

describe('BurnedCodes', () => {
  it('burns once, survives a reopen, and ignores a second burn of the same hash', () => {
    const file = path.join(tempDir(), 'burned-codes.jsonl');
    const b = new BurnedCodes(file);
    b.burn(h('a'));
    b.burn(h('a'));
    b.burn(h('b'));
    b.close();
    const c = new BurnedCodes(file);
    expect(c.size).toBe(2);
    expect(c.has(h('a'))).toBe(true);
    expect(c.has(h('c'))).toBe(false);
    c.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(`${h('a')}\n${h('b')}\n`);
  });

  it('drops a torn last line and reports it', () => {
    const file = path.join(tempDir(), 'burned-codes.jsonl');
    fs.writeFileSync(file, `${h('a')}\n${h('b').slice(0, 10)}`);
    const b = new BurnedCodes(file);
    expect(b.size).toBe(1);
    expect(b.tornTail).toBe(h('b').slice(0, 10));
    b.repairTail();
    b.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(`${h('a')}\n`);
  });

  it('refuses a line that is not a code hash, naming the line', () => {
    const file = path.join(tempDir(), 'burned-codes.jsonl');
    fs.writeFileSync(file, `${h('a')}\nFR-7KQM-3XPA\n`);
    expect(() => new BurnedCodes(file)).toThrow(DamagedFileError);
    expect(() => new BurnedCodes(file)).toThrow(/line 2/);
  });

  it('sorts the file so that the order of burns is forgotten', () => {
    const file = path.join(tempDir(), 'burned-codes.jsonl');
    const b = new BurnedCodes(file);
    for (const c of ['c', 'a', 'b']) b.burn(h(c));
    b.sort();
    b.burn(h('0'));
    b.close();
    expect(fs.readFileSync(file, 'utf8')).toBe([h('a'), h('b'), h('c'), h('0')].join('\n') + '\n');
  });
});
