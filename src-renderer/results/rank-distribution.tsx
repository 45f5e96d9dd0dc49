/**
 * One horizontal stacked bar per theme: how many ballots put it 1st, 2nd, … and how many left
 * it unranked. Every segment carries its number, so the colours are a help, never the only
 * carrier; a segment keeps room for its number even when its share is tiny.
 */
import { useI18n } from '../i18n/i18n-context';
import { UNRANKED_FILL, rankFills, textOn } from './palette';

export function useRankLabels(ranks: number): string[] {
  const { t, ordinal } = useI18n();
  return [
    ...Array.from({ length: ranks }, (_, i) => t('results.dist.rank', { rank: ordinal(i + 1) })),
    t('results.dist.unranked'),
  ];
}

const fillsFor = (ranks: number) => [...rankFills(ranks), UNRANKED_FILL];

export function RankBar({ counts }: { counts: readonly number[] }) {
  const { t, number } = useI18n();
  const labels = useRankLabels(counts.length - 1);
  const fills = fillsFor(counts.length - 1);
  return (
    <div className="rank-bar" data-testid="rank-bar">
      {counts.map((n, i) =>
        n === 0 ? null : (
          <span
            key={i}
            className="segment"
            data-rank={i + 1 === counts.length ? 'unranked' : i + 1}
            style={{ flexGrow: n, background: fills[i], color: textOn(fills[i] as string) }}
          >
            <span className="sr-only">
              {t('results.dist.item', { label: labels[i] as string, n })}
            </span>
            <span aria-hidden="true" data-testid="segment-count">
              {number(n)}
            </span>
          </span>
        ),
      )}
    </div>
  );
}

/**
 * The colours' key. Up to five places every swatch is named; beyond, only the first and last
 * places are, the ramp between them telling the rest, so ten places still fit above the bars.
 */
export function RankLegend({ ranks }: { ranks: number }) {
  const { ordinal, t } = useI18n();
  const fills = fillsFor(ranks);
  const named = (i: number) => ranks <= 5 || i === 0 || i === ranks - 1;
  const labels = [
    ...Array.from({ length: ranks }, (_, i) => (named(i) ? ordinal(i + 1) : '')),
    t('results.dist.unranked'),
  ];
  return (
    <ul className="rank-legend" aria-hidden="true" data-ranks={ranks}>
      {labels.map((label, i) => (
        <li key={i} className={i === ranks ? 'unranked' : undefined}>
          <span className="swatch" style={{ background: fills[i] }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
