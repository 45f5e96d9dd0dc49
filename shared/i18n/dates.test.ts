import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
  const first = new Date(2026, 11, 1, 9, 5, 7);
  const second = new Date(2026, 11, 2, 9, 5, 7);

  it('writes the first of the month « 1er » in French, and only the first', () => {
    expect(formatDate('fr', first, 'minutes')).toMatch(/^1er décembre 2026\D+09:05$/);
    expect(formatDate('fr', second, 'seconds')).toMatch(/^2 décembre 2026\D+09:05:07$/);
  });

  it('keeps each language’s own way in Dutch and English', () => {
    expect(formatDate('nl', first, 'minutes')).toMatch(/^1 december 2026\D+09:05$/);
    expect(formatDate('en', first, 'minutes')).toMatch(/^1 December 2026\D+09:05$/);
  });
});
