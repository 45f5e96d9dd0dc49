/**
 * Single-use voting codes, as printed on the slips handed out at registration:
 * `FR-7KQM-3XPA`: the section, then seven random characters and one check character from an
 * alphabet without look-alikes (no 0/O, 1/I/L, U). Luhn mod N needs an even N: 30 characters. The check character (Luhn mod N) catches
 * a single mistyped character and most swaps of neighbours before the kiosk asks the store.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = CODE_ALPHABET.length;
const BODY = 7;

export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const cp = CODE_ALPHABET.indexOf(body[i] as string);
    let addend = factor * cp;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET[(N - (sum % N)) % N] as string;
}

/** Makes one code; `randomIndex(n)` returns a uniform integer in [0, n). */
export function makeCode(section: string, randomIndex: (n: number) => number): string {
  let body = '';
  for (let i = 0; i < BODY; i++) body += CODE_ALPHABET[randomIndex(N)];
  const full = body + checkCharacter(body);
  return `${section}-${full.slice(0, 4)}-${full.slice(4)}`;
}

export type ParsedCode = { ok: true; section: string; canonical: string } | { ok: false };

/** Accepts lower case, spaces and missing dashes; rejects a wrong length or check character. */
export function parseCode(input: string): ParsedCode {
  const s = input.toUpperCase().replace(/[\s\-_.]/g, '');
  const m = /^([A-Z][A-Z0-9]{0,7})([A-Z0-9]{8})$/.exec(s);
  if (!m) return { ok: false };
  const section = m[1] as string;
  const chars = m[2] as string;
  for (const c of chars) if (!CODE_ALPHABET.includes(c)) return { ok: false };
  const body = chars.slice(0, BODY);
  if (checkCharacter(body) !== chars[BODY]) return { ok: false };
  return { ok: true, section, canonical: `${section}-${chars.slice(0, 4)}-${chars.slice(4)}` };
}
