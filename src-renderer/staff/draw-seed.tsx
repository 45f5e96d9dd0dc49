/**
 * The public draw by lot, after the close: staff type the seed the room just saw (dice, a
 * number called out). It is recorded once, in the audit trail; the export carries it so that
 * anyone can redo the draw with the recount CLI.
 */
import { useState } from 'react';
import type { StaffOverview } from '../../shared/api';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { useAction } from './use-action';

export function DrawSeed({ ov, onChange }: { ov: StaffOverview; onChange: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction(onChange);
  const [seed, setSeed] = useState('');
  if (ov.status !== 'closed' || !(ov.election.tieBreak ?? []).includes('lot')) return null;
  return (
    <fieldset className="group">
      <legend>{t('staff.draw.title')}</legend>
      {ov.drawSeed !== null ? (
        <p data-testid="draw-seed">{t('staff.draw.recorded', { seed: ov.drawSeed })}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(
              () => api.call('staff.drawSeed', { seed }),
              () => t('staff.draw.done'),
            );
          }}
        >
          <p>{t('staff.draw.help')}</p>
          <label className="field">
            <span>{t('staff.draw.seed')}</span>
            <input
              value={seed}
              maxLength={64}
              required
              autoComplete="off"
              onChange={(e) => setSeed(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={action.busy || !seed.trim()}>
            {t('staff.draw.submit')}
          </button>
        </form>
      )}
      <ActionOutcome state={action} />
    </fieldset>
  );
}
