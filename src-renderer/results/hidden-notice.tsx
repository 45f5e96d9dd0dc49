/**
 * Why a view shows no result yet. A view at zero released ballots may well hold ballots still
 * waiting for their batch: while the vote runs it says from how many ballots results appear,
 * never "no ballots yet". The combined view says it waits for a small section.
 */
import type { PublicResults, ResultView } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';

/**
 * The count at which a section's results first reach the slide: while the vote runs the slide
 * trails the box by one whole batch, so the first batch at or above the threshold shows only
 * once the next one is complete.
 */
export function firstShown(results: PublicResults): number {
  const { batchSize, minBallots } = results.election.results;
  return results.status === 'closed'
    ? minBallots
    : (Math.ceil(minBallots / batchSize) + 1) * batchSize;
}

type Message =
  'none' | 'hidden-until-close' | 'awaiting-reveal' | 'below-threshold' | 'combined-waits';

export function messageOf(results: PublicResults, view: ResultView): Message {
  // Until the reveal the released count trails the box: "no ballots" could be untrue.
  if (results.status === 'closed' && !results.revealed) return 'awaiting-reveal';
  const noneCanWait =
    results.status === 'closed' || (results.status === 'preparation' && !results.testMode);
  if (view.hidden === 'no-ballots' && noneCanWait) return 'none';
  if (results.election.results.policy === 'hidden' && !results.revealed)
    return 'hidden-until-close';
  if (view.view === 'ALL' && view.ballots >= results.election.results.minBallots)
    return 'combined-waits';
  return 'below-threshold';
}

export function HiddenNotice({ results, view }: { results: PublicResults; view: ResultView }) {
  const { t } = useI18n();
  const message = messageOf(results, view);
  const text =
    message === 'none'
      ? t('results.none')
      : message === 'hidden-until-close'
        ? t('results.hidden.hidden-until-close')
        : message === 'awaiting-reveal'
          ? t('results.hidden.awaiting-reveal')
          : message === 'combined-waits'
            ? t('results.hidden.combined-waits', { min: results.election.results.minBallots })
            : t('results.hidden.below-threshold', { min: firstShown(results) });
  return (
    <p
      className="hidden-notice"
      data-testid="hidden-notice"
      data-reason={view.hidden ?? ''}
      data-message={message}
    >
      {text}
    </p>
  );
}
