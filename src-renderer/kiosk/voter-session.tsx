/**
 * One voter's walk: welcome → code (when the vote uses codes) → ranking → review → "A voté".
 * Everything a voter chose (code, ranking, language, text size, contrast, the shuffled order)
 * lives in this component only. The kiosk mounts a fresh one, under a new key, for each voter,
 * so every way back to the welcome screen (Retour, inactivity, the thanks screen, a vote closed
 * or changed under the voter) forgets the previous one by construction.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, type KioskState } from '../../shared/api';
import { localize, type Lang } from '../../shared/domain/election';
import { shuffled } from '../../shared/random';
import { useApi } from '../api/client';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';
import { errorKey } from '../i18n/translate';
import { newBallotId, randomInt } from '../ui/random';
import { CodeScreen, type AcceptedCode } from './code-screen';
import {
  DEFAULT_DISPLAY,
  DisplayBar,
  isDefaultDisplay,
  useDisplayOnRoot,
  type Display,
} from './display-settings';
import { InterruptedScreen, type Interruption } from './interrupted-screen';
import { sectionOverride } from './kiosk-section';
import { RankScreen } from './rank-screen';
import { ReviewScreen } from './review-screen';
import { StillThere } from './still-there';
import { ThanksScreen } from './thanks-screen';
import { useInactivity } from './use-inactivity';
import { useMidwayPresence } from './use-presence';
import { WaitingScreen } from './waiting-screen';
import { waitsForHub } from './hub-wait';
import { WelcomeScreen } from './welcome-screen';

type Step = 'welcome' | 'code' | 'rank' | 'review' | 'sending' | 'thanks' | Interruption;

/** A voter is midway from the first step after « Commencer » until the box answers the cast. */
const MIDWAY = new Set<Step>(['code', 'rank', 'review', 'sending']);
const THANKS_SECONDS = 5;
const CODE_ERRORS = new Set(['code-required', 'code-malformed', 'code-unknown', 'code-used']);

/** What a ballot started under must still hold for it to be cast: same options, same rules. */
export const ballotShape = (s: KioskState): string =>
  JSON.stringify([
    s.election.id,
    s.election.options.map((o) => o.id),
    s.election.rules,
    s.election.eligibility,
    s.testMode,
  ]);

/** Why a voter who has started can no longer cast the ballot they started, if so. */
export function interruption(s: KioskState, startedShape: string): Interruption | null {
  // Test mode switched off in preparation is a change, not a close.
  if (!s.accepting) return s.status === 'closed' ? 'closed' : 'changed';
  return ballotShape(s) === startedShape ? null : 'changed';
}

export function VoterSession({
  state,
  setLang,
  onDone,
}: {
  state: KioskState;
  setLang: (l: Lang) => void;
  /** The voter is gone: the kiosk replaces this session by a fresh one. */
  onDone: () => void;
}) {
  const api = useApi();
  const { t, lang, ordinal } = useI18n();
  const e = state.election;
  const [step, setStep] = useState<Step>('welcome');
  const [ranking, setRanking] = useState<string[]>([]);
  const [ballotId] = useState(newBallotId);
  const [code, setCode] = useState<AcceptedCode | null>(null);
  const [codeError, setCodeError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [display, setDisplay] = useState<Display>(DEFAULT_DISPLAY);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const [thanksLeft, setThanksLeft] = useState(THANKS_SECONDS);
  const [shape] = useState(() => ballotShape(state));
  const section = useMemo(() => sectionOverride(window.location.search, e), [e]);
  useDisplayOnRoot(display);

  // Each voter starts in the station's language.
  const [stationLang] = useState(state.language);
  useEffect(() => setLang(stationLang), [setLang, stationLang]);

  // A fresh order for each voter, against the bias of the first position. Keyed on the option
  // ids, not on the state object, which every pushed event replaces: the list must not
  // reshuffle under a voter's finger when staff change something else.
  const optionKey = e.options.map((o) => o.id).join(' ');
  const shuffle = e.kiosk.shuffleOptions;
  const order = useMemo(() => {
    const ids = optionKey.split(' ');
    return shuffle ? shuffled(ids, randomInt) : ids;
  }, [optionKey, shuffle]);

  // Staff closed the vote, or changed the ballot under a voter who had started: that voter is
  // told the ballot was not recorded. A cast already sent waits for the box's answer.
  const now = ballotShape(state);
  const broken = MIDWAY.has(step) && step !== 'sending' ? interruption(state, shape) : null;
  // Kept even if the vote comes back (test mode switched off and on): the ballot is gone.
  if (broken) setStep(broken);
  useEffect(() => {
    // Someone who has not started yet just gets the new ballot, or the new station language.
    if (step === 'welcome' && (now !== shape || state.language !== stationLang)) onDone();
  }, [step, now, shape, state.language, stationLang, onDone]);

  useEffect(() => {
    if (step !== 'thanks') return;
    const started = Date.now();
    const id = setInterval(() => {
      const left = THANKS_SECONDS - Math.floor((Date.now() - started) / 1000);
      if (left <= 0) onDone();
      else setThanksLeft(left);
    }, 250);
    return () => clearInterval(id);
  }, [step, onDone]);

  const shown: Step = broken ?? step;
  useMidwayPresence(MIDWAY.has(shown) && state.accepting);
  const busyVoter =
    shown === 'code' ||
    shown === 'rank' ||
    shown === 'review' ||
    (shown === 'welcome' && (lang !== stationLang || !isDefaultDisplay(display)));
  const idleLeft = useInactivity(busyVoter && state.accepting, e.kiosk.inactivitySeconds, onDone);

  const title = (id: string) =>
    localize(e.options.find((o) => o.id === id)?.title ?? { fr: id }, lang);
  const announce = (text: string) => setSaid((s) => ({ text, n: s.n + 1 }));
  // What the ranking screen said names the voter's choices: it leaves with that screen, so that
  // it is not readable on the review, thanks or interrupted screen, which the next person may
  // find (a screen reader reads a live region at any time), nor back when the voter edits.
  const leaveRanking = (next: Step) => {
    setSaid((s) => ({ text: '', n: s.n }));
    setStep(next);
  };

  const changeRanking = (next: string[], focusId: string | null, asked?: number) => {
    const changed =
      focusId ??
      [...new Set([...ranking, ...next])].find((id) => ranking.indexOf(id) !== next.indexOf(id));
    setRanking(next);
    if (next.length === 0 && ranking.length > 1) return announce(t('kiosk.say.cleared'));
    if (!changed) return;
    const pos = next.indexOf(changed);
    if (pos < 0) return announce(t('kiosk.say.removed', { title: title(changed) }));
    // Where it went, in words: the list re-orders under the voter's finger.
    const before = next[pos - 1];
    const parts = [
      t('kiosk.say.ranked', { title: title(changed), ordinal: ordinal(pos + 1) }),
      before === undefined ? t('kiosk.say.top') : t('kiosk.say.after', { before: title(before) }),
    ];
    if (asked !== undefined && asked !== pos + 1)
      parts.push(t('kiosk.say.noGap', { asked: ordinal(asked) }));
    announce(parts.join(' '));
  };
  // Test ballots take no code (the box ignores one): staff rehearse before any code is printed,
  // without typing, and so exposing, a member's code.
  const needsCode = e.eligibility === 'codes' && !state.testMode && !code;
  const start = () => setStep(needsCode ? 'code' : 'rank');

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
      if (c === 'vote-not-open') setStep('closed');
      else if (CODE_ERRORS.has(c)) {
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

  if (shown === 'welcome' && !state.accepting)
    return <WaitingScreen election={e} why={state.status === 'closed' ? 'closed' : 'opening'} />;
  if (shown === 'welcome' && waitsForHub(state)) return <WaitingScreen election={e} why="hub" />;

  return (
    <main className="kiosk" data-step={shown}>
      {state.testMode && <p className="test-banner">{t('kiosk.testBanner')}</p>}
      {(shown === 'welcome' || MIDWAY.has(shown)) && (
        <DisplayBar value={display} onChange={setDisplay} />
      )}
      {shown === 'welcome' && <WelcomeScreen election={e} onLang={setLang} onStart={start} />}
      {shown === 'code' && (
        <CodeScreen
          election={e}
          section={section ?? state.section}
          initialError={codeError}
          onAccepted={(c) => {
            setCode(c);
            setCodeError(null);
            setStep('rank');
          }}
          onBack={onDone}
        />
      )}
      {shown === 'rank' && (
        <RankScreen
          election={e}
          order={order}
          ranking={ranking}
          onChange={changeRanking}
          onContinue={() => leaveRanking('review')}
          onBlank={() => {
            setRanking([]);
            leaveRanking('review');
          }}
          onBack={onDone}
          onSay={announce}
        />
      )}
      {(shown === 'review' || shown === 'sending') && (
        <ReviewScreen
          election={e}
          order={order}
          ranking={ranking}
          sending={shown === 'sending'}
          error={error}
          onConfirm={() => void confirm()}
          onEdit={() => setStep('rank')}
        />
      )}
      {shown === 'thanks' && <ThanksScreen seconds={thanksLeft} />}
      {(shown === 'closed' || shown === 'changed') && (
        <InterruptedScreen why={shown} onDone={onDone} />
      )}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {shown === 'rank' && said.text}
        {/* A repeated sentence must still be read out: vary it invisibly. */}
        {shown === 'rank' && said.n % 2 === 1 ? '\u200b' : ''}
      </p>
      {idleLeft !== null && <StillThere seconds={idleLeft} />}
    </main>
  );
}
