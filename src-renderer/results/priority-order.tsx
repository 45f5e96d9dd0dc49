/**
 * The order by the election's primary method, one row per theme: rank (ties share it and say
 * "ex aequo"), title, the method's score, where other methods place it when they disagree, and
 * its rank-distribution bar.
 */
import type { Election } from '../../shared/domain/election';
import type { Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';
import { listOf, optionTitle, rankLabel } from './labels';
import { otherPlacements, placements, scoreOf } from './order-model';
import { RankBar, RankLegend } from './rank-distribution';

export function PriorityOrder({ tally, election }: { tally: Tally; election: Election }) {
  const i18n = useI18n();
  const { t, number, lang } = i18n;
  const others = otherPlacements(tally);
  const ranks = election.options.length;
  const signed = tally.primary === 'copeland';
  const score = (id: string) => {
    const s = scoreOf(tally, id);
    return signed && s > 0 ? `+${number(s)}` : number(s);
  };
  return (
    <section className="priority-order" aria-labelledby="order-title">
      <h2 id="order-title">
        {t('results.orderBy', { method: t(`results.method.${tally.primary}`) })}
      </h2>
      <div className="order-head" aria-hidden="true">
        <span>{t('results.col.rank')}</span>
        <span>{t('results.col.theme')}</span>
        <span className="score-head">{t(`results.score.${tally.primary}`)}</span>
        <span>
          <RankLegend ranks={ranks} />
        </span>
      </div>
      <ol className="order" data-testid="order">
        {placements(tally.primaryOrder).map((p) => (
          <li
            key={p.id}
            data-option={p.id}
            data-rank={p.rank}
            data-tied={p.tied}
            className={p.tied ? 'tied' : undefined}
          >
            <span className="rank" data-testid="rank">
              {p.tied ? (
                <>
                  {i18n.ordinal(p.rank)} <span className="tie">{t('results.tied')}</span>
                </>
              ) : (
                rankLabel(i18n, p.rank, false)
              )}
            </span>
            <span className="theme">
              <span className="option-title">{optionTitle(election, p.id, lang)}</span>
              {others.has(p.id) && (
                <span className="other-rank">
                  ≠{' '}
                  {(others.get(p.id) ?? [])
                    .map((o) =>
                      t('results.otherRank', {
                        method: listOf(
                          lang,
                          o.methods.map((m) => t(`results.method.${m}`)),
                        ),
                        rank: rankLabel(i18n, o.rank, o.tied),
                      }),
                    )
                    .join(' · ')}
                </span>
              )}
            </span>
            <span className="score" data-testid="score">
              <span className="sr-only">{t(`results.score.${tally.primary}`)} </span>
              <span data-testid="score-value">{score(p.id)}</span>
            </span>
            <RankBar counts={tally.rankDistribution[p.id] ?? []} />
          </li>
        ))}
      </ol>
    </section>
  );
}
