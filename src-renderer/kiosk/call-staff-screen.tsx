/**
 * The box answers `box-damaged`: a file of the vote is damaged and nothing can be cast until
 * staff repair it from the console. Voters are told to call the staff, and nothing more (which
 * file, and why, is for the console behind the PIN). The kiosk cannot read its language from a
 * damaged box, so the request is written in the three languages, the kiosk's own first. The
 * way to the console stays written down.
 */
import type { Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/translate';

const LANGS: readonly Lang[] = ['fr', 'nl', 'en'];

export function CallStaffScreen() {
  const { t, lang } = useI18n();
  const others = LANGS.filter((l) => l !== lang);
  return (
    <main className="kiosk kiosk-closed kiosk-call-staff">
      <h1>{t('kiosk.callStaff.title')}</h1>
      <p className="big" role="status">
        {t('kiosk.callStaff.body')}
      </p>
      {others.map((l) => (
        <p key={l} lang={l} className="other-lang">
          <strong>{translate(l, 'kiosk.callStaff.title')}</strong>
          {' — '}
          {translate(l, 'kiosk.callStaff.body')}
        </p>
      ))}
      <p className="staff-door-hint">{t('kiosk.staffDoor')}</p>
    </main>
  );
}
