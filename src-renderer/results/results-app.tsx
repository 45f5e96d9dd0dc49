import { useEffect } from 'react';
import { localize, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import { useRemote } from '../ui/use-remote';

export function ResultsApp({ setLang }: { setLang: (l: Lang) => void }) {
  const results = useRemote('results.get', 'results');
  const { t, lang, number } = useI18n();
  useEffect(() => setLang('fr'), [setLang]);
  if (!results) return <p className="loading">{t('app.loading')}</p>;
  const e = results.election;
  const all = results.views.find((v) => v.view === 'ALL');
  const title = (id: string) =>
    localize(e.options.find((o) => o.id === id)?.title ?? { fr: id }, lang);
  return (
    <main className="results">
      <h1>{localize(e.title, lang)}</h1>
      <p className="participation">
        {t('results.ballots')} :{' '}
        <strong data-testid="ballot-count">{number(results.released)}</strong>
      </p>
      {all?.tally ? (
        <section aria-labelledby="order-title">
          <h2 id="order-title">{t('results.order')}</h2>
          <ol className="order" data-testid="order">
            {all.tally.orders.borda.map((tier) =>
              tier.map((id) => (
                <li key={id} data-option={id}>
                  <span className="option-title">{title(id)}</span>
                  <span className="points">
                    {t('results.points', { points: all.tally?.borda[id] ?? 0 })}
                  </span>
                </li>
              )),
            )}
          </ol>
        </section>
      ) : (
        <p>{t('results.none')}</p>
      )}
    </main>
  );
}
