/**
 * `/pair` on the hub's network listener: a plain Chromium becomes a kiosk or a projector by
 * typing the code staff read off the console. The hub answers with the device's role and keeps
 * its token in an HttpOnly cookie (never seen by this page); the page then opens the kiosk or
 * the slide.
 */
import '../styles/kiosk.css';
import { useState } from 'react';
import type { Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from '../staff/staff-errors';
import { LanguageSwitch } from './language-switch';

export function PairScreen({ setLang }: { setLang: (l: Lang) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="pair">
      <LanguageSwitch onChange={setLang} />
      <h1>{t('pair.title')}</h1>
      <p>{t('pair.help')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          api
            .call('device.pair', { code, name: name.trim() || t('pair.namePlaceholder') })
            .then((r) => window.location.assign(r.role === 'kiosk' ? '/kiosk' : '/results'))
            .catch((err: unknown) => {
              setError(errorText(t, err));
              setBusy(false);
            });
        }}
      >
        <label className="field">
          <span>{t('pair.code')}</span>
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            aria-invalid={error !== null}
            aria-describedby={error ? 'pair-error' : undefined}
          />
        </label>
        <label className="field">
          <span>{t('pair.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('pair.namePlaceholder')}
            maxLength={60}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('pair.submit')}
        </button>
      </form>
      <div role="alert" id="pair-error">
        {error && <p className="error">{error}</p>}
      </div>
    </main>
  );
}
