/**
 * The staff console: PIN first (chosen on first start), then the dashboard. Leaving the
 * console ends the session and returns the station to the kiosk's welcome screen. When a
 * damaged file stops the box (at opening, or found by the staff check), the damaged-file
 * screen comes after the PIN instead, with « Réparer »; and when no PIN can be proven there,
 * a screen says what staff can do, since nobody can sign in.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { Dashboard } from './dashboard';
import { PinScreen } from './pin-screen';
import { RepairScreen } from './repair-screen';
import { UnprovenPinScreen } from './unproven-pin-screen';
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
  const [damaged, setDamaged] = useState(false);
  const [pinUnproven, setPinUnproven] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => setLang('fr'), [setLang]);
  useEffect(() => {
    let alive = true;
    api
      .call('staff.pinStatus', {})
      .then((r) => {
        if (!alive) return;
        setDamaged(r.damaged === true);
        setPinUnproven(r.pinUnproven === true);
        setPinSet(r.pinSet);
      })
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
  if (pinUnproven && !token) return <UnprovenPinScreen onLeave={leave} />;
  if (!token)
    return (
      <PinScreen
        pinSet={pinSet}
        onToken={signIn}
        onLeave={leave}
        notice={damaged ? t('staff.repair.pinNotice') : undefined}
      />
    );
  if (damaged)
    return <RepairScreen onOpened={() => setDamaged(false)} onLeave={leave} setLang={setLang} />;
  return (
    <Dashboard
      onLeave={leave}
      onSessionLost={signOut}
      setLang={setLang}
      onRepair={() => setDamaged(true)}
    />
  );
}
