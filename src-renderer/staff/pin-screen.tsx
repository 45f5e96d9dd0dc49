/** First start: choose the staff PIN (twice). Later: enter it; wrong tries lock for longer. */
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './staff-errors';

export function PinScreen({
  pinSet,
  onToken,
  onLeave,
  notice,
}: {
  pinSet: boolean;
  onToken: (token: string) => void;
  onLeave: () => void;
  /** Said above the form (a damaged file stops the box). */
  notice?: string | undefined;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!pinSet && !/^[0-9]{4,12}$/.test(pin)) return setError(t('error.pin-too-short'));
    if (!pinSet && pin !== again) return setError(t('staff.pin.mismatch'));
    setBusy(true);
    try {
      const r = pinSet
        ? await api.call('staff.login', { pin })
        : await api.call('staff.setPin', { pin });
      onToken(r.token);
    } catch (err) {
      setError(errorText(t, err));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="staff staff-pin">
      <h1>{t('staff.title')}</h1>
      {notice && <p className="error">{notice}</p>}
      <form onSubmit={(e) => void submit(e)} aria-describedby="pin-help">
        <h2>{pinSet ? t('staff.pin.enterTitle') : t('staff.pin.chooseTitle')}</h2>
        <p id="pin-help">{pinSet ? t('staff.pin.enterHelp') : t('staff.pin.chooseHelp')}</p>
        <label htmlFor="pin">{t('staff.pin.label')}</label>
        <input
          id="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          autoFocus
        />
        {!pinSet && (
          <>
            <label htmlFor="pin-again">{t('staff.pin.again')}</label>
            <input
              id="pin-again"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              value={again}
              onChange={(e) => setAgain(e.target.value.replace(/\D/g, ''))}
            />
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onLeave}>
            {t('staff.leave')}
          </button>
          <button type="submit" className="primary" disabled={busy || pin.length === 0}>
            {pinSet ? t('staff.pin.submit') : t('staff.pin.set')}
          </button>
        </div>
      </form>
    </main>
  );
}
