/** "Are you still there?": one touch or key anywhere dismisses it (see useInactivity). */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';

export function StillThere({ seconds }: { seconds: number }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Give the focus back where the voter left it when the dialog goes away.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    button.current?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="idle-backdrop">
      <div
        className="idle-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
      >
        <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
        <p id="idle-body" className="big">
          {t('kiosk.idle.body', { seconds })}
        </p>
        {/* The click itself does nothing more: the touch that reached it already counted. */}
        <button ref={button} type="button" className="primary">
          {t('kiosk.idle.stay')}
        </button>
      </div>
    </div>
  );
}
