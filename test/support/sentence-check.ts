/**
 * What a catalog sentence must never show once filled: « (s) », a number disagreeing with its
 * noun (« 1 bulletins », « 2 bulletin »), an unfilled placeholder, an ICU syntax error, French
 * guillemets outside French. Used by the catalog walks of the renderer and of the CLI.
 */
import type { Lang } from '../../shared/domain/election';
import { formatMessage, placeholderNames } from '../../shared/i18n/message-format';

/** « thème(s) », « classé(s) », « optimal(aux) », « thema(’s) », « entry(ies) ». */
export const ALTERNATIVE_ENDING = /\p{L}\((?:s|e|es|x|aux|en|’s|'s|ies|n)\)/u;
const UNFILLED = /\{\s*\w+\s*(?:,[^}]*)?\}/;

/** Count nouns in their singular and plural forms: « 1 bulletins » or « 2 bulletin » is wrong. */
export const NOUNS: Record<Lang, [singular: string, plural: string][]> = {
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

/** Each parameter in turn takes 0, 1 and 2 while the others are 2. */
function fillings(template: string): Record<string, number>[] {
  const names = placeholderNames(template);
  if (names.length === 0) return [{}];
  return names.flatMap((name) =>
    [0, 1, 2].map((n) => ({ ...Object.fromEntries(names.map((m) => [m, 2])), [name]: n })),
  );
}

/** Every problem of one sentence, filled with 0, 1 and 2 for each parameter in turn. */
export function sentenceProblems(lang: Lang, key: string, template: string): string[] {
  const problems: string[] = [];
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
  return problems;
}
