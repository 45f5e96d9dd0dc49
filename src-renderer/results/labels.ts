/** Names the slide shows for options and views, in the slide's language. */
import type { ResultView } from '../../shared/api';
import { localize, type Election, type Lang } from '../../shared/domain/election';
import type { I18n } from '../i18n/i18n-context';

/** The option's title; in French a « ? » or « ! » never starts a line alone on the slide. */
export const optionTitle = (e: Election, id: string, lang: Lang): string => {
  const o = e.options.find((x) => x.id === id);
  const title = o ? localize(o.title, lang) : id;
  return lang === 'fr' ? title.replace(/ ([?!;:»])/g, '\u00a0$1') : title;
};

export const viewName = (e: Election, view: ResultView['view'], i18n: I18n): string => {
  if (view === 'ALL') return i18n.t('results.view.ALL');
  const s = e.sections.find((x) => x.id === view);
  return s ? localize(s.name, i18n.lang) : view;
};

/**
 * The letter of a row of the head-to-head table (A, B, C… down the rows), so that the column
 * headers read A, B, C… across, in the same order as the rows: letters in the election's order
 * read « A D B C » over a ranked table, which a room takes for a mistake.
 */
export const rowLetter = (order: readonly string[], id: string): string => {
  const i = order.indexOf(id);
  return i < 0 ? '?' : i < 26 ? String.fromCharCode(65 + i) : `${i + 1}`;
};

/** "Schulze, Kemeny-Young et Copeland", by each language's list rules. */
export const listOf = (lang: Lang, items: readonly string[]): string =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
