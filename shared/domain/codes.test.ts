import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkCharacter, makeCode, parseCode } from './codes';

const randomIndexFrom = (seq: number[]) => {
  let i = 0;
  return (n: number) => (seq[i++ % seq.length] as number) % n;
};

describe('voting codes', () => {
  it('has no look-alike characters, and an even size as Luhn mod N requires', () => {
    expect(CODE_ALPHABET.length % 2).toBe(0);
    for (const c of '01OILU') expect(CODE_ALPHABET).not.toContain(c);
  });

  it('makes codes that carry their section and parse back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        fc.constantFrom('FR', 'BE'),
        (seq, s) => {
          const code = makeCode(s, randomIndexFrom(seq));
          expect(code).toMatch(/^(FR|BE)-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
          const p = parseCode(code);
          expect(p).toEqual({ ok: true, section: s, canonical: code });
        },
      ),
    );
  });

  it('accepts lower case, spaces and missing dashes', () => {
    const code = makeCode('BE', randomIndexFrom([3, 1, 4, 1, 5, 9, 2]));
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(parseCode(sloppy)).toEqual({ ok: true, section: 'BE', canonical: code });
  });

  it('catches every single mistyped character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        fc.nat({ max: 7 }),
        fc.nat({ max: CODE_ALPHABET.length - 2 }),
        (seq, pos, shift) => {
          const code = makeCode('FR', randomIndexFrom(seq)).replace(/-/g, '');
          const chars = code.slice(2).split('');
          const old = CODE_ALPHABET.indexOf(chars[pos] as string);
          chars[pos] = CODE_ALPHABET[(old + 1 + shift) % CODE_ALPHABET.length] as string;
          expect(parseCode('FR' + chars.join('')).ok).toBe(false);
        },
      ),
    );
  });

  it('catches a swap of two different neighbours, except the one pair Luhn mod N cannot see', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        fc.nat({ max: 5 }),
        (seq, pos) => {
          const body = makeCode('FR', randomIndexFrom(seq)).replace(/-/g, '').slice(2, 9);
          const a = body[pos] as string;
          const b = body[pos + 1] as string;
          fc.pre(a !== b);
          const pair = [CODE_ALPHABET.indexOf(a), CODE_ALPHABET.indexOf(b)].sort((x, y) => x - y);
          // Like 09/90 in Luhn mod 10: the first and last characters swap unseen.
          fc.pre(!(pair[0] === 0 && pair[1] === CODE_ALPHABET.length - 1));
          const swapped = body.slice(0, pos) + b + a + body.slice(pos + 2);
          expect(checkCharacter(swapped)).not.toBe(checkCharacter(body));
        },
      ),
    );
  });

  it('rejects wrong lengths and foreign characters', () => {
    expect(parseCode('').ok).toBe(false);
    expect(parseCode('FR-ABCD').ok).toBe(false);
    expect(parseCode('FR-ABCD-EFG0').ok).toBe(false);
  });
});
