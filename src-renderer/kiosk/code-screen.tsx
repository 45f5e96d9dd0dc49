/**
 * Code entry. The field has the focus from the start (typing works at once) and an on-screen
 * keypad serves touch screens. The check character is verified here first, so a typo is
 * reported at once without asking the ballot box; then the box says whether the code is
 * known and unused.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { checkCharacter, parseCode } from '../../shared/domain/codes';
import type { Election } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { errorKey } from '../i18n/translate';
import type { MessageKey } from '../i18n/catalogs';
import { CodeKeypad } from './code-keypad';
import { ScreenHeading } from './screen-heading';

export interface AcceptedCode {
  code: string;
  section: string;
}

const MAX_LENGTH = 40;

/** A well-formed example in this kiosk's own section: a Belgian voter reads « BE-… ». */
export function exampleCode(section: string): string {
  const body = '7KQM3XP';
  const full = body + checkCharacter(body);
  return `${section}-${full.slice(0, 4)}-${full.slice(4)}`;
}

export function CodeScreen(props: {
  election: Election;
  section: string;
  initialError: MessageKey | null;
  onAccepted: (c: AcceptedCode) => void;
  onBack: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(props.initialError);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const parsed = parseCode(value);
    // After a refusal the voter retypes at once, whether they pressed Enter or the button.
    if (!parsed.ok) {
      setError(value.trim() === '' ? 'error.code-required' : 'error.code-malformed');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { section } = await api.call('kiosk.checkCode', { code: parsed.canonical });
      props.onAccepted({ code: parsed.canonical, section });
    } catch (err) {
      setError(errorKey(err instanceof ApiError ? err.code : 'generic'));
      setBusy(false);
      input.current?.focus();
    }
  };

  const edit = (next: string) => {
    setValue(next.slice(0, MAX_LENGTH));
    setError(null);
  };

  // The example is set apart so that it never breaks across lines (kiosk.css).
  const example = exampleCode(props.section);
  const [before, after] = t('kiosk.code.help', { example: '\u0000' }).split('\u0000');

  return (
    <section aria-labelledby="code-title" className="screen code">
      <ScreenHeading id="code-title" focusOnMount={false}>
        {t('kiosk.code.title')}
      </ScreenHeading>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <p id="code-help">
          {before}
          <span className="code-example">{example}</span>
          {after}
        </p>
        <label htmlFor="code-input" className="field-label">
          {t('kiosk.code.label')}
        </label>
        <input
          id="code-input"
          ref={input}
          className="code-input"
          value={value}
          onChange={(ev) => edit(ev.target.value)}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          // The keypad below replaces the system's on-screen keyboard on touch screens.
          inputMode="none"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? 'code-help code-error' : 'code-help'}
          maxLength={MAX_LENGTH}
        />
        <p id="code-error" className="error" role="alert">
          {error ? t(error) : busy ? t('kiosk.code.checking') : ''}
        </p>
        <CodeKeypad
          election={props.election}
          disabled={busy}
          onKey={(c) => edit(value + c)}
          onErase={() => edit(value.slice(0, -1))}
          onClear={() => edit('')}
        />
        <div className="actions action-bar">
          <button type="button" onClick={props.onBack}>
            {t('kiosk.rank.back')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('kiosk.code.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
