import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api';
import { checkMessage, placeholderNames as placeholders } from '../../shared/i18n/message-format';
import { catalogs } from './catalogs';
import { ordinal, translate } from './translate';

describe('catalogs', () => {
  const keys = Object.keys(catalogs.fr) as (keyof typeof catalogs.fr)[];

  it('has a non-empty sentence for every key in every language', () => {
    for (const lang of ['fr', 'nl', 'en'] as const)
      for (const k of keys) expect(catalogs[lang][k].trim(), `${lang} ${k}`).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const k of keys)
      for (const lang of ['nl', 'en'] as const)
        expect(placeholders(catalogs[lang][k]), `${lang} ${k}`).toEqual(
          placeholders(catalogs.fr[k]),
        );
  });

  it('writes every sentence in valid ICU MessageFormat', () => {
    for (const lang of ['fr', 'nl', 'en'] as const)
      for (const k of keys)
        expect(() => checkMessage(lang, catalogs[lang][k]), `${lang} ${k}`).not.toThrow();
  });

  it('has a sentence for every error the main process can answer', () => {
    for (const code of ERROR_CODES)
      expect(Object.hasOwn(catalogs.fr, `error.${code}`), code).toBe(true);
  });

  it('fills numbers by each language’s rules', () => {
    expect(translate('fr', 'error.pin-locked', { seconds: 1234 })).toContain('1\u202f234');
    expect(translate('en', 'error.pin-locked', { seconds: 1234 })).toContain('1,234');
  });

  it('writes ordinals by each language’s rules', () => {
    expect([1, 2, 3].map((n) => ordinal('fr', n))).toEqual(['1er', '2e', '3e']);
    expect([1, 2, 3, 4, 11, 22].map((n) => ordinal('en', n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '22nd',
    ]);
    expect([1, 2].map((n) => ordinal('nl', n))).toEqual(['1e', '2e']);
  });
});
