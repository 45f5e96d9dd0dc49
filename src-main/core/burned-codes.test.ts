import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSlots, tempDir } from '../../test/fault/support/box-fixture';
import { BurnedCodes } from './burned-codes';
import { DamagedFileError } from './document-store';

const h = (c: string) => c.repeat(64);
const fileIn = () => path.join(tempDir(), 'burned-codes.slots');

describe('BurnedCodes', () => {
  it('burns once, survives a reopen, and ignores a second burn of the same hash', () => {
    const file = fileIn();
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
    expect(
      readSlots(file)
        .map((r) => r.payload)
        .sort(),
    ).toEqual([h('a'), h('b')]);
  });

  it('converts a log of an earlier version, dropping a torn last line it reports', () => {
    const file = fileIn();
    const old = file.replace(/\.slots$/, '.jsonl');
    fs.writeFileSync(old, `${h('a')}\n${h('b').slice(0, 10)}`);
    const b = new BurnedCodes(file);
    expect(b.size).toBe(1);
    expect(b.tornTail).toBe(h('b').slice(0, 10));
    expect(b.tornFile).toBe(old);
    expect(b.repairTail()).toEqual({ from: old, records: 1 });
    b.close();
    expect(fs.existsSync(old)).toBe(false);
    expect(readSlots(file).map((r) => r.payload)).toEqual([h('a')]);
  });

  it('refuses a line of an earlier version’s log that is not a code hash, naming the line', () => {
    const file = fileIn();
    fs.writeFileSync(file.replace(/\.slots$/, '.jsonl'), `${h('a')}\nFR-7KQM-3XPA\n`);
    expect(() => new BurnedCodes(file)).toThrow(DamagedFileError);
    expect(() => new BurnedCodes(file)).toThrow(/line 2/);
  });

  it('puts each burn at the slot the injected randomness draws among the free ones', () => {
    const file = fileIn();
    // Four random bytes per draw, read as a big-endian number: 0, then 300, then 7.
    const draws = [0, 300, 7];
    let k = 0;
    const randomBytes = (n: number) => {
      const b = Buffer.alloc(n);
      b.writeUInt32BE(draws[k++] as number);
      return b;
    };
    const b = new BurnedCodes(file, { randomBytes });
    for (const c of ['a', 'b', 'c']) b.burn(h(c));
    b.close();
    // 256 free slots: draw 0 takes slot 0 and moves slot 255 into its place; 300 mod 255 = 45
    // takes slot 45 (then 254 moves to 45); 7 takes slot 7.
    const bySlot = Object.fromEntries(readSlots(file).map((r) => [r.slot, r.payload]));
    expect(bySlot).toEqual({ 0: h('a'), 45: h('b'), 7: h('c') });
  });
});
