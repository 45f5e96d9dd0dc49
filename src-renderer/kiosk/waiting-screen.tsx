/**
 * No vote to cast (not open yet, or closed). A newcomer who starts the app lands here, so the
 * way to the staff console is written down, small and in a corner (see use-staff-gesture.ts).
 */
import { localize, type Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { UnbrokenNumbers } from '../ui/unbroken-numbers';

export function WaitingScreen({ election, closed }: { election: Election; closed: boolean }) {
  const { t, lang } = useI18n();
  return (
    <main className="kiosk kiosk-closed">
      <h1>
        <UnbrokenNumbers text={localize(election.title, lang)} />
      </h1>
      <p className="big">{closed ? t('kiosk.closed') : t('kiosk.notOpen')}</p>
      <p className="staff-door-hint">{t('kiosk.staffDoor')}</p>
    </main>
  );
}
