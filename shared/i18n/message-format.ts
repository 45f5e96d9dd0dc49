/**
 * The one template filler of the project, for the renderer's catalogs and the CLI alike:
 * ICU MessageFormat (FormatJS intl-messageformat), so plurals go through Intl.PluralRules
 * (« {count, plural, one {# bulletin} other {# bulletins}} ») instead of « bulletin(s) ».
 * Plain `{name}` placeholders keep working; numbers are written by each language's rules with
 * at most one decimal (Borda scores end in ,5 at most for four options).
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';

export type MessageLang = 'fr' | 'nl' | 'en';
export type MessageParams = Record<string, string | number>;

export const LOCALES: Record<MessageLang, string> = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' };

const memo = <T>(make: (key: string) => T): ((key: string) => T) => {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = make(key);
      cache.set(key, v);
    }
    return v;
  };
};

const localeOf = (locales?: Intl.LocalesArgument): string => {
  const first = Array.isArray(locales) ? (locales[0] as Intl.LocalesArgument) : locales;
  return first === undefined ? 'fr-FR' : String(first);
};

const numberFormat = memo((key) => {
  const [locale, opts] = JSON.parse(key) as [string, Intl.NumberFormatOptions];
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, ...opts });
});
const pluralRules = memo((key) => {
  const [locale, opts] = JSON.parse(key) as [string, Intl.PluralRulesOptions];
  return new Intl.PluralRules(locale, opts);
});
const dateFormat = memo((key) => {
  const [locale, opts] = JSON.parse(key) as [string, Intl.DateTimeFormatOptions];
  return new Intl.DateTimeFormat(locale, opts);
});

const formatters: Formatters = {
  getNumberFormat: (locales, opts) => numberFormat(JSON.stringify([localeOf(locales), opts ?? {}])),
  getPluralRules: (locales, opts) => pluralRules(JSON.stringify([localeOf(locales), opts ?? {}])),
  getDateTimeFormat: (locales, opts) => dateFormat(JSON.stringify([localeOf(locales), opts ?? {}])),
};

const asts = memo((template) => parse(template, { ignoreTag: true }));

/**
 * intl-messageformat writes a plain `{n}` with String(n) (« 1234 »): plain arguments that carry
 * a number are turned into number arguments, so they read « 1 234 » in French like `#` does.
 */
const withNumberArguments = (
  elements: readonly MessageFormatElement[],
  numeric: ReadonlySet<string>,
): MessageFormatElement[] =>
  elements.map((el) => {
    if (el.type === TYPE.argument && numeric.has(el.value))
      return { type: TYPE.number, value: el.value, location: el.location, style: null };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => [
          k,
          { ...o, value: withNumberArguments(o.value, numeric) },
        ]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    return el;
  });

const compiled = memo((key) => {
  const [lang, template, numeric] = JSON.parse(key) as [MessageLang, string, string[]];
  const ast = withNumberArguments(asts(template), new Set(numeric));
  return new IntlMessageFormat(ast, LOCALES[lang], undefined, { formatters });
});

/**
 * Fills `template` for `lang`. A plain placeholder without its value stays as written (`{name}`), so a
 * missing parameter shows up on screen and in tests instead of throwing inside a render.
 */
export function formatMessage(
  lang: MessageLang,
  template: string,
  params: MessageParams = {},
): string {
  const values: MessageParams = { ...params };
  for (const name of placeholderNames(template))
    if (values[name] === undefined) values[name] = `{${name}}`;
  const numeric = Object.keys(values)
    .filter((k) => typeof values[k] === 'number')
    .sort();
  const out = compiled(JSON.stringify([lang, template, numeric])).format(values);
  return typeof out === 'string' ? out : (out as unknown[]).join('');
}

/** The argument names a template uses, plain and plural alike, for the catalog checks. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const el of elements) {
      if ('value' in el && typeof el.value === 'string' && el.type !== TYPE.literal)
        names.add(el.value);
      if ('options' in el)
        for (const option of Object.values(el.options) as { value: MessageFormatElement[] }[])
          walk(option.value);
    }
  };
  walk(asts(template));
  return [...names].sort();
}

/** Throws with the ICU parser's message when a catalog sentence is not valid MessageFormat. */
export function checkMessage(lang: MessageLang, template: string): void {
  compiled(JSON.stringify([lang, template, []]));
}
