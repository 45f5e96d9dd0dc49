/** Names the slide shows for options and views, in the slide's language. */
import type { ResultView } from '../../shared/api';
import { localize, type Election, type Lang } from '../../shared/domain/election';
import type { I18n } from '../i18n/i18n-context';

export const optionTitle = (e: Election, id: string, lang: Lang): string => {
  const o = e.options.find((x) => x.id === id);
  return o ? localize(o.title, lang) : id;
};

export const viewName = (e: Election, view: ResultView['view'], i18n: I18n): string => {
  if (view === 'ALL') return i18n.t('results.view.ALL');
  const s = e.sections.find((x) => x.id === view);
  return s ? localize(s.name, i18n.lang) : view;
};

/** "1er" or "2e ex aequo". */
export const rankLabel = (i18n: I18n, rank: number, tied: boolean): string =>
  tied ? i18n.t('results.rankTied', { rank: i18n.ordinal(rank) }) : i18n.ordinal(rank);

/** A stable letter per option (A, B, C… in the election's order) for the head-to-head table. */
export const optionLetter = (e: Election, id: string): string => {
  const i = e.options.findIndex((o) => o.id === id);
  return i < 0 ? '?' : i < 26 ? String.fromCharCode(65 + i) : `${i + 1}`;
};

/** "Schulze, Kemeny-Young et Copeland", by each language's list rules. */
export const listOf = (lang: Lang, items: readonly string[]): string =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

/** "dont 1 blanc" / "dont 2 blancs": the catalog's key for n with each language's plural rules. */
export const pluralKey = <K extends string>(
  lang: Lang,
  base: K,
  n: number,
): `${K}.one` | `${K}.other` =>
  new Intl.PluralRules(lang).select(n) === 'one' ? `${base}.one` : `${base}.other`;
