/**
 * While the vote is in preparation, the console's first screen lists the few steps before the
 * first vote (PIN, election, entitled counts, codes if used, open), each ticked when done and
 * leading to its panel, so a newcomer on the embedded election is a minute from voting.
 */
import type { StaffOverview } from '../../shared/api';
import { localize } from '../../shared/domain/election';
import type { MessageKey } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n-context';

/** 'open' is the vote panel's open button, further down this same screen. */
export type SetupPanel = 'election' | 'settings' | 'codes' | 'open';

interface Step {
  key: MessageKey;
  done: boolean;
  panel: SetupPanel | null;
}

export function SetupChecklist({
  ov,
  electionChecked,
  go,
}: {
  ov: StaffOverview;
  /** The election panel was looked at (or saved) in this session. */
  electionChecked: boolean;
  go: (panel: SetupPanel) => void;
}) {
  const { t, lang } = useI18n();
  const steps: Step[] = [
    // Reaching this screen means the PIN exists.
    { key: 'staff.setup.pin', done: true, panel: null },
    { key: 'staff.setup.election', done: electionChecked, panel: 'election' },
    {
      key: 'staff.setup.entitled',
      done: ov.election.sections.every((s) => ov.entitled[s.id] !== undefined),
      panel: 'settings',
    },
    ...(ov.election.eligibility === 'codes'
      ? [
          {
            key: 'staff.setup.codes' as const,
            done: ov.codes.generated > 0,
            panel: 'codes' as const,
          },
        ]
      : []),
    { key: 'staff.setup.open', done: ov.status !== 'preparation', panel: 'open' },
  ];
  const title = localize(ov.election.title, lang);
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('staff.setup.title')}</h2>
      <p className="note">{t('staff.setup.help')}</p>
      <ol>
        {steps.map((s) => {
          const label = t(s.key, { title });
          const state = (
            <span className="visually-hidden">
              {` (${t(s.done ? 'staff.setup.done' : 'staff.setup.todo')})`}
            </span>
          );
          return (
            <li key={s.key} className={s.done ? 'step done-step' : 'step'}>
              <span className="tick" aria-hidden="true">
                {s.done ? '✓' : ''}
              </span>
              {/* The state is part of the name, so a screen reader hears it with the step. */}
              {s.panel ? (
                <button
                  type="button"
                  className="step-link"
                  data-testid="setup-step"
                  onClick={() => go(s.panel as SetupPanel)}
                >
                  {label}
                  {state}
                </button>
              ) : (
                <span className="step-text" data-testid="setup-step">
                  {label}
                  {state}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
