/**
 * No vote to cast (not open yet, closed, or a joined kiosk waiting for its hub: hub-wait.ts). A
 * newcomer who starts the app lands here, so the way to the staff console is written down,
 * small and in a corner (see use-staff-gesture.ts).
 */
import { LANGS, localize, type Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/translate';
import { UnbrokenNumbers } from '../ui/unbroken-numbers';

export type WaitingFor = 'opening' | 'closed' | 'hub';

const SAID = {
  opening: 'kiosk.notOpen',
  closed: 'kiosk.closed',
  hub: 'kiosk.hubWait',
} as const;

export function WaitingScreen({ election, why }: { election: Election; why: WaitingFor }) {
  const { t, lang } = useI18n();
  return (
    <main className="kiosk kiosk-closed">
      <h1>
        <UnbrokenNumbers text={localize(election.title, lang)} />
      </h1>
      {/* The hub's absence comes and goes under a waiting voter's eyes: it is announced. */}
      <p className="big" {...(why === 'hub' ? { role: 'status' } : {})}>
        {t(SAID[why])}
      </p>
      {/* No welcome screen, so no language switch: the other languages are written below. */}
      {why === 'hub' &&
        LANGS.filter((l) => l !== lang).map((l) => (
          <p key={l} lang={l} className="other-lang">
            {translate(l, 'kiosk.hubWait')}
          </p>
        ))}
      <p className="staff-door-hint">{t('kiosk.staffDoor')}</p>
    </main>
  );
}
