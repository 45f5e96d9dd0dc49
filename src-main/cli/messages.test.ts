/**
 * The CLI's own sentences, walked like the renderer's catalogs: in French, Dutch and English,
 * every string filled with 0, 1 and 2 for each parameter reads right, with the same parameters
 * in each language.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/domain/election';
import { placeholderNames } from '../../shared/i18n/message-format';
import { sentenceProblems } from '../../test/support/sentence-check';
import { catalogs } from './messages';

/** Every string of a catalog, nested maps included, by its dotted key. */
const strings = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : strings(v as object, `${prefix}${k}.`),
  );

describe('CLI sentences', () => {
  for (const lang of LANGS)
    it(`read right in ${lang} with counts 0, 1 and 2`, () => {
      const problems = strings(catalogs[lang]).flatMap(([k, v]) => sentenceProblems(lang, k, v));
      expect(problems).toEqual([]);
    });

  it('use the same parameters in every language', () => {
    const fr = new Map(strings(catalogs.fr));
    for (const lang of ['nl', 'en'] as const) {
      const other = strings(catalogs[lang]);
      expect(other.map(([k]) => k).sort()).toEqual([...fr.keys()].sort());
      for (const [k, v] of other)
        expect(placeholderNames(v), `${lang} ${k}`).toEqual(placeholderNames(fr.get(k) ?? ''));
    }
  });
});
