/**
 * The order by the election's primary method, one row per theme: rank (ties share it and say
 * "ex aequo"), title, the method's score and its rank-distribution bar. Where the other methods
 * disagree is said in sentences below the order (method-check).
 */
import type { Election } from '../../shared/domain/election';
import type { Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';
import { optionTitle } from './labels';
import { placements, scoreOf } from './order-model';
import { RankBar, RankLegend } from './rank-distribution';

export function PriorityOrder({ tally, election }: { tally: Tally; election: Election }) {
  const i18n = useI18n();
  const { t, number, lang } = i18n;
  const ranks = election.options.length;
  const signed = tally.primary === 'copeland';
  const score = (id: string) => {
    const s = scoreOf(tally, id);
    return signed && s > 0 ? `+${number(s)}` : number(s);
  };
  return (
    <section className="priority-order" aria-labelledby="order-title">
      <div className="order-head">
        <span aria-hidden="true">{t('results.col.rank')}</span>
        <h2 id="order-title">
          {t('results.orderBy', { method: t(`results.method.${tally.primary}`) })}
        </h2>
        <span aria-hidden="true" className="score-head">
          {t(`results.score.${tally.primary}`)}
        </span>
        <RankLegend ranks={ranks} />
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
              {i18n.ordinal(p.rank)}
              {p.tied && <span className="tie"> {t('results.tied')}</span>}
            </span>
            <span className="option-title">{optionTitle(election, p.id, lang)}</span>
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
