import { describe, expect, it } from 'vitest';
import { checkMessage, formatMessage, placeholderNames } from './message-format';

const ballots = '{count, plural, one {# bulletin} other {# bulletins}}';

describe('formatMessage', () => {
  it('chooses the plural form by each language’s rules (French one covers 0 and 1)', () => {
    expect([0, 1, 2].map((count) => formatMessage('fr', ballots, { count }))).toEqual([
      '0 bulletin',
      '1 bulletin',
      '2 bulletins',
    ]);
    const en = '{count, plural, one {# ballot} other {# ballots}}';
    expect([0, 1, 2].map((count) => formatMessage('en', en, { count }))).toEqual([
      '0 ballots',
      '1 ballot',
      '2 ballots',
    ]);
  });

  it('supports exact matches such as « aucun »', () => {
    const t =
      '{count, plural, =0 {aucun nouveau bulletin} one {# nouveau bulletin} other {# nouveaux bulletins}}';
    expect(formatMessage('fr', t, { count: 0 })).toBe('aucun nouveau bulletin');
    expect(formatMessage('fr', t, { count: 3 })).toBe('3 nouveaux bulletins');
  });

  it('writes numbers by each language with at most one decimal', () => {
    expect(formatMessage('fr', '{n} points', { n: 2011.5 })).toBe('2\u202f011,5 points');
    expect(formatMessage('en', '{n} points', { n: 2011.5 })).toBe('2,011.5 points');
    expect(formatMessage('nl', '{n} punten', { n: 1 / 3 })).toBe('0,3 punten');
  });

  it('keeps French apostrophes and a literal « < » as text', () => {
    expect(formatMessage('fr', "L’ordre de l'assemblée {x} < 3", { x: 'a' })).toBe(
      "L’ordre de l'assemblée a < 3",
    );
  });

  it('leaves a placeholder without a value as written instead of throwing', () => {
    expect(formatMessage('fr', 'Bonjour {name}', {})).toBe('Bonjour {name}');
  });
});

describe('placeholderNames', () => {
  it('lists plain and plural arguments, not the words inside plural branches', () => {
    expect(placeholderNames(`${ballots} sur {total}`)).toEqual(['count', 'total']);
    expect(placeholderNames('{count, plural, one {bulletin} other {bulletins}}')).toEqual([
      'count',
    ]);
  });

  it('rejects a sentence that is not valid MessageFormat', () => {
    expect(() => checkMessage('fr', '{count, plural, one {# bulletin}')).toThrow();
  });
});
