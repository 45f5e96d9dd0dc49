/**
 * One line under the order saying what its score means: for Borda, how many points each place
 * earns (computed from the number of options) and why a score can end in ,5.
 */
import type { Election } from '../../shared/domain/election';
import type { Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';

export function ScoreNote({ tally, election }: { tally: Tally; election: Election }) {
  const { t, ordinal, number } = useI18n();
  const c = election.options.length;
  let text: string;
  if (tally.primary === 'borda') {
    const item = (i: number) =>
      t(i === 0 ? 'results.explain.borda.first' : 'results.explain.borda.next', {
        points: c - 1 - i,
        rank: ordinal(i + 1),
      });
    // Up to four places read in full; beyond, the first two and the last say the rule.
    const scale =
      c <= 4
        ? Array.from({ length: c }, (_, i) => item(i)).join(', ')
        : `${item(0)}, ${item(1)}… ${item(c - 1)}`;
    // Halves come from sharing the points of two or more places left unranked on a ballot.
    const halves = election.rules.minRanked <= c - 2;
    text = halves
      ? t('results.explain.borda.share', { scale, half: number(0.5).replace(/^0/, '') })
      : t('results.explain.borda', { scale });
  } else text = t(`results.explain.${tally.primary}`);
  return (
    <p className="score-note" data-testid="score-note">
      {text}
    </p>
  );
}
