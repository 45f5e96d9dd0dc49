/**
 * The box answers `box-damaged`: a file of the vote is damaged and nothing can be cast until
 * staff repair it from the console. Voters are told to call the staff, and nothing more (which
 * file, and why, is for the console behind the PIN). The way to the console stays written down.
 */
import { useI18n } from '../i18n/i18n-context';

export function CallStaffScreen() {
  const { t } = useI18n();
  return (
    <main className="kiosk kiosk-closed kiosk-call-staff">
      <h1>{t('kiosk.callStaff.title')}</h1>
      <p className="big" role="status">
        {t('kiosk.callStaff.body')}
      </p>
      <p className="staff-door-hint">{t('kiosk.staffDoor')}</p>
    </main>
  );
}
