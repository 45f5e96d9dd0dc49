/**
 * A damaged file stops the box and no stored PIN can be proven (damaged-box.ts): nobody can
 * sign in, so nobody can repair from here (a new PIN chosen now would let anyone at a kiosk
 * repair). The screen says so and what staff can do instead.
 */
import { useI18n } from '../i18n/i18n-context';

export function UnprovenPinScreen({ onLeave }: { onLeave: () => void }) {
  const { t } = useI18n();
  return (
    <main className="staff staff-pin">
      <h1>{t('staff.title')}</h1>
      <section aria-labelledby="unproven-title">
        <h2 id="unproven-title">{t('staff.repair.unprovenTitle')}</h2>
        <p className="error">{t('staff.repair.unproven')}</p>
        <p>{t('staff.repair.unprovenWhat')}</p>
        <div className="actions">
          <button type="button" onClick={onLeave}>
            {t('staff.leave')}
          </button>
        </div>
      </section>
    </main>
  );
}
