/**
 * The declared tie-break rules in the election editor: up to three places, each a rule or
 * nothing. The order is the order the rules apply in; the server validates the list (no rule
 * twice, the draw last) and its refusal is shown in the staff's language.
 */
import { TIE_BREAK_RULES, type Election, type TieBreakRule } from '../../shared/domain/election';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';

export function TieBreakFields({
  draft,
  setDraft,
  disabled,
}: {
  draft: Election;
  setDraft: (e: Election) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const rules = draft.tieBreak ?? [];
  const setAt = (k: number, value: string) => {
    const next = [...rules] as (TieBreakRule | '')[];
    next[k] = value as TieBreakRule | '';
    const list = next.filter((r): r is TieBreakRule => r !== '' && r !== undefined);
    setDraft({ ...draft, tieBreak: list });
  };
  return (
    <fieldset className="group" disabled={disabled}>
      <legend>{t('staff.tieBreak.title')}</legend>
      <p>{t('staff.tieBreak.help')}</p>
      {TIE_BREAK_RULES.map((_, k) => (
        <label key={k} className="field">
          <span>{t('staff.tieBreak.place', { place: k + 1 })}</span>
          <select value={rules[k] ?? ''} onChange={(e) => setAt(k, e.target.value)}>
            <option value="">{t('staff.tieBreak.none')}</option>
            {TIE_BREAK_RULES.map((r) => (
              <option key={r} value={r}>
                {t(`staff.tieBreak.rule.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
