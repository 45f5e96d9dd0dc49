/**
 * What the declared tie-break rules decided, in one sentence per tie, under the order: the
 * room must know that an order between tied themes came from a rule (and which), or that the
 * draw by lot is still to come.
 */
import type { TieBreakOutcome } from '../../shared/tally/tie-break';
import type { Election } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { inSentence } from './in-sentence';
import { listOf, optionTitle } from './labels';

export function TieBreakLine({
  outcome,
  election,
}: {
  outcome: TieBreakOutcome | null;
  election: Election;
}) {
  const { t, lang } = useI18n();
  if (!outcome || (outcome.decisions.length === 0 && outcome.awaitingDraw.length === 0))
    return null;
  const title = (id: string) => inSentence(lang, optionTitle(election, id, lang));
  const names = (ids: readonly string[]) => listOf(lang, ids.map(title));
  return (
    <div className="tie-break" data-testid="tie-break">
      {outcome.decisions.map((d, i) => (
        <p key={`d${i}`} data-rule={d.rule}>
          {t('results.tieBreak.decided', {
            tied: names(d.tied),
            rule: t(`results.tieBreak.rule.${d.rule}`),
            first: names(d.order[0] ?? []),
          })}
        </p>
      ))}
      {outcome.awaitingDraw.map((w, i) => (
        <p key={`w${i}`}>{t('results.tieBreak.waiting', { tied: names(w) })}</p>
      ))}
    </div>
  );
}
