/**
 * The head-to-head matrix on its own slide: row X, column Y holds how many voters prefer X to
 * Y. Rows and columns follow the primary order, and the letters follow the rows, so the column
 * headers read A, B, C… in the same order as the rows.
 */
import type { Election } from '../../shared/domain/election';
import type { Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';
import { inSentence } from './in-sentence';
import { optionTitle, rowLetter } from './labels';

export function HeadToHead({ tally, election }: { tally: Tally; election: Election }) {
  const { t, number, lang } = useI18n();
  const ids = tally.primaryOrder.flat();
  return (
    <section className="head-to-head" aria-labelledby="matrix-title">
      <h2 id="matrix-title">{t('results.page.matrix')}</h2>
      <table data-testid="matrix">
        <caption>{t('results.matrix.caption')}</caption>
        <colgroup>
          <col className="row-head" />
          {ids.map((b) => (
            <col key={b} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {ids.map((b) => (
              <th key={b} scope="col" abbr={optionTitle(election, b, lang)} data-option={b}>
                {rowLetter(ids, b)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((a) => (
            <tr key={a} data-option={a}>
              <th scope="row">
                <span className="letter">{rowLetter(ids, a)}</span> {optionTitle(election, a, lang)}
              </th>
              {ids.map((b) => {
                if (a === b) return <td key={b} className="self" />;
                const n = tally.pairwise[a]?.[b] ?? 0;
                const wins = n > (tally.pairwise[b]?.[a] ?? 0);
                return (
                  <td
                    key={b}
                    className={wins ? 'wins' : undefined}
                    data-row={a}
                    data-col={b}
                    data-count={n}
                  >
                    <span aria-hidden="true">
                      {wins ? '▲ ' : ''}
                      {number(n)}
                    </span>
                    <span className="sr-only">
                      {t('results.matrix.cell', {
                        a: optionTitle(election, a, lang),
                        toB: inSentence(lang, optionTitle(election, b, lang), t('results.prep.to')),
                        n,
                      })}
                      {wins ? ` (${t('results.matrix.majority')})` : ''}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="matrix-legend">{t('results.matrix.legend')}</p>
    </section>
  );
}
