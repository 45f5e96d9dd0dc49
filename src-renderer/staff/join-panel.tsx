/**
 * « Relier cette borne à un poste central »: behind this device's own PIN (the staff console),
 * and only while its own box is in preparation and empty. Lists the hubs found on the network,
 * takes a typed address or a pasted join link (which also fills the code and the fingerprint
 * to expect), and the pairing code; once joined, says to what, how the link is, and offers
 * « Délier ». The pairing itself happens in the main process, never in this page.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type FoundHub, type JoinStatus, type StaffOverview } from '../../shared/api';
import { localize } from '../../shared/domain/election';
import { readJoinInput } from '../../shared/network/join-address';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/catalogs';
import { ConfirmDialog } from './confirm-dialog';
import { OutboxExportButton } from './outbox-export-button';
import { errorText } from './staff-errors';

const POLL_MS = 2000;
const JOIN_ERRORS = ['hub-unreachable', 'hub-certificate', 'pairing-code-invalid', 'bad-request'];

export function JoinPanel({
  ov,
  status,
  onStatus,
}: {
  ov: StaffOverview;
  status: JoinStatus;
  onStatus: (s: JoinStatus) => void;
}) {
  const api = useApi();
  const { t, lang } = useI18n();
  const [hubs, setHubs] = useState<FoundHub[]>([]);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  // Kept as the error and the key, not as sentences: a change of language shows them anew.
  const [error, setError] = useState<{ e: unknown } | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [confirming, setConfirming] = useState(false);

  const joined = status.mode !== 'standalone';
  const reload = useCallback(async () => {
    try {
      onStatus(await api.call('join.status', {}));
      if (!joined) setHubs((await api.call('join.findHubs', {})).hubs);
    } catch {
      // Shown again at the next tick.
    }
  }, [api, joined, onStatus]);
  useEffect(() => {
    const first = setTimeout(() => void reload(), 0);
    const id = setInterval(() => void reload(), POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [reload]);

  const failure = (e: unknown): string => {
    if (e instanceof ApiError && JOIN_ERRORS.includes(e.code))
      return t(`join.error.${e.code}` as MessageKey);
    if (e instanceof ApiError && e.code === 'wrong-state')
      return t(joined ? 'join.error.waiting' : 'join.cannot');
    return errorText(t, e);
  };
  const act = async (work: () => Promise<JoinStatus>, ok: MessageKey) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const s = await work();
      if (s.mode === 'standalone') {
        // Unpaired: the next pairing starts from an empty form.
        setAddress('');
        setCode('');
        setFingerprint(null);
        setName('');
      }
      onStatus(s);
      setDone(ok);
    } catch (e) {
      setError({ e });
    } finally {
      setBusy(false);
    }
  };
  const typed = (text: string) => {
    setAddress(text);
    const read = readJoinInput(text);
    if (read?.code) setCode(read.code);
    setFingerprint(read?.fingerprint ?? null);
  };
  const sectionName = (id: string | null) => {
    const s = ov.election.sections.find((x) => x.id === id);
    return s ? localize(s.name, lang) : (id ?? '—');
  };

  const outcome = (
    <>
      <div role="status" aria-live="polite">
        {done && <p className="done">{t(done)}</p>}
      </div>
      <div role="alert" id="join-error">
        {error && <p className="error">{failure(error.e)}</p>}
      </div>
    </>
  );

  if (joined && status.hub) {
    const linkKey: MessageKey =
      status.problem === 'certificate'
        ? 'join.link.certificate'
        : status.problem === 'revoked'
          ? 'join.link.revoked'
          : status.reachable
            ? 'join.link.up'
            : 'join.link.down';
    return (
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('join.title')}</h2>
        <div className="group" data-testid="join-result">
          <p className="big">
            {status.mode === 'kiosk'
              ? t('join.joined.kiosk', {
                  address: status.hub.address,
                  section: sectionName(status.section),
                })
              : t('join.joined.projector', { address: status.hub.address })}
          </p>
          <p>{t('join.deviceName', { name: status.hub.name })}</p>
          <p
            data-testid="join-link"
            className={status.problem || !status.reachable ? 'error' : undefined}
          >
            {t(linkKey)}
          </p>
          {status.mode === 'kiosk' && <p>{t('join.waiting', { count: status.waiting })}</p>}
          {status.mode === 'kiosk' && <OutboxExportButton kiosk={status.hub.name} />}
          <p className="wrap note">
            {t('join.fingerprint', { fingerprint: status.hub.fingerprint })}
          </p>
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('join.unpair')}
          </button>
          {outcome}
        </div>
        {confirming && (
          <ConfirmDialog
            title={t('join.unpair.title')}
            body={t('join.unpair.body')}
            confirmLabel={t('join.unpair.confirm')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              void act(() => api.call('join.unpair', { confirm: true }), 'join.unpaired');
            }}
          />
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="join-title">
      <h2 id="join-title">{t('join.title')}</h2>
      {!status.canJoin ? (
        <p className="group">{t('join.cannot')}</p>
      ) : (
        <div className="group">
          <p className="note">{t('join.help')}</p>
          <h3>{t('join.found')}</h3>
          {hubs.length === 0 ? (
            <p data-testid="no-hub-found">{t('join.noneFound')}</p>
          ) : (
            <ul data-testid="found-hubs">
              {hubs.map((h) => (
                <li key={`${h.host}:${h.port}`}>
                  <button
                    type="button"
                    onClick={() => {
                      setAddress(`${h.host}:${h.port}`);
                      setFingerprint(h.fingerprint || null);
                    }}
                  >
                    {t('join.use', { name: h.name })}
                  </button>{' '}
                  <code>
                    {h.host}:{h.port}
                  </code>
                </li>
              ))}
            </ul>
          )}
          <form
            className="join-form"
            onSubmit={(e) => {
              e.preventDefault();
              const read = readJoinInput(address);
              void act(
                () =>
                  api.call('join.pair', {
                    address: read?.address ?? address,
                    code,
                    ...(fingerprint ? { fingerprint } : {}),
                    name: name.trim() || t('join.namePlaceholder'),
                  }),
                'join.done',
              );
            }}
          >
            <label className="field">
              <span>{t('join.address')}</span>
              <input
                value={address}
                onChange={(e) => typed(e.target.value)}
                placeholder={t('join.addressHint')}
                autoComplete="off"
                spellCheck={false}
                required
                aria-invalid={error !== null}
                aria-describedby={error ? 'join-error' : undefined}
              />
            </label>
            {fingerprint && (
              <p className="wrap note" data-testid="expected-fingerprint">
                {t('join.expected', { fingerprint })}
              </p>
            )}
            <label className="field">
              <span>{t('join.code')}</span>
              <input
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                aria-invalid={error !== null}
                aria-describedby={error ? 'join-error' : undefined}
              />
            </label>
            <label className="field">
              <span>{t('join.name')}</span>
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder={t('join.namePlaceholder')}
                maxLength={60}
              />
            </label>
            <button type="submit" className="primary" disabled={busy}>
              {t('join.submit')}
            </button>
          </form>
        </div>
      )}
      {outcome}
    </section>
  );
}
