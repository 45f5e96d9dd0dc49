/** Preparation (with test mode and its purge) → open → closed; each step confirmed. */
import { useState } from 'react';
import type { StaffOverview } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useCloseWarnings } from './close-warnings';
import { ConfirmDialog } from './confirm-dialog';
import { DrawSeed } from './draw-seed';
import { MinutesButton } from './minutes-button';
import { useAction } from './use-action';

type Asking = 'open' | 'close' | 'purge' | 'new' | 'reveal' | null;

export function LifecyclePanel({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(onChange);
  const [asking, setAsking] = useState<Asking>(null);
  const ok = (key: Parameters<typeof t>[0]) => () => t(key);
  const warn = useCloseWarnings(api, asking === 'close');
  // Every election waits for the reveal after the close, live results included: the live slide
  // trails by one batch, and the final one must add at least that batch in one go (#13).
  const onScreen = ov.revealed;

  const confirm = async () => {
    const what = asking;
    setAsking(null);
    if (what === 'open') await action.run(() => api.call('staff.open', {}), ok('staff.opened'));
    if (what === 'close')
      await action.run(() => api.call('staff.close', { confirm: true }), ok('staff.closed'));
    if (what === 'reveal')
      await action.run(() => api.call('staff.reveal', {}), ok('staff.revealed'));
    if (what === 'new')
      await action.run(() => api.call('staff.newElection', { confirm: true }), ok('staff.newDone'));
    if (what === 'purge')
      await action.run(
        () => api.call('staff.purgeTestBallots', {}),
        (r) => t('staff.purged', { count: r.purged }),
      );
  };

  return (
    <section aria-labelledby="vote-title">
      <h2 id="vote-title">{t('staff.nav.vote')}</h2>
      {ov.status === 'preparation' && (
        <>
          <p>{t('staff.prep.help')}</p>
          <fieldset className="group">
            <legend>{t('staff.testMode.title')}</legend>
            <p>{t('staff.testMode.help')}</p>
            <label className="check">
              <input
                type="checkbox"
                checked={ov.testMode}
                disabled={action.busy}
                onChange={(e) =>
                  void action.run(() => api.call('staff.setTestMode', { on: e.target.checked }))
                }
              />
              {t('staff.testMode.label')}
            </label>
            <p>{t('staff.testBallotsCount', { count: ov.testBallots })}</p>
            <button
              type="button"
              disabled={action.busy || ov.testBallots === 0}
              onClick={() => setAsking('purge')}
            >
              {t('staff.purge')}
            </button>
          </fieldset>
          <button
            type="button"
            id="open-vote"
            className="primary"
            disabled={action.busy}
            onClick={() => setAsking('open')}
          >
            {t('staff.open')}
          </button>
        </>
      )}
      {ov.status === 'open' && (
        <>
          <p>{t('staff.openHelp')}</p>
          <button
            type="button"
            className="danger"
            disabled={action.busy}
            onClick={() => setAsking('close')}
          >
            {t('staff.close')}
          </button>
        </>
      )}
      {ov.status === 'closed' && (
        <>
          <p>{t(onScreen ? 'staff.closedHelpRevealed' : 'staff.closedHelp')}</p>
          <div className="actions start">
            {!onScreen && (
              <button
                type="button"
                className="primary"
                disabled={action.busy}
                onClick={() => setAsking('reveal')}
              >
                {t('staff.reveal')}
              </button>
            )}
            <button type="button" disabled={action.busy} onClick={() => setAsking('new')}>
              {t('staff.newElection')}
            </button>
          </div>
          <DrawSeed ov={ov} onChange={onChange} />
          <MinutesButton ov={ov} />
        </>
      )}
      <ActionOutcome state={action} />
      {asking === 'open' && (
        <ConfirmDialog
          title={t('staff.confirmOpen.title')}
          body={t('staff.confirmOpen.body')}
          confirmLabel={t('staff.open')}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'close' && (
        <ConfirmDialog
          title={t('staff.confirmClose.title')}
          body={[
            t('staff.confirmClose.body', { count: ov.ballots }),
            warn.midway > 0 && t('kiosk.presence.closeWarning', { count: warn.midway }),
            warn.waiting > 0 && t('staff.confirmClose.waiting', { count: warn.waiting }),
            warn.offline.length > 0 &&
              t('staff.confirmClose.offline', {
                count: warn.offline.length,
                names: warn.offline.join(', '),
              }),
          ].filter((p): p is string => typeof p === 'string')}
          confirmLabel={t('staff.close')}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'purge' && (
        <ConfirmDialog
          title={t('staff.confirmPurge.title')}
          body={t('staff.confirmPurge.body', { count: ov.testBallots })}
          confirmLabel={t('staff.purge')}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'reveal' && (
        <ConfirmDialog
          title={t('staff.confirmReveal.title')}
          body={t('staff.confirmReveal.body', { count: ov.ballots })}
          confirmLabel={t('staff.reveal')}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      )}
      {asking === 'new' && (
        <ConfirmDialog
          title={t('staff.confirmNew.title')}
          body={t('staff.confirmNew.body')}
          confirmLabel={t('staff.newElection')}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}
