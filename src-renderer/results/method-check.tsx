/**
 * How far the order depends on the counting method, in sentences a member understands
 * ("the other methods put these two themes joint first"), and whether one theme beats every
 * other head to head (the Condorcet winner).
 */
import type { Election } from '../../shared/domain/election';
import type { OrderMethod, Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';
import { inSentence } from './in-sentence';
import { listOf, optionTitle } from './labels';
import { OTHER_METHODS, divergences, type Divergence } from './order-model';
import { ScoreNote } from './score-note';

export function MethodCheck({ tally, election }: { tally: Tally; election: Election }) {
  const { t, ordinal, lang } = useI18n();
  const title = (id: string) => inSentence(lang, optionTitle(election, id, lang));
  const who = (ms: readonly OrderMethod[]) =>
    ms.length === OTHER_METHODS.length - 1
      ? t('results.check.others')
      : t('results.check.methods', {
          count: ms.length,
          methods: listOf(
            lang,
            ms.map((m) => t(`results.method.${m}`)),
          ),
        });
  const sentence = (g: Divergence) => {
    const common = { who: who(g.methods), count: g.methods.length };
    if (g.rank === null) return t('results.check.keep', common);
    const position =
      g.rank === 1
        ? t('results.position.first')
        : t('results.position.rank', { rank: ordinal(g.rank) });
    // Beyond two, the names of the tied themes would fill the slide: their number says it.
    if (g.there.length > 2)
      return t('results.check.placeMany', { ...common, position, n: g.there.length });
    return g.there.length > 1
      ? t('results.check.placeTied', {
          ...common,
          position,
          options: listOf(lang, g.there.map(title)),
        })
      : t('results.check.placeOne', { ...common, position, option: title(g.there[0] ?? '') });
  };
  return (
    <section className="method-check" data-testid="method-check">
      <ScoreNote tally={tally} election={election} />
      <p data-testid="agreement" data-all-same={String(tally.agreement.allSame)}>
        {tally.agreement.allSame
          ? t('results.check.same')
          : divergences(tally).map((g, k) => (
              <span
                key={g.methods.join()}
                data-methods={g.methods.join(' ')}
                data-rank={g.rank ?? ''}
              >
                {k > 0 && ' '}
                {sentence(g)}
              </span>
            ))}
      </p>
      <p data-testid="condorcet" data-winner={tally.condorcetWinner ?? ''}>
        {tally.condorcetWinner
          ? t('results.condorcet.winner', {
              option: optionTitle(election, tally.condorcetWinner, lang),
            })
          : t('results.condorcet.none')}
      </p>
    </section>
  );
}
