/**
 * Code entry. The check character is verified here first, so a typo is reported at once
 * without asking the ballot box; then the box says whether the code is known and unused.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { parseCode } from '../../shared/domain/codes';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { errorKey } from '../i18n/translate';
import type { MessageKey } from '../i18n/catalogs';
import { ScreenHeading } from './screen-heading';

export interface AcceptedCode {
  code: string;
  section: string;
}

export function CodeScreen(props: {
  initialError: MessageKey | null;
  onAccepted: (c: AcceptedCode) => void;
  onBack: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(props.initialError);
  const [busy, setBusy] = useState(false);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const parsed = parseCode(value);
    if (!parsed.ok) {
      setError(value.trim() === '' ? 'error.code-required' : 'error.code-malformed');
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
    }
  };

  return (
    <section aria-labelledby="code-title" className="screen code">
      <ScreenHeading id="code-title">{t('kiosk.code.title')}</ScreenHeading>
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <p id="code-help">{t('kiosk.code.help')}</p>
        <label htmlFor="code-input" className="field-label">
          {t('kiosk.code.label')}
        </label>
        <input
          id="code-input"
          className="code-input"
          value={value}
          onChange={(ev) => setValue(ev.target.value)}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? 'code-help code-error' : 'code-help'}
          maxLength={40}
        />
        <p id="code-error" className="error" role="alert">
          {error ? t(error) : busy ? t('kiosk.code.checking') : ''}
        </p>
        <div className="actions">
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
