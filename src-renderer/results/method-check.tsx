/** How far the order depends on the counting method, and the Condorcet winner if there is one. */
import type { Election } from '../../shared/domain/election';
import type { Tally } from '../../shared/tally/types';
import { useI18n } from '../i18n/i18n-context';
import { listOf, optionTitle } from './labels';
import { groupedChecks } from './order-model';
import type { OrderMethod } from '../../shared/tally/types';

export function MethodCheck({ tally, election }: { tally: Tally; election: Election }) {
  const { t, ordinal, lang } = useI18n();
  const names = (ms: OrderMethod[]) =>
    listOf(
      lang,
      ms.map((m) => t(`results.method.${m}`)),
    );
  return (
    <section className="method-check" data-testid="method-check">
      {tally.agreement.allSame ? (
        <p data-testid="agreement" data-all-same="true">
          <span aria-hidden="true">✓ </span>
          {t('results.check.same')}
        </p>
      ) : (
        <p data-testid="agreement" data-all-same="false">
          <span>{t('results.check.label')} </span>
          {groupedChecks(tally).map((c, k) => (
            <span
              key={c.methods.join()}
              data-methods={c.methods.join(' ')}
              data-differs-from={c.differsFrom ?? ''}
            >
              {k > 0 && ' · '}
              <span aria-hidden="true">{c.differsFrom === null ? '✓ ' : '≠ '}</span>
              {c.differsFrom === null
                ? t('results.check.methodSame', { methods: names(c.methods) })
                : t('results.check.methodDiffers', {
                    methods: names(c.methods),
                    rank: ordinal(c.differsFrom),
                  })}
            </span>
          ))}
        </p>
      )}
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
