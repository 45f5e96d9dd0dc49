import type { PublicResults, ResultView } from '../../shared/api';
import { useI18n } from '../i18n/i18n-context';
import { viewName } from './labels';

/** Ballots, blanks and turnout of the shown view; on the combined view, each section's count. */
export function Participation({ results, view }: { results: PublicResults; view: ResultView }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const e = results.election;
  const turnout =
    view.entitled !== null && view.entitled > 0
      ? t('results.turnout', {
          pct: t('results.percent', { pct: number((100 * view.ballots) / view.entitled, 1) }),
          entitled: view.entitled,
        })
      : null;
  const sections = view.view === 'ALL' && e.sections.length > 1 ? results.views.slice(1) : [];
  return (
    <div className="participation" data-testid="participation">
      <p>
        <span>{t('results.ballotsLabel')} </span>
        <strong data-testid="ballot-count">{number(view.ballots)}</strong>
        {view.tally && view.blank > 0 && (
          <span data-testid="blank-count"> · {t('results.blank', { n: view.blank })}</span>
        )}
        {turnout && <span data-testid="turnout"> · {turnout}</span>}
      </p>
      {sections.length > 0 && (
        <p className="by-section">
          {sections.map((s, k) => (
            <span key={s.view} data-section={s.view}>
              {k > 0 && ' · '}
              {viewName(e, s.view, i18n)} <strong>{number(s.ballots)}</strong>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
