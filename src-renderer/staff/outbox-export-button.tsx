/**
 * On a joined kiosk: its ballots as a file for the hub's « Importer des bulletins ». For the
 * ballots it still held when the hub closed (the hub takes no cast after the close); ballots
 * the hub already has count once there.
 */
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';
import { saveBlob } from '../ui/save-blob';

/** A file name from the kiosk's name: letters, digits and dashes only. */
export const outboxFileName = (kiosk: string): string =>
  `bulletins-${
    kiosk
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'borne'
  }.csv`;

export function OutboxExportButton({ kiosk }: { kiosk: string }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(() => undefined);
  const save = async () => {
    const r = await action.run(
      () => api.call('join.exportOutbox', {}),
      (f) =>
        [
          t('join.export.done', { count: f.ballots }),
          f.unreadable > 0 ? t('join.export.unreadable', { count: f.unreadable }) : '',
        ]
          .filter(Boolean)
          .join(' '),
    );
    if (!r) return;
    saveBlob(new Blob([r.csv], { type: 'text/csv;charset=utf-8' }), outboxFileName(kiosk));
  };
  return (
    <div className="group">
      <p>{t('join.export.help')}</p>
      <button type="button" disabled={action.busy} onClick={() => void save()}>
        {t('join.export.save')}
      </button>
      <ActionOutcome state={action} />
    </div>
  );
}
