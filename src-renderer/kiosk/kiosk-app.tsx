/**
 * The voter's walk through the kiosk: welcome → code (when the vote uses codes) → ranking →
 * review → "A voté". Nothing a voter chose (ranking, code, language, display) outlives them:
 * the kiosk resets after the thanks screen and after inactivity. Results are never shown here.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, type KioskState } from '../../shared/api';
import { localize, type Lang } from '../../shared/domain/election';
import { shuffled } from '../../shared/random';
import { useApi } from '../api/client';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';
import { errorKey } from '../i18n/translate';
import { newBallotId, randomInt } from '../ui/random';
import { useRemote } from '../ui/use-remote';
import '../styles/kiosk.css';
import { CodeScreen, type AcceptedCode } from './code-screen';
import {
  DEFAULT_DISPLAY,
  DisplayBar,
  isDefaultDisplay,
  useDisplayOnRoot,
  type Display,
} from './display-settings';
import { useKioskGuard } from './kiosk-guard';
import { sectionOverride } from './kiosk-section';
import { RankScreen } from './rank-screen';
import { ReviewScreen } from './review-screen';
import { StillThere } from './still-there';
import { ThanksScreen } from './thanks-screen';
import { useInactivity } from './use-inactivity';
import { WelcomeScreen } from './welcome-screen';

type Step = 'welcome' | 'code' | 'rank' | 'review' | 'sending' | 'thanks';

const THANKS_SECONDS = 5;
const CODE_ERRORS = new Set(['code-required', 'code-malformed', 'code-unknown', 'code-used']);

export function KioskApp({ setLang }: { setLang: (l: Lang) => void }) {
  const state = useRemote('kiosk.state', 'kiosk');
  const { t } = useI18n();
  useKioskGuard();
  if (!state) return <p className="loading">{t('app.loading')}</p>;
  return <Kiosk state={state} setLang={setLang} />;
}

function Kiosk({ state, setLang }: { state: KioskState; setLang: (l: Lang) => void }) {
  const api = useApi();
  const { t, lang, ordinal } = useI18n();
  const e = state.election;
  const [step, setStep] = useState<Step>('welcome');
  const [ranking, setRanking] = useState<string[]>([]);
  const [ballotId, setBallotId] = useState(newBallotId);
  const [code, setCode] = useState<AcceptedCode | null>(null);
  const [codeError, setCodeError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [display, setDisplay] = useState<Display>(DEFAULT_DISPLAY);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const [thanksLeft, setThanksLeft] = useState(THANKS_SECONDS);
  const section = useMemo(() => sectionOverride(window.location.search, e), [e]);
  useDisplayOnRoot(display);

  // A fresh order for each voter (a new ballot id), against the bias of the first position.
  // Keyed on the option ids, not on the state object, which every pushed event replaces: the
  // list must not reshuffle under a voter's finger when staff change something else.
  const optionKey = e.options.map((o) => o.id).join(' ');
  const shuffle = e.kiosk.shuffleOptions;
  const order = useMemo(() => {
    const ids = optionKey.split(' ');
    return shuffle && ballotId ? shuffled(ids, randomInt) : ids;
  }, [optionKey, shuffle, ballotId]);

  const reset = useCallback(() => {
    setStep('welcome');
    setRanking([]);
    setBallotId(newBallotId());
    setCode(null);
    setCodeError(null);
    setError(null);
    setDisplay(DEFAULT_DISPLAY);
    setSaid({ text: '', n: 0 });
    setLang(state.language);
  }, [setLang, state.language]);

  // Start in the station's language (staff may change it).
  useEffect(() => setLang(state.language), [state.language, setLang]);

  useEffect(() => {
    if (step !== 'thanks') return;
    const started = Date.now();
    const id = setInterval(() => {
      const left = THANKS_SECONDS - Math.floor((Date.now() - started) / 1000);
      if (left <= 0) reset();
      else setThanksLeft(left);
    }, 250);
    return () => clearInterval(id);
  }, [step, reset]);

  const busyVoter =
    step === 'code' ||
    step === 'rank' ||
    step === 'review' ||
    (step === 'welcome' && (lang !== state.language || !isDefaultDisplay(display)));
  const idleLeft = useInactivity(busyVoter && state.accepting, e.kiosk.inactivitySeconds, reset);

  const title = (id: string) =>
    localize(e.options.find((o) => o.id === id)?.title ?? { fr: id }, lang);

  const announce = (text: string) => setSaid((s) => ({ text, n: s.n + 1 }));

  const changeRanking = (next: string[], focusId: string | null) => {
    const changed =
      focusId ??
      [...new Set([...ranking, ...next])].find((id) => ranking.indexOf(id) !== next.indexOf(id));
    setRanking(next);
    if (next.length === 0 && ranking.length > 1) announce(t('kiosk.say.cleared'));
    else if (changed) {
      const pos = next.indexOf(changed);
      announce(
        pos >= 0
          ? t('kiosk.say.ranked', { title: title(changed), ordinal: ordinal(pos + 1) })
          : t('kiosk.say.removed', { title: title(changed) }),
      );
    }
  };
  const start = () => setStep(e.eligibility === 'codes' && !code ? 'code' : 'rank');

  const confirm = async () => {
    setStep('sending');
    setError(null);
    try {
      await api.call('kiosk.cast', {
        ballotId,
        ranking,
        ...(section ? { section } : {}),
        ...(code ? { code: code.code } : {}),
      });
      setThanksLeft(THANKS_SECONDS);
      setStep('thanks');
    } catch (err) {
      const c = err instanceof ApiError ? err.code : 'generic';
      if (CODE_ERRORS.has(c)) {
        // The code was taken meanwhile (another kiosk): ask for a code again, keep the ranking.
        setCode(null);
        setCodeError(errorKey(c));
        setStep('code');
      } else {
        setError(t(errorKey(c)));
        setStep('review');
      }
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
    <main className="kiosk" data-step={step}>
      {state.testMode && <p className="test-banner">{t('kiosk.testBanner')}</p>}
      {step !== 'thanks' && <DisplayBar value={display} onChange={setDisplay} />}
      {step === 'welcome' && <WelcomeScreen election={e} onLang={setLang} onStart={start} />}
      {step === 'code' && (
        <CodeScreen
          initialError={codeError}
          onAccepted={(c) => {
            setCode(c);
            setCodeError(null);
            setStep('rank');
          }}
          onBack={() => setStep('welcome')}
        />
      )}
      {step === 'rank' && (
        <RankScreen
          election={e}
          order={order}
          ranking={ranking}
          onChange={changeRanking}
          onContinue={() => setStep('review')}
          onBlank={() => {
            setRanking([]);
            setStep('review');
          }}
          onBack={() => setStep('welcome')}
          onSay={announce}
        />
      )}
      {(step === 'review' || step === 'sending') && (
        <ReviewScreen
          election={e}
          order={order}
          ranking={ranking}
          sending={step === 'sending'}
          error={error}
          onConfirm={() => void confirm()}
          onEdit={() => setStep('rank')}
        />
      )}
      {step === 'thanks' && <ThanksScreen seconds={thanksLeft} />}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {said.text}
        {/* A repeated sentence must still be read out: vary it invisibly. */}
        {said.n % 2 === 1 ? '\u200b' : ''}
      </p>
      {idleLeft !== null && <StillThere seconds={idleLeft} />}
    </main>
  );
}
