/** The election's texts and rules as a draft, saved in one go (only before opening). */
import { useState } from 'react';
import { LANGS, METHODS, type Election, type Lang } from '../../shared/domain/election';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { ActionOutcome } from './action-outcome';
import { TieBreakFields } from './tie-break-fields';
import type { ActionState } from './use-action';

type TextField = 'title' | 'question';

export function ElectionForm({
  election,
  editable,
  save,
  onSave,
}: {
  election: Election;
  editable: boolean;
  save: ActionState;
  onSave: (draft: Election) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Election>(election);

  const setText = (field: TextField, l: Lang, raw: string) =>
    setDraft((d) => {
      // A title is one line, even in a growing field.
      const value = field === 'title' ? raw.replace(/\s*\n\s*/g, ' ') : raw;
      const next = Object.fromEntries(
        Object.entries({ ...d[field], [l]: value }).filter(([k, v]) => k === 'fr' || v.trim()),
      ) as Election[TextField];
      return { ...d, [field]: next };
    });

  return (
    <form
      className="election-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      {(['title', 'question'] as const).map((field) => (
        <fieldset key={field} className="group" disabled={!editable}>
          <legend>{t(`staff.election.${field}` as MessageKey)}</legend>
          {LANGS.map((l) => (
            <label key={l} className="field">
              <span>{t(`lang.${l}` as MessageKey)}</span>
              {/* Both grow with their text (CSS field-sizing), so nothing is hidden. */}
              <textarea
                className="grow"
                rows={1}
                value={draft[field][l] ?? ''}
                onChange={(e) => setText(field, l, e.target.value)}
                required={l === 'fr'}
                lang={l}
              />
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
      <TieBreakFields draft={draft} setDraft={setDraft} disabled={!editable} />
      <div className="save-bar">
        <button type="submit" className="primary" disabled={!editable || save.busy}>
          {t('staff.election.save')}
        </button>
        <ActionOutcome state={save} />
      </div>
    </form>
  );
}
