/** "A voté !": the voter leaves sure the vote counted; the next one starts a few seconds later. */
import { useI18n } from '../i18n/i18n-context';
import { ScreenHeading } from './screen-heading';

export function ThanksScreen({ seconds }: { seconds: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="thanks-title" className="screen thanks">
      <ScreenHeading id="thanks-title">{t('kiosk.thanks.title')}</ScreenHeading>
      <p className="big" role="status">
        {t('kiosk.thanks.body')}
      </p>
      <p className="muted">{t('kiosk.thanks.next', { seconds })}</p>
    </section>
  );
}
