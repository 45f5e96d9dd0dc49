/**
 * The kiosk: one VoterSession at a time, each under a fresh key, so that nothing a voter chose
 * can reach the next one (see voter-session.tsx). Results are never shown here.
 */
import { useCallback, useState } from 'react';
import type { Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { useRemoteState } from '../ui/use-remote';
import { CallStaffScreen } from './call-staff-screen';
import '../styles/kiosk.css';
import { HubIndicator } from './hub-indicator';
import { useKioskGuard } from './kiosk-guard';
import { VoterSession } from './voter-session';

export function KioskApp({ setLang }: { setLang: (l: Lang) => void }) {
  const { value: state, error } = useRemoteState('kiosk.state', 'kiosk', undefined, true);
  const { t } = useI18n();
  const [voter, setVoter] = useState(0);
  const next = useCallback(() => setVoter((v) => v + 1), []);
  useKioskGuard();
  // A damaged file stops the box (at opening, or found by the staff check): no vote here.
  if (error === 'box-damaged') return <CallStaffScreen />;
  if (!state) return <p className="loading">{t('app.loading')}</p>;
  return (
    <>
      <VoterSession key={voter} state={state} setLang={setLang} onDone={next} />
      <HubIndicator link={state.link} />
    </>
  );
}
