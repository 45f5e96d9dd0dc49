/** Before opening: load a definition (JSON file), go back to the default, edit texts and rules. */
import { useState, type ChangeEvent } from 'react';
import type { StaffOverview } from '../../shared/api';
import { LANGS, METHODS, type Election, type Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';

type TextField = 'title' | 'question';

export function ElectionPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  // A new definition on the server starts a fresh draft.
  return <ElectionEditor key={JSON.stringify(ov.election)} ov={ov} onChange={onChange} />;
}

function ElectionEditor({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(onChange);
  const [draft, setDraft] = useState<Election>(ov.election);
  const editable = ov.status === 'preparation';

  const setText = (field: TextField, l: Lang, value: string) =>
    setDraft((d) => {
      const next = Object.fromEntries(
        Object.entries({ ...d[field], [l]: value }).filter(([k, v]) => k === 'fr' || v.trim()),
      ) as Election[TextField];
      return { ...d, [field]: next };
    });

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const json = await file.text();
    await action.run(
      () => api.call('staff.loadElection', { json }),
      () => t('staff.election.loaded', { file: file.name }),
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
            void action.run(
              () => api.call('staff.useDefaultElection', {}),
              () => t('staff.election.defaultLoaded'),
            )
          }
        >
          {t('staff.election.useDefault')}
        </button>
      </div>
      <ActionOutcome state={action} />
      <form
        className="election-form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(
            () => api.call('staff.updateElection', { election: draft }),
            () => t('staff.election.saved'),
          );
        }}
      >
        {(['title', 'question'] as const).map((field) => (
          <fieldset key={field} className="group" disabled={!editable}>
            <legend>{t(`staff.election.${field}` as MessageKey)}</legend>
            {LANGS.map((l) => (
              <label key={l} className="field">
                <span>{t(`lang.${l}` as MessageKey)}</span>
                {field === 'title' ? (
                  <input
                    value={draft[field][l] ?? ''}
                    onChange={(e) => setText(field, l, e.target.value)}
                    required={l === 'fr'}
                    lang={l}
                  />
                ) : (
                  <textarea
                    rows={2}
                    value={draft[field][l] ?? ''}
                    onChange={(e) => setText(field, l, e.target.value)}
                    required={l === 'fr'}
                    lang={l}
                  />
                )}
              </label>
            ))}
          </fieldset>
        ))}
        <fieldset className="group" disabled={!editable}>
          <legend>{t('staff.election.rules')}</legend>
          <label className="field">
            <span>{t('staff.election.eligibility')}</span>
            <select
              value={draft.eligibility}
              onChange={(e) =>
                setDraft({ ...draft, eligibility: e.target.value as Election['eligibility'] })
              }
            >
              <option value="open">{t('staff.election.eligibility.open')}</option>
              <option value="codes">{t('staff.election.eligibility.codes')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('staff.election.minRanked')}</span>
            <input
              type="number"
              min={1}
              max={draft.options.length}
              value={draft.rules.minRanked}
              onChange={(e) =>
                setDraft({ ...draft, rules: { ...draft.rules, minRanked: Number(e.target.value) } })
              }
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.rules.allowBlank}
              onChange={(e) =>
                setDraft({ ...draft, rules: { ...draft.rules, allowBlank: e.target.checked } })
              }
            />
            {t('staff.election.allowBlank')}
          </label>
          <label className="field">
            <span>{t('staff.election.method')}</span>
            <select
              value={draft.method}
              onChange={(e) => setDraft({ ...draft, method: e.target.value as Election['method'] })}
            >
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`staff.method.${m}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('staff.election.policy')}</span>
            <select
              value={draft.results.policy}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  results: {
                    ...draft.results,
                    policy: e.target.value as Election['results']['policy'],
                  },
                })
              }
            >
              <option value="live">{t('staff.election.policy.live')}</option>
              <option value="hidden">{t('staff.election.policy.hidden')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('staff.election.batchSize')}</span>
            <input
              type="number"
              min={1}
              max={1000}
              value={draft.results.batchSize}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  results: { ...draft.results, batchSize: Number(e.target.value) },
                })
              }
            />
          </label>
          <label className="field">
            <span>{t('staff.election.minBallots')}</span>
            <input
              type="number"
              min={1}
              max={1000}
              value={draft.results.minBallots}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  results: { ...draft.results, minBallots: Number(e.target.value) },
                })
              }
            />
          </label>
        </fieldset>
        <button type="submit" className="primary" disabled={!editable || action.busy}>
          {t('staff.election.save')}
        </button>
      </form>
    </section>
  );
}
