/**
 * « Procès-verbal (PDF) » after the close: the minutes the main process wrote with the latest
 * export, saved as a file. Before such an export the console says why there is none yet.
 */
import type { StaffOverview } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';
import { saveBlob } from '../ui/save-blob';

export function MinutesButton({ ov }: { ov: StaffOverview }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(() => undefined);
  if (ov.status !== 'closed') return null;
  const save = async () => {
    const r = await action.run(
      () => api.call('staff.minutes', {}),
      () => t('staff.minutes.done'),
    );
    if (!r) return;
    const bytes = Uint8Array.from(atob(r.pdfBase64), (c) => c.charCodeAt(0));
    saveBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), 'proces-verbal.pdf');
  };
  return (
    <div className="group">
      <p>{t('staff.minutes.help')}</p>
      <button type="button" disabled={action.busy} onClick={() => void save()}>
        {t('staff.minutes.save')}
      </button>
      <ActionOutcome state={action} />
    </div>
  );
}
