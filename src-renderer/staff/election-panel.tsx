/** Before opening: load a definition (JSON file), go back to the default, edit texts and rules. */
import { useState, type ChangeEvent } from 'react';
import { ApiError, type StaffOverview } from '../../shared/api';
import { localize } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { ConfirmDialog } from './confirm-dialog';
import { ElectionForm } from './election-form';
import { useAction } from './use-action';

/** A change of election the box refused because it would drop entitled counts. */
interface Dropping {
  sections: string[];
  retry: () => Promise<unknown>;
}

export function ElectionPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const action = useAction(onChange);
  const save = useAction(onChange);
  const [dropping, setDropping] = useState<Dropping | null>(null);
  const editable = ov.status === 'preparation';

  /**
   * Runs a change of election; if the box answers that it would drop entitled counts, asks
   * first (the dialog names what goes) and only then repeats it with consent.
   */
  const change = (
    state: typeof action,
    call: (dropEntitled: boolean) => Promise<unknown>,
    done: string,
  ) =>
    state.run(
      async () => {
        try {
          await call(false);
          return true;
        } catch (e) {
          if (!(e instanceof ApiError && e.code === 'entitled-would-drop')) throw e;
          const sections = String(e.params?.sections ?? '').split(',');
          setDropping({
            sections,
            retry: () =>
              state.run(
                () => call(true),
                () => done,
              ),
          });
          return false;
        }
      },
      (ok) => (ok ? done : null),
    );
  const droppedList = (ids: string[]) =>
    ids
      .map((id) => {
        const s = ov.election.sections.find((x) => x.id === id);
        const name = s ? localize(s.name, lang) : id;
        return t('staff.election.droppedSection', { name, count: ov.entitled[id] ?? 0 });
      })
      .join(', ');

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const json = await file.text();
    await change(
      action,
      (dropEntitled) => api.call('staff.loadElection', { json, dropEntitled }),
      t('staff.election.loaded', { file: file.name }),
    );
  };

  return (
    <section aria-labelledby="election-title">
      <h2 id="election-title">{t('staff.nav.election')}</h2>
      {!editable && <p>{t('staff.election.locked')}</p>}
      <div className="actions start">
        <label className={editable ? 'file-button' : 'file-button disabled'}>
          {t('staff.election.load')}
          <input
            type="file"
            accept=".json,application/json"
            disabled={!editable || action.busy}
            onChange={(e) => void load(e)}
          />
        </label>
        <button
          type="button"
          disabled={!editable || action.busy}
          onClick={() =>
            void change(
              action,
              (dropEntitled) => api.call('staff.useDefaultElection', { dropEntitled }),
              t('staff.election.defaultLoaded'),
            )
          }
        >
          {t('staff.election.useDefault')}
        </button>
      </div>
      <ActionOutcome state={action} />
      {/* A new definition on the server starts a fresh draft; the outcome stays above it. */}
      <ElectionForm
        key={JSON.stringify(ov.election)}
        election={ov.election}
        editable={editable}
        save={save}
        onSave={(draft) =>
          void change(
            save,
            (dropEntitled) => api.call('staff.updateElection', { election: draft, dropEntitled }),
            t('staff.election.saved'),
          )
        }
      />
      {dropping && (
        <ConfirmDialog
          title={t('staff.election.confirmDrop.title')}
          body={t('staff.election.confirmDrop.body', {
            count: dropping.sections.length,
            sections: droppedList(dropping.sections),
          })}
          confirmLabel={t('staff.election.confirmDrop.confirm')}
          onConfirm={() => {
            setDropping(null);
            void dropping.retry();
          }}
          onCancel={() => setDropping(null)}
        />
      )}
    </section>
  );
}
