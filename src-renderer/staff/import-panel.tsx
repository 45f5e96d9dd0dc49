/** Merge the ballot files of other kiosks: all or nothing, and the same file twice adds nothing. */
import type { ChangeEvent } from 'react';
import type { StaffOverview } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';

export function ImportPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(onChange);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.target.files ?? [])];
    e.target.value = '';
    if (list.length === 0) return;
    await action.run(
      async () =>
        api.call('staff.import', {
          files: await Promise.all(
            list.map(async (f) => ({ name: f.name, content: await f.text() })),
          ),
        }),
      (r) => t('staff.import.done', { added: r.added, present: r.alreadyPresent }),
    );
  };

  const allowed = ov.status !== 'preparation';
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t('staff.nav.import')}</h2>
      <p>{t('staff.import.help')}</p>
      {!allowed && <p className="note">{t('staff.import.notYet')}</p>}
      <label className={allowed ? 'file-button' : 'file-button disabled'}>
        {t('staff.import.choose')}
        <input
          type="file"
          accept=".csv,text/csv"
          multiple
          disabled={!allowed || action.busy}
          onChange={(e) => void pick(e)}
        />
      </label>
      {action.busy && <p role="status">{t('staff.import.checking')}</p>}
      <ActionOutcome state={action} />
    </section>
  );
}
