/**
 * Every catalog sentence (the renderer's and the shared ones the CLI uses too), filled in each
 * language with 0, 1 and 2 for each of its parameters in turn: counts read as words
 * (« 1 bulletin », « 0 thème classé », « 2 bulletins »), never « (s) », never a placeholder
 * left unfilled, never an ICU syntax error, and no French guillemets outside French.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/domain/election';
import { sentenceProblems } from '../../test/support/sentence-check';
import { catalogs } from './catalogs';
import type { MessageKey } from './catalogs';

const keys = Object.keys(catalogs.fr) as MessageKey[];

describe('every catalog sentence with counts 0, 1 and 2', () => {
  it('walks the shared sentences too (file problems, election issues, audit)', () => {
    expect(keys.some((k) => k.startsWith('problem.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('audit.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('electionIssue.'))).toBe(true);
  });

  for (const lang of LANGS)
    it(`reads right in ${lang}`, () => {
      const problems: string[] = [];
      for (const key of keys) problems.push(...sentenceProblems(lang, key, catalogs[lang][key]));
      expect(problems).toEqual([]);
    });
});
