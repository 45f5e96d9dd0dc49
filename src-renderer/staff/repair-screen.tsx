/**
 * The damaged-file screen of the console, behind the PIN: which file, why (in the staff's
 * language), that nothing was modified, and « Réparer »: a confirmation, a progress line, then
 * the same report as `npm run recover` (shared/i18n/recovery.ts). When the box opens again the
 * console goes on as usual; kiosks leave their « Appelez l'équipe » screen by themselves.
 */
import { useEffect, useState } from 'react';
import type { Damage, RecoveryReport } from '../../shared/api';
import type { Lang } from '../../shared/domain/election';
import { damageWhy, recoveryReport } from '../../shared/i18n/recovery';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ConfirmDialog } from './confirm-dialog';
import { errorText } from './staff-errors';

export function RepairScreen({
  onOpened,
  onLeave,
  setLang,
}: {
  onOpened: () => void;
  onLeave: () => void;
  setLang: (l: Lang) => void;
}) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [damage, setDamage] = useState<Damage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    let alive = true;
    api
      .call('staff.damage', {})
      .then((r) => {
        if (!alive) return;
        if (r.language) setLang(r.language);
        if (r.damage) setDamage(r.damage);
        else onOpened();
      })
      .catch((e: unknown) => alive && setError(errorText(t, e)));
    return () => {
      alive = false;
    };
    // The staff's language is taken once, at the screen's start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  return (
    <div className="staff">
      <header className="staff-header">
        <div>
          <p className="staff-kicker">{t('staff.title')}</p>
          <h1>{done ? t('staff.repair.doneTitle') : t('staff.repair.title')}</h1>
        </div>
        <div className="staff-header-side">
          <label className="lang-select">
            <span>{t('lang.choose')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="fr">{t('lang.fr')}</option>
              <option value="nl">{t('lang.nl')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </label>
          <button type="button" onClick={onLeave}>
            {t('staff.leave')}
          </button>
        </div>
      </header>
      <main className="staff-panel repair">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {damage && !done && (
          <>
            <p className="error" data-testid="damaged-file">
              {t('staff.repair.file', { file: damage.file })}
            </p>
            <p>{t('staff.repair.why', { why: damageWhy(lang, damage.reason) })}</p>
            <p>{t('staff.repair.untouched')}</p>
          </>
        )}
        {damage && <RepairFlow onOpened={onOpened} onReport={() => setDone(true)} />}
      </main>
    </div>
  );
}

/** « Réparer », its confirmation, the progress and the report. */
export function RepairFlow({ onOpened, onReport }: { onOpened: () => void; onReport: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<RecoveryReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const repair = async () => {
    setAsking(false);
    setRunning(true);
    setError(null);
    try {
      setReport(await api.call('staff.recover', { confirm: true }));
      onReport();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-labelledby="repair-title" className="repair-flow">
      <h2 id="repair-title">{report ? t('staff.repair.report') : t('staff.repair.button')}</h2>
      {!report && (
        <>
          <p>{t('staff.repair.what')}</p>
          <p>
            <button
              type="button"
              className="danger"
              disabled={running}
              onClick={() => setAsking(true)}
            >
              {t('staff.repair.button')}
            </button>
          </p>
        </>
      )}
      <p role="status" aria-busy={running}>
        {running && t('staff.repair.running')}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && (
        <>
          <ul className="repair-report" data-testid="repair-report">
            {recoveryReport(lang, report.steps).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {report.opened ? (
            <>
              <p className="done">{t('staff.repair.opened')}</p>
              <p>
                <button type="button" className="primary" onClick={onOpened}>
                  {t('staff.repair.continue')}
                </button>
              </p>
            </>
          ) : (
            <p className="error">
              {t('staff.repair.stillDamaged', {
                file: report.damage?.file ?? '—',
                why: report.damage ? damageWhy(lang, report.damage.reason) : '—',
              })}
            </p>
          )}
        </>
      )}
      {asking && (
        <ConfirmDialog
          title={t('staff.repair.confirmTitle')}
          body={t('staff.repair.confirmBody')}
          confirmLabel={t('staff.repair.confirm')}
          onConfirm={() => void repair()}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}
