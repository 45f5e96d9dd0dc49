/** The audit trail, newest first, each action in a sentence, with whether its hash chain holds. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/api';
import { auditSentence } from '../../shared/i18n/audit';
import { formatDate } from '../../shared/i18n/dates';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';

export function AuditPanel({ onRepair }: { onRepair: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [audit, setAudit] = useState<{ entries: AuditEntry[]; valid: boolean } | null>(null);
  const [integrity, setIntegrity] = useState<{
    file: string | null;
    reason: string | null;
    sound: boolean;
  } | null>(null);
  const check = () => {
    api
      .call('staff.checkIntegrity', {})
      .then(setIntegrity)
      .catch(() => setIntegrity(null));
  };
  useEffect(() => {
    api
      .call('staff.audit', {})
      .then(setAudit)
      .catch(() => setAudit(null));
  }, [api]);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('staff.nav.audit')}</h2>
      <p>{t('staff.audit.help')}</p>
      <p>
        <button type="button" onClick={check}>
          {t('staff.integrity.check')}
        </button>
      </p>
      <p role="status" className={integrity ? (integrity.sound ? 'done' : 'error') : undefined}>
        {integrity &&
          (integrity.sound
            ? t('staff.integrity.sound')
            : t('staff.integrity.damaged', { file: integrity.file ?? '' }))}
      </p>
      {integrity && !integrity.sound && (
        <p>
          <button type="button" className="danger" onClick={onRepair}>
            {t('staff.repair.button')}
          </button>
        </p>
      )}
      {/* The chain's state at opening; a failed check since then says more. */}
      {audit && integrity?.sound !== false && (
        <p className={audit.valid ? 'done' : 'error'}>
          {audit.valid ? t('staff.audit.valid') : t('staff.audit.broken')}
        </p>
      )}
      {audit && (
        <div className="table-wrap">
          <table className="audit">
            <caption>{t('staff.audit.caption', { count: audit.entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('staff.audit.when')}</th>
                <th scope="col">{t('staff.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {[...audit.entries].reverse().map((e) => (
                <tr key={e.seq} data-action={e.action}>
                  <td>{e.seq}</td>
                  <td>{formatDate(lang, new Date(e.at), 'seconds')}</td>
                  <td>{auditSentence(lang, e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
