/**
 * Theme titles come from the election, written to stand alone (« Le projet politique »,
 * « L’accompagnement », "The political project"). Inside a generated sentence their article
 * must lose its capital, and in French merge with the preposition before it: « préféré au
 * projet politique », « de l’accompagnement », « du projet ». The preposition comes from the
 * catalog, so every language keeps its own word order; only the joining is done here.
 */
import type { Lang } from '../../shared/domain/election';

// A leading article, then the rest of the title; an elided article keeps its own apostrophe.
const ARTICLES: Record<Lang, RegExp> = {
  fr: /^(?:(Les|Le|La|Des|Une|Un)\s+|(L[’'])(?=\S))/u,
  nl: /^(De|Het|Een)\s+/u,
  en: /^(The|An|A)\s+/u,
};

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/iu;

// A title that is a question cannot run on inside a sentence: it is quoted, by each language's
// own marks (Dutch and English never take French guillemets).
const QUOTE: Record<Lang, (t: string) => string> = {
  fr: (t) => `«\u00a0${t}\u00a0»`,
  nl: (t) => `“${t}”`,
  en: (t) => `“${t}”`,
};

/** French "à"/"de" followed by an article fuse: à + le = au, de + les = des, de + un = d’un. */
function frenchJoin(prep: string, article: string, rest: string): string {
  const a = article.toLowerCase();
  if (prep === 'à' && a === 'le') return `au ${rest}`;
  if (prep === 'à' && a === 'les') return `aux ${rest}`;
  if (prep === 'de' && a === 'le') return `du ${rest}`;
  if (prep === 'de' && a === 'les') return `des ${rest}`;
  if (prep === 'de' && a === 'des') return VOWEL.test(rest) ? `d’${rest}` : `de ${rest}`;
  if (prep === 'de' && (a === 'un' || a === 'une')) return `d’${a} ${rest}`;
  const word = /[’']$/u.test(a) ? `${a}${rest}` : `${a} ${rest}`;
  return prep ? `${prep} ${word}` : word;
}

/**
 * The title as it reads inside a sentence, after `prep` (the catalog's preposition, possibly
 * empty): inSentence('fr', 'Le projet politique', 'à') is « au projet politique ».
 */
export function inSentence(lang: Lang, title: string, prep = ''): string {
  const t = title.trim();
  if (/[?？]$/u.test(t)) {
    const quoted = QUOTE[lang](lang === 'fr' ? t.replace(/\s+\?$/u, '\u00a0?') : t);
    return prep ? `${prep} ${quoted}` : quoted;
  }
  const m = ARTICLES[lang].exec(t);
  if (!m) {
    if (lang === 'fr' && prep === 'de' && VOWEL.test(t)) return `d’${t}`;
    return prep ? `${prep} ${t}` : t;
  }
  const article = (m[1] ?? m[2]) as string;
  const rest = t.slice(m[0].length);
  if (lang === 'fr') return frenchJoin(prep, article, rest);
  const word = `${article.toLowerCase()} ${rest}`;
  return prep ? `${prep} ${word}` : word;
}
