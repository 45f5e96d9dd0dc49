/** The station's settings: people entitled per section (turnout), kiosk section and language. */
import { useState } from 'react';
import type { StaffOverview } from '../../shared/api';
import { LANGS, localize, type Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { ActionOutcome } from './action-outcome';
import { SectionOptions } from './section-options';
import { useAction } from './use-action';

export function SettingsPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const action = useAction(onChange);
  const kiosk = useAction(onChange);
  const [entitled, setEntitled] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(ov.entitled).map(([k, v]) => [k, String(v)])),
  );

  const saveEntitled = async () => {
    for (const s of ov.election.sections) {
      const raw = (entitled[s.id] ?? '').trim();
      const count = raw === '' ? null : Number(raw);
      if (count !== (ov.entitled[s.id] ?? null))
        await api.call('staff.setEntitled', { section: s.id, count });
    }
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('staff.nav.settings')}</h2>
      <form
        className="group"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(saveEntitled, () => t('staff.entitled.saved'));
        }}
      >
        <h3>{t('staff.entitled.title')}</h3>
        <p>{t('staff.entitled.help')}</p>
        {ov.election.sections.map((s) => (
          <label key={s.id} className="field">
            <span>{localize(s.name, lang)}</span>
            <input
              type="number"
              min={0}
              max={10_000_000}
              inputMode="numeric"
              value={entitled[s.id] ?? ''}
              onChange={(e) => setEntitled({ ...entitled, [s.id]: e.target.value })}
            />
          </label>
        ))}
        <div className="save-bar">
          <button type="submit" className="primary" disabled={action.busy}>
            {t('staff.entitled.save')}
          </button>
          <ActionOutcome state={action} />
        </div>
      </form>
      <div className="group">
        <h3>{t('staff.kiosk.title')}</h3>
        <label className="field">
          <span>{t('staff.kiosk.section')}</span>
          <select
            value={ov.kioskSection}
            onChange={(e) => {
              const id = e.target.value;
              const s = ov.election.sections.find((x) => x.id === id);
              void kiosk.run(
                () => api.call('staff.setKioskSection', { section: id }),
                () => t('staff.kiosk.sectionSaved', { section: s ? localize(s.name, lang) : id }),
              );
            }}
          >
            <SectionOptions sections={ov.election.sections} />
          </select>
        </label>
        <label className="field">
          <span>{t('staff.kiosk.language')}</span>
          <select
            value={ov.language}
            onChange={(e) => {
              const language = e.target.value as Lang;
              void kiosk.run(
                () => api.call('staff.setLanguage', { language }),
                () => t('staff.kiosk.languageSaved', { language: t(`lang.${language}`) }),
              );
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <ActionOutcome state={kiosk} />
      </div>
    </section>
  );
}
