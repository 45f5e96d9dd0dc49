import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../shared/domain/election';
import type { MessageKey } from './catalogs';
import { formatNumber, ordinal, translate, type Params } from './translate';

export interface I18n {
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  ordinal(n: number): string;
  number(n: number, maxFraction?: number): string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      ordinal: (n) => ordinal(lang, n),
      number: (n, maxFraction) => formatNumber(lang, n, maxFraction),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
