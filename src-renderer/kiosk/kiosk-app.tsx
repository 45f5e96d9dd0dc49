import { useCallback, useEffect, useState } from 'react';
import { ApiError, type KioskState } from '../../shared/api';
import { localize, type Lang } from '../../shared/domain/election';
import { newBallotId, useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { errorKey } from '../i18n/translate';
import { useRemote } from '../ui/use-remote';
import { toggle } from './ranking';

type Step = 'welcome' | 'rank' | 'review' | 'sending' | 'thanks';

const THANKS_SECONDS = 5;

export function KioskApp({ setLang }: { setLang: (l: Lang) => void }) {
  const state = useRemote('kiosk.state', 'kiosk');
  const { t } = useI18n();
  if (!state) return <p className="loading">{t('app.loading')}</p>;
  return <Kiosk state={state} setLang={setLang} />;
}

function Kiosk({ state, setLang }: { state: KioskState; setLang: (l: Lang) => void }) {
  const api = useApi();
  const { t, lang, ordinal } = useI18n();
  const [step, setStep] = useState<Step>('welcome');
  const [ranking, setRanking] = useState<string[]>([]);
  const [ballotId, setBallotId] = useState(newBallotId);
  const [error, setError] = useState<string | null>(null);
  const e = state.election;
  const title = (id: string) =>
    localize(e.options.find((o) => o.id === id)?.title ?? { fr: id }, lang);

  const reset = useCallback(() => {
    setStep('welcome');
    setRanking([]);
    setBallotId(newBallotId());
    setError(null);
    setLang(state.language);
  }, [setLang, state.language]);

  useEffect(() => {
    if (step !== 'thanks') return;
    const id = setTimeout(reset, THANKS_SECONDS * 1000);
    return () => clearTimeout(id);
  }, [step, reset]);

  const confirm = async () => {
    setStep('sending');
    setError(null);
    try {
      await api.call('kiosk.cast', { ballotId, ranking });
      setStep('thanks');
    } catch (err) {
      setError(t(errorKey(err instanceof ApiError ? err.code : 'generic')));
      setStep('review');
    }
  };

  if (!state.accepting)
    return (
      <main className="kiosk kiosk-closed">
        <h1>{localize(e.title, lang)}</h1>
        <p className="big">{state.status === 'closed' ? t('kiosk.closed') : t('kiosk.notOpen')}</p>
      </main>
    );

  return (
    <main className="kiosk">
      {state.testMode && <p className="test-banner">{t('kiosk.testBanner')}</p>}
      {step === 'welcome' && (
        <section aria-labelledby="welcome-title">
          <h1 id="welcome-title">{localize(e.title, lang)}</h1>
          <p className="question">{localize(e.question, lang)}</p>
          {e.context.length > 0 && (
            <aside className="context">
              <h2>{t('kiosk.welcome.info')}</h2>
              <ul>
                {e.context.map((c, i) => (
                  <li key={i}>{localize(c, lang)}</li>
                ))}
              </ul>
            </aside>
          )}
          <button type="button" className="primary" onClick={() => setStep('rank')}>
            {t('kiosk.welcome.start')}
          </button>
        </section>
      )}
      {step === 'rank' && (
        <section aria-labelledby="rank-title">
          <h1 id="rank-title">{t('kiosk.rank.title')}</h1>
          <p>{t('kiosk.rank.help')}</p>
          <ul className="options">
            {e.options.map((o) => {
              const pos = ranking.indexOf(o.id);
              return (
                <li key={o.id}>
                  <button
                    type="button"
                    className={pos >= 0 ? 'option ranked' : 'option'}
                    aria-pressed={pos >= 0}
                    data-option={o.id}
                    onClick={() => setRanking((r) => toggle(r, o.id))}
                  >
                    <span className="badge">
                      {pos >= 0
                        ? t('kiosk.rank.ranked', { ordinal: ordinal(pos + 1) })
                        : t('kiosk.rank.unranked')}
                    </span>
                    <span className="option-title">{localize(o.title, lang)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p aria-live="polite">
            {t('kiosk.rank.count', { count: ranking.length, total: e.options.length })}
          </p>
          <div className="actions">
            <button type="button" onClick={() => setStep('welcome')}>
              {t('kiosk.rank.back')}
            </button>
            <button type="button" className="primary" onClick={() => setStep('review')}>
              {t('kiosk.rank.continue')}
            </button>
          </div>
        </section>
      )}
      {(step === 'review' || step === 'sending') && (
        <section aria-labelledby="review-title">
          <h1 id="review-title">{t('kiosk.review.title')}</h1>
          {ranking.length === 0 ? (
            <p>{t('kiosk.review.blank')}</p>
          ) : (
            <ol className="review">
              {ranking.map((id, i) => (
                <li key={id}>
                  {t('kiosk.review.choice', { ordinal: ordinal(i + 1), title: title(id) })}
                </li>
              ))}
            </ol>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={() => setStep('rank')} disabled={step === 'sending'}>
              {t('kiosk.review.edit')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void confirm()}
              disabled={step === 'sending'}
            >
              {step === 'sending' ? t('kiosk.sending') : t('kiosk.review.confirm')}
            </button>
          </div>
        </section>
      )}
      {step === 'thanks' && (
        <section aria-labelledby="thanks-title" className="thanks">
          <h1 id="thanks-title">{t('kiosk.thanks.title')}</h1>
          <p className="big" role="status">
            {t('kiosk.thanks.body')}
          </p>
        </section>
      )}
    </main>
  );
}
