/** The audit trail, newest first, with whether its hash chain holds. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { catalogs } from '../i18n/translate';
import type { MessageKey } from '../i18n/catalogs';

const summary = (details: Record<string, unknown>): string =>
  Object.entries(details)
    .map(([k, v]) =>
      Array.isArray(v) ? `${k}: ${v.length}` : `${k}: ${typeof v === 'object' ? '…' : String(v)}`,
    )
    .join(', ');

export function AuditPanel() {
  const api = useApi();
  const { t, lang } = useI18n();
  const [audit, setAudit] = useState<{ entries: AuditEntry[]; valid: boolean } | null>(null);
  useEffect(() => {
    api
      .call('staff.audit', {})
      .then(setAudit)
      .catch(() => setAudit(null));
  }, [api]);
  const label = (action: string) => {
    const key = `staff.audit.action.${action}`;
    return key in catalogs.fr ? t(key as MessageKey) : action;
  };
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('staff.nav.audit')}</h2>
      <p>{t('staff.audit.help')}</p>
      {audit && (
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
                <th scope="col">{t('staff.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {[...audit.entries].reverse().map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{time.format(new Date(e.at))}</td>
                  <td>{label(e.action)}</td>
                  <td>{summary(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
