/** Why a view shows no result yet; the combined view says it waits for a small section. */
import type { PublicResults, ResultView } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';

export function HiddenNotice({ results, view }: { results: PublicResults; view: ResultView }) {
  const { t } = useI18n();
  const min = results.election.results.minBallots;
  const text =
    view.hidden === 'no-ballots'
      ? t('results.none')
      : view.hidden === 'hidden-until-close'
        ? t('results.hidden.hidden-until-close')
        : view.view === 'ALL' && view.ballots >= min
          ? t('results.hidden.combined-waits', { min })
          : t('results.hidden.below-threshold', { min });
  return (
    <p className="hidden-notice" data-testid="hidden-notice" data-reason={view.hidden ?? ''}>
      {text}
    </p>
  );
}
