import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../shared/api';
import type { Lang } from '../shared/domain/election';
import { ApiContext } from './api/client';
import { I18nProvider } from './i18n/i18n-context';
import { KioskApp } from './kiosk/kiosk-app';
import { PairScreen } from './kiosk/pair-screen';
import { ResultsApp } from './results/results-app';
import { StaffApp } from './staff/staff-app';
import { StaffDoor } from './staff/use-staff-gesture';

export type Page = 'kiosk' | 'results' | 'staff' | 'pair';

export const pageOf = (pathname: string): Page =>
  pathname.startsWith('/results')
    ? 'results'
    : pathname.startsWith('/staff')
      ? 'staff'
      : pathname === '/pair'
        ? 'pair'
        : 'kiosk';

export function App({ api, page }: { api: ApiClient; page: string }) {
  // In-app navigation (kiosk ⇄ staff console) without reloading: history.pushState.
  const [path, setPath] = useState(page);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string) => {
    window.history.pushState(null, '', to);
    setPath(to);
  }, []);
  const which = pageOf(path);
  const [lang, setLang] = useState<Lang>('fr');
  useEffect(() => {
    document.documentElement.lang = lang;
    document.body.dataset.page = which;
  }, [lang, which]);
  return (
    <ApiContext.Provider value={api}>
      <I18nProvider lang={lang}>
        {which === 'kiosk' && <KioskApp setLang={setLang} />}
        {which === 'kiosk' && <StaffDoor onOpen={() => navigate('/staff')} />}
        {which === 'results' && <ResultsApp setLang={setLang} />}
        {which === 'pair' && <PairScreen setLang={setLang} />}
        {which === 'staff' && <StaffApp setLang={setLang} navigate={navigate} />}
      </I18nProvider>
    </ApiContext.Provider>
  );
}
