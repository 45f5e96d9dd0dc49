import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/fault/support/box-fixture';
import { apiErrorCode } from '../../../test/unit/support/api-errors';
import { randomBytes } from 'node:crypto';
import { CodeBook } from './code-book';
import { DataFolder } from './data-folder';

const bytes = (n: number) => randomBytes(n);

describe('CodeBook', () => {
  it('issues distinct codes of their section and stores only salted hashes', () => {
    const folder = new DataFolder(tempDir());
    const book = new CodeBook(folder, bytes);
    const codes = book.generate('BE', 50);
    expect(new Set(codes).size).toBe(50);
    expect(codes.every((c) => c.startsWith('BE-'))).toBe(true);
    expect(book.generated).toBe(50);
    const stored = fs.readFileSync(folder.file('codes'), 'utf8');
    // The seven random characters of each code (a 4-character piece could be all digits and
    // turn up inside a hex hash by chance).
    for (const c of codes) expect(stored).not.toContain(c.slice(3, 7) + c.slice(8, 11));
    expect(book.check(codes[0] as string).section).toBe('BE');
    book.close();
  });

  it('tells a typo, an unknown code and a used code apart, and remembers burns', () => {
    const folder = new DataFolder(tempDir());
    const book = new CodeBook(folder, bytes);
    const [code] = book.generate('FR', 1) as [string];
    const typo = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    expect(apiErrorCode(() => book.check(typo))).toBe('code-malformed');
    expect(
      apiErrorCode(() =>
        book.check(new CodeBook(new DataFolder(tempDir()), bytes).generate('FR', 1)[0] as string),
      ),
    ).toBe('code-unknown');
    const { hash } = book.check(code);
    book.burn(hash);
    book.burn(hash);
    expect(book.used).toBe(1);
    book.close();
    const again = new CodeBook(folder, bytes);
    expect(apiErrorCode(() => again.check(code))).toBe('code-used');
    again.close();
  });
});
