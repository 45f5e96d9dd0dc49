/**
 * Every catalog sentence (the renderer's and the shared ones the CLI uses too), filled in each
 * language with 0, 1 and 2 for each of its parameters in turn: counts read as words
 * (« 1 bulletin », « 0 thème classé », « 2 bulletins »), never « (s) », never a placeholder
 * left unfilled, never an ICU syntax error, and no French guillemets outside French.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../shared/domain/election';
import { formatMessage, placeholderNames } from '../../shared/i18n/message-format';
import { catalogs } from './catalogs';
import type { MessageKey } from './catalogs';

/** « thème(s) », « classé(s) », « optimal(aux) », « thema(’s) », « entry(ies) ». */
const ALTERNATIVE_ENDING = /\p{L}\((?:s|e|es|x|aux|en|’s|'s|ies|n)\)/u;
const UNFILLED = /\{\s*\w+\s*(?:,[^}]*)?\}/;

/** Count nouns in their singular and plural forms: « 1 bulletins » or « 2 bulletin » is wrong. */
const NOUNS: Record<Lang, [singular: string, plural: string][]> = {
  fr: [
    ['bulletin', 'bulletins'],
    ['thème', 'thèmes'],
    ['code', 'codes'],
    ['votant', 'votants'],
    ['inscrit', 'inscrits'],
    ['point', 'points'],
    ['entrée', 'entrées'],
    ['fichier', 'fichiers'],
    ['essai', 'essais'],
    ['cellule', 'cellules'],
    ['caractère', 'caractères'],
    ['octet', 'octets'],
    ['erreur', 'erreurs'],
    ['nouveau', 'nouveaux'],
  ],
  nl: [
    ['stembiljet', 'stembiljetten'],
    ['teststembiljet', 'teststembiljetten'],
    ['thema', 'thema’s'],
    ['kiezer', 'kiezers'],
    ['punt', 'punten'],
    ['bestand', 'bestanden'],
    ['poging', 'pogingen'],
    ['cel', 'cellen'],
    ['regel', 'regels'],
    ['stemgerechtigde', 'stemgerechtigden'],
    ['teken', 'tekens'],
    ['nieuw', 'nieuwe'],
  ],
  en: [
    ['ballot', 'ballots'],
    ['theme', 'themes'],
    ['code', 'codes'],
    ['voter', 'voters'],
    ['point', 'points'],
    ['entry', 'entries'],
    ['file', 'files'],
    ['try', 'tries'],
    ['cell', 'cells'],
    ['character', 'characters'],
    ['byte', 'bytes'],
    ['test ballot', 'test ballots'],
    ['new ballot', 'new ballots'],
  ],
};

/** Which noun forms may follow the number n: French counts 0 and 1 in the singular. */
function wrongForms(lang: Lang, n: number): string[] {
  const singular = new Intl.PluralRules(lang).select(n) === 'one';
  return NOUNS[lang].map(([one, other]) => (singular ? other : one));
}

const keys = Object.keys(catalogs.fr) as MessageKey[];

/** Each parameter in turn takes 0, 1 and 2 while the others are 2. */
function fillings(template: string): Record<string, number>[] {
  const names = placeholderNames(template);
  if (names.length === 0) return [{}];
  return names.flatMap((name) =>
    [0, 1, 2].map((n) => ({ ...Object.fromEntries(names.map((m) => [m, 2])), [name]: n })),
  );
}

describe('every catalog sentence with counts 0, 1 and 2', () => {
  it('walks the shared sentences too (file problems, election issues, audit)', () => {
    expect(keys.some((k) => k.startsWith('problem.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('audit.'))).toBe(true);
    expect(keys.some((k) => k.startsWith('electionIssue.'))).toBe(true);
  });

  for (const lang of LANGS)
    it(`reads right in ${lang}`, () => {
      const problems: string[] = [];
      for (const key of keys) {
        const template = catalogs[lang][key];
        if (lang !== 'fr' && /[«»]/.test(template))
          problems.push(`${key}: French guillemets: ${template}`);
        for (const params of fillings(template)) {
          let out: string;
          try {
            out = formatMessage(lang, template, params);
          } catch (e) {
            problems.push(`${key}: ${(e as Error).message}`);
            continue;
          }
          const where = `${key} ${JSON.stringify(params)}: ${out}`;
          if (ALTERNATIVE_ENDING.test(out)) problems.push(`(s): ${where}`);
          if (UNFILLED.test(out.replace(/\{ … \}/g, ''))) problems.push(`unfilled: ${where}`);
          for (const [name, n] of Object.entries(params))
            for (const form of wrongForms(lang, n))
              if (new RegExp(`(^|[^\\d\\p{L}.,\u202f])${n} ${form}(?![\\p{L}’'])`, 'u').test(out))
                problems.push(`${name}=${n} then « ${form} »: ${where}`);
        }
      }
      expect(problems).toEqual([]);
    });
});
