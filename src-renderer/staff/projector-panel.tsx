/**
 * The projector and the quit lock. In the desktop app staff send the results window to a
 * display; in a browser (the host answers not-supported) the projector is the /results page,
 * so the panel says where it is instead.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type DisplayInfo, type StaffOverview } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';

/** null while asking, 'browser' when this is not the desktop app. */
type Displays = DisplayInfo[] | 'browser' | null;

export function ProjectorPanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const move = useAction(onChange);
  const quit = useAction(onChange);
  const [displays, setDisplays] = useState<Displays>(null);
  const [chosen, setChosen] = useState<number | null>(null);

  const show = useCallback((list: DisplayInfo[]) => {
    setDisplays(list);
    setChosen((list.find((d) => d.projector) ?? list[0])?.id ?? null);
  }, []);
  const load = useCallback(async () => {
    try {
      show((await api.call('staff.listDisplays', {})).displays);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'not-supported') setDisplays('browser');
      else throw e;
    }
  }, [api, show]);
  useEffect(() => {
    void move.run(load);
    // Only on mount: the list is refreshed on demand, not with every overview poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const label = (d: DisplayInfo) =>
    t('staff.projector.option', { label: d.label, width: d.width, height: d.height });
  const moveTo = (id: number) =>
    void move.run(
      async () => {
        const r = await api.call('staff.moveProjector', { displayId: id });
        show(r.displays);
        return r.displays.find((d) => d.id === id);
      },
      (d) => (d ? t('staff.projector.moved', { label: d.label }) : null),
    );

  const open = ov.status === 'open';
  return (
    <section aria-labelledby="projector-title">
      <h2 id="projector-title">{t('staff.nav.projector')}</h2>
      <div className="group">
        <h3>{t('staff.projector.title')}</h3>
        {displays === 'browser' && (
          <p data-testid="projector-browser">
            {t('staff.projector.browser', { address: `${window.location.origin}/results` })}
          </p>
        )}
        {Array.isArray(displays) && displays.length === 0 && <p>{t('staff.projector.none')}</p>}
        {Array.isArray(displays) && displays.length > 0 && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (chosen !== null) moveTo(chosen);
            }}
          >
            <p className="note">{t('staff.projector.help')}</p>
            <label className="field">
              <span>{t('staff.projector.display')}</span>
              <select value={chosen ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                {displays.map((d) => (
                  <option key={d.id} value={d.id}>
                    {[
                      label(d),
                      d.primary ? t('staff.projector.primary') : null,
                      d.projector ? t('staff.projector.current') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="primary" disabled={move.busy || chosen === null}>
              {t('staff.projector.move')}
            </button>
            <button type="button" disabled={move.busy} onClick={() => void move.run(load)}>
              {t('staff.projector.refresh')}
            </button>
          </form>
        )}
        <ActionOutcome state={move} />
      </div>
      <div className="group">
        <h3>{t('staff.quit.title')}</h3>
        <p>{t('staff.quit.help')}</p>
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            checked={ov.canQuit}
            disabled={quit.busy || !open}
            onChange={(e) => {
              const allow = e.target.checked;
              void quit.run(
                () => api.call('staff.allowQuit', { allow }),
                () => t(allow ? 'staff.quit.allowed' : 'staff.quit.locked'),
              );
            }}
          />
          <span>{t('staff.quit.label')}</span>
        </label>
        {!open && <p className="note">{t('staff.quit.notOpen')}</p>}
        <ActionOutcome state={quit} />
      </div>
    </section>
  );
}
