/** Looking up and filling catalog strings; ordinals and numbers follow each language (Intl). */
import type { ErrorCode } from '../../shared/api';
import type { Lang } from '../../shared/domain/election';
import { formatMessage, LOCALES } from '../../shared/i18n/message-format';
import { catalogs, type MessageKey } from './catalogs';

export { catalogs };

// Every error the main process can answer has a sentence in the catalog, or this fails to compile.
type ErrorKeysExist = `error.${ErrorCode}` extends MessageKey ? true : never;
export const errorKeysExist: ErrorKeysExist = true;

export type Params = Record<string, string | number>;

/** Fills an ICU MessageFormat template (plain `{name}` and `{count, plural, …}` alike). */
export const format = (lang: Lang, template: string, params: Params = {}): string =>
  formatMessage(lang, template, params);

export const translate = (lang: Lang, key: MessageKey, params?: Params): string =>
  format(lang, catalogs[lang][key], params);

export const formatNumber = (lang: Lang, n: number, maxFraction = 1): string =>
  new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxFraction }).format(n);

/** 1er, 2e, 3e / 1e, 2e / 1st, 2nd, 3rd — by each language's own ordinal rules. */
export function ordinal(lang: Lang, n: number): string {
  if (lang === 'fr') return n === 1 ? '1er' : `${n}e`;
  if (lang === 'nl') return `${n}e`;
  const rule = new Intl.PluralRules('en-GB', { type: 'ordinal' }).select(n);
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rule];
  return `${n}${suffix}`;
}

export const errorKey = (code: string): MessageKey =>
  (`error.${code}` in catalogs.fr ? `error.${code}` : 'error.generic') as MessageKey;
