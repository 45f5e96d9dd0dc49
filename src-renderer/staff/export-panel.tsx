/**
 * Export to a USB stick (or any folder): the detected removable drives, a folder field, the
 * export's progress, and only after every file was written, flushed and read back: "you can
 * remove the stick".
 */
import { useCallback, useEffect, useState } from 'react';
import type { Drive, ExportReport } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';

export function ExportPanel({ onChange }: { onChange: () => void }) {
  const api = useApi();
  const { t, number } = useI18n();
  const action = useAction(onChange);
  const [drives, setDrives] = useState<Drive[] | null>(null);
  const [folder, setFolder] = useState('');
  const [report, setReport] = useState<ExportReport | null>(null);

  const list = useCallback(
    () =>
      api
        .call('staff.listDrives', {})
        .then((r) => setDrives(r.drives))
        .catch(() => setDrives([])),
    [api],
  );
  useEffect(() => void list(), [list]);
  const scan = () => {
    setDrives(null);
    void list();
  };

  const exportTo = async (target: string) => {
    setReport(null);
    const r = await action.run(
      () => api.call('staff.export', { folder: target }),
      (x) => t('staff.export.done', { count: x.ballots }),
    );
    if (r) setReport(r);
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('staff.nav.export')}</h2>
      <p>{t('staff.export.help')}</p>
      <div className="group">
        <h3>{t('staff.export.drives')}</h3>
        {drives === null ? (
          <p>{t('staff.export.scanning')}</p>
        ) : drives.length === 0 ? (
          <p>{t('staff.export.noDrive')}</p>
        ) : (
          <ul className="drives">
            {drives.map((d) => (
              <li key={d.id + d.mountpoint}>
                <button
                  type="button"
                  className="primary"
                  disabled={action.busy}
                  onClick={() => void exportTo(d.mountpoint)}
                >
                  {t('staff.export.to', { label: d.label })}
                </button>
                <span className="muted">
                  {d.mountpoint}
                  {d.sizeBytes !== null &&
                    ` — ${t('staff.export.size', { gb: number(d.sizeBytes / 1e9, 1) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={scan} disabled={action.busy}>
          {t('staff.export.rescan')}
        </button>
      </div>
      <form
        className="group inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void exportTo(folder.trim());
        }}
      >
        <label className="field wide">
          <span>{t('staff.export.folder')}</span>
          <input
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            placeholder={t('staff.export.folderExample')}
            spellCheck={false}
            required
          />
        </label>
        <button type="submit" disabled={action.busy || folder.trim() === ''}>
          {t('staff.export.toFolder')}
        </button>
      </form>
      {action.busy && (
        <div className="progress-line">
          <progress aria-labelledby="export-progress" />
          <span id="export-progress">{t('staff.export.writing')}</span>
        </div>
      )}
      <ActionOutcome state={action} />
      {report && (
        <div className="export-report">
          <p className="remove-ok" data-testid="remove-ok">
            {t('staff.export.removeOk')}
          </p>
          <p>{t('staff.export.folderWritten', { folder: report.folder })}</p>
          <table>
            <caption>{t('staff.export.files')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.export.file')}</th>
                <th scope="col">{t('staff.export.bytes')}</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {report.files.map((f) => (
                <tr key={f.name}>
                  <td>{f.name}</td>
                  <td>{number(f.bytes)}</td>
                  <td className="hash">{f.sha256}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
