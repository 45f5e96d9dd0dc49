/** The console once signed in: the vote's state on top, then one panel per job. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type JoinStatus, type StaffOverview } from '../../shared/api';
import { localize, type Lang } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { AuditPanel } from './audit-panel';
import { CodesPanel } from './codes-panel';
import { ElectionPanel } from './election-panel';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { JoinPanel } from './join-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { NetworkPanel } from './network-panel';
import { ProjectorPanel } from './projector-panel';
import { SettingsPanel } from './settings-panel';
import { SetupChecklist } from './setup-checklist';
import { UnbrokenNumbers } from '../ui/unbroken-numbers';

const PANELS = [
  'vote',
  'election',
  'settings',
  'codes',
  'export',
  'import',
  'audit',
  'projector',
  'network',
  'join',
] as const;
type Panel = (typeof PANELS)[number];
/** A device joined to a hub: the vote runs at the hub, this console keeps only these. */
const JOINED_PANELS: readonly Panel[] = ['join', 'audit'];
/** Only a slow check behind the pushes, for one lost while the event stream reconnected. */
const RESYNC_MS = 30_000;
/** How often the counts are asked for while ballots can arrive (casts are never pushed). */
const COUNTS_MS = 2_000;

export function Dashboard({
  onLeave,
  onSessionLost,
  setLang,
  onRepair,
}: {
  onLeave: () => void;
  onSessionLost: () => void;
  setLang: (l: Lang) => void;
  /** The staff check found a damaged file: go to the damaged-file screen and its « Réparer ». */
  onRepair: () => void;
}) {
  const api = useApi();
  const { t, lang, number } = useI18n();
  const [ov, setOv] = useState<StaffOverview | null>(null);
  const [panel, setShownPanel] = useState<Panel>('vote');
  const [electionChecked, setElectionChecked] = useState(false);
  // null: not known yet, or this device cannot join a hub (not-supported).
  const [join, setJoin] = useState<JoinStatus | null>(null);
  useEffect(() => {
    let alive = true;
    api
      .call('join.status', {})
      .then((s) => alive && setJoin(s))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [api]);
  const joined = join !== null && join.mode !== 'standalone';
  const setPanel = useCallback((p: Panel) => {
    if (p === 'election') setElectionChecked(true);
    setShownPanel(p);
  }, []);

  const refresh = useCallback(() => {
    api
      .call('staff.overview', {})
      .then(setOv)
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'staff-only') onSessionLost();
      });
  }, [api, onSessionLost]);
  // The box pushes `staff` for every staff change. Casts are not pushed (the stream is public,
  // and a push per cast would time every vote for any listener), so while the vote is open the
  // counts are asked for every few seconds; they are cheap then. After the close nothing
  // changes unpushed, and each overview recounts every method: no poll at all.
  const closed = ov?.status === 'closed';
  const accepting = ov?.status === 'open' || (ov?.status === 'preparation' && ov.testMode);
  useEffect(() => {
    const off = api.on('staff', refresh);
    refresh();
    const every = closed ? null : accepting ? COUNTS_MS : RESYNC_MS;
    const id = every === null ? undefined : setInterval(refresh, every);
    return () => {
      clearInterval(id);
      off();
    };
  }, [api, refresh, closed, accepting]);

  if (!ov) return <p className="loading">{t('app.loading')}</p>;
  const shown = joined ? JOINED_PANELS : PANELS.filter((p) => p !== 'join' || join !== null);
  const current: Panel = shown.includes(panel) ? panel : 'join';
  const statusKey = `staff.status.${ov.status}` as MessageKey;
  return (
    <div className="staff">
      <header className="staff-header">
        <div>
          <p className="staff-kicker">{t('staff.title')}</p>
          <h1>
            <UnbrokenNumbers text={localize(ov.election.title, lang)} />
          </h1>
        </div>
        <div className="staff-header-side">
          <label className="lang-select">
            <span>{t('lang.choose')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="fr">{t('lang.fr')}</option>
              <option value="nl">{t('lang.nl')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </label>
          <button type="button" onClick={onLeave}>
            {t('staff.leave')}
          </button>
        </div>
      </header>
      {!joined && (
        <section className="summary" aria-label={t('staff.summary')}>
          <p>
            <span className={`state state-${ov.status}`} data-testid="vote-status">
              {t(statusKey)}
            </span>
            {ov.status === 'preparation' && ov.testMode && (
              <span className="state state-test">{t('staff.testMode.on')}</span>
            )}
          </p>
          <dl className="counts">
            <div>
              <dt>{t('staff.ballots')}</dt>
              <dd data-testid="staff-ballots">{number(ov.ballots)}</dd>
            </div>
            {ov.election.sections.map((s) => (
              <div key={s.id}>
                <dt>{localize(s.name, lang)}</dt>
                <dd>
                  {number(ov.bySection[s.id] ?? 0)}
                  {ov.entitled[s.id] !== undefined &&
                    ` / ${number(ov.entitled[s.id] as number)} (${t('results.percent', {
                      pct: number(
                        (100 * (ov.bySection[s.id] ?? 0)) /
                          Math.max(1, ov.entitled[s.id] as number),
                      ),
                    })})`}
                </dd>
              </div>
            ))}
            {ov.status === 'preparation' && (
              <div>
                <dt>{t('staff.testBallots')}</dt>
                <dd>{number(ov.testBallots)}</dd>
              </div>
            )}
            <div>
              <dt>{t('staff.codes.count')}</dt>
              <dd>
                {t('staff.codes.usedOf', {
                  used: ov.codes.used,
                  generated: ov.codes.generated,
                })}
              </dd>
            </div>
          </dl>
        </section>
      )}
      {!joined && ov.status === 'preparation' && current === 'vote' && (
        <SetupChecklist
          ov={ov}
          electionChecked={electionChecked}
          go={(p) => {
            if (p !== 'open') return setPanel(p);
            const button = document.getElementById('open-vote');
            button?.scrollIntoView({ block: 'center' });
            button?.focus();
          }}
        />
      )}
      <nav className="staff-nav" aria-label={t('staff.nav')}>
        <ul>
          {shown.map((p) => (
            <li key={p}>
              <button
                type="button"
                aria-current={current === p ? 'page' : undefined}
                onClick={() => setPanel(p)}
              >
                {t(`staff.nav.${p}` as MessageKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="staff-panel">
        {current === 'vote' && <LifecyclePanel ov={ov} onChange={refresh} />}
        {current === 'election' && <ElectionPanel ov={ov} onChange={refresh} />}
        {current === 'settings' && <SettingsPanel ov={ov} onChange={refresh} />}
        {current === 'codes' && <CodesPanel ov={ov} onChange={refresh} />}
        {current === 'export' && <ExportPanel onChange={refresh} />}
        {current === 'import' && <ImportPanel ov={ov} onChange={refresh} />}
        {current === 'audit' && <AuditPanel onRepair={onRepair} />}
        {current === 'projector' && <ProjectorPanel ov={ov} onChange={refresh} />}
        {current === 'network' && <NetworkPanel ov={ov} />}
        {current === 'join' && join && <JoinPanel ov={ov} status={join} onStatus={setJoin} />}
      </main>
    </div>
  );
}
