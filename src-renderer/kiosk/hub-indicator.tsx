/**
 * On a kiosk joined to a hub, a small line in a corner for staff when the hub does not answer
 * (open-mode votes go on and wait on this kiosk) or refuses it. Voters are not addressed: it is
 * not a live region, and says nothing while the link is well.
 */
import type { KioskState } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';

export function HubIndicator({ link }: { link: KioskState['link'] }) {
  const { t } = useI18n();
  if (!link || (link.reachable && !link.problem)) return null;
  const text =
    link.problem === 'certificate'
      ? t('kiosk.hub.certificate')
      : link.problem === 'revoked'
        ? t('kiosk.hub.revoked')
        : t('kiosk.hub.down', { count: link.waiting });
  return (
    <aside className="hub-indicator" aria-label={t('kiosk.hub.label')}>
      <p data-testid="hub-indicator">{text}</p>
    </aside>
  );
}
