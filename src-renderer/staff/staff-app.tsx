/**
 * The staff console: PIN first (chosen on first start), then the dashboard. Leaving the
 * console ends the session and returns the station to the kiosk's welcome screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { Dashboard } from './dashboard';
import { PinScreen } from './pin-screen';
import '../styles/staff.css';

export function StaffApp({
  setLang,
  navigate,
}: {
  setLang: (l: Lang) => void;
  navigate?: (path: string) => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => setLang('fr'), [setLang]);
  useEffect(() => {
    let alive = true;
    api
      .call('staff.pinStatus', {})
      .then((r) => alive && setPinSet(r.pinSet))
      .catch(() => alive && setPinSet(true));
    return () => {
      alive = false;
    };
  }, [api]);

  const signIn = useCallback(
    (tk: string) => {
      api.setToken(tk);
      setToken(tk);
      setPinSet(true);
    },
    [api],
  );
  const signOut = useCallback(() => {
    api.setToken(null);
    setToken(null);
  }, [api]);
  const leave = useCallback(() => {
    if (token) void api.call('staff.logout', {}).catch(() => undefined);
    signOut();
    if (navigate) navigate('/kiosk');
    else window.location.assign('/kiosk');
  }, [api, navigate, signOut, token]);

  if (pinSet === null) return <p className="loading">{t('app.loading')}</p>;
  if (!token) return <PinScreen pinSet={pinSet} onToken={signIn} onLeave={leave} />;
  return <Dashboard onLeave={leave} onSessionLost={signOut} setLang={setLang} />;
}
