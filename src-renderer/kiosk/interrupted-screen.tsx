/**
 * Said plainly when a voter's ballot was NOT recorded because staff closed or changed the vote
 * before the confirmation: nobody may leave believing they voted.
 */
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ScreenHeading } from './screen-heading';

export type Interruption = 'closed' | 'changed';

/** Long enough to read twice; the next person must not find it there for ever. */
const SHOWN_MS = 60_000;

export function InterruptedScreen({ why, onDone }: { why: Interruption; onDone: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    const id = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(id);
  }, [onDone]);
  return (
    <section aria-labelledby="interrupted-title" className="screen interrupted" role="alert">
      <ScreenHeading id="interrupted-title">{t('kiosk.interrupted.title')}</ScreenHeading>
      <p className="big">
        {t(why === 'closed' ? 'kiosk.interrupted.closed' : 'kiosk.interrupted.changed')}
      </p>
      <p>{t('kiosk.interrupted.help')}</p>
      <div className="actions actions-end">
        <button type="button" className="primary" onClick={onDone}>
          {t('kiosk.interrupted.ok')}
        </button>
      </div>
    </section>
  );
}
