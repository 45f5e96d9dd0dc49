/**
 * Dates in words by each language (Intl), with the French ordinal for the first of the month:
 * « 1er décembre 2026 », never « 1 décembre 2026 ».
 */
import { LOCALES, type MessageLang } from './message-format';

export function formatDate(lang: MessageLang, date: Date, withTime: 'minutes' | 'seconds'): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(withTime === 'seconds' ? { second: '2-digit' } : {}),
  }).formatToParts(date);
  return parts
    .map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/** The day only, « 1er décembre 2026 »: the minutes never say at what time anyone voted. */
export function formatDay(lang: MessageLang, date: Date): string {
  const parts = new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(date);
  return parts
    .map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}
