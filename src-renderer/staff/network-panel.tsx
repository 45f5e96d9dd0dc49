/**
 * « Réseau »: the hub's network mode, pairing a new device (code, address, QR code holding
 * both and the certificate's fingerprint) and the paired devices with their counts, each with
 * its Retirer button. Where the box offers no network mode (not-supported) the panel says so.
 */
import QRCode from 'qrcode';
import { useCallback, useEffect, useState } from 'react';
import {
  ApiError,
  type DeviceInfo,
  type DeviceRole,
  type NetworkStatus,
  type PairingOffer,
  type StaffOverview,
} from '../../shared/api';
import { localize } from '../../shared/domain/election';
import { useApi } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ActionOutcome } from './action-outcome';
import { ConfirmDialog } from './confirm-dialog';
import { useAction } from './use-action';

const POLL_MS = 3000;

export function NetworkPanel({ ov }: { ov: StaffOverview }) {
  const api = useApi();
  const { t, lang } = useI18n();
  const toggle = useAction(() => undefined);
  const pairing = useAction(() => undefined);
  const revoking = useAction(() => undefined);
  const [status, setStatus] = useState<NetworkStatus | 'unsupported' | null>(null);
  const [devices, setDevices] = useState<DeviceInfo[]>([]);
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [section, setSection] = useState(ov.election.sections[0]?.id ?? '');
  const [offer, setOffer] = useState<PairingOffer | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  // Revoking cuts a device off at once and needs a new pairing code to undo: asked first.
  const [revokingDevice, setRevokingDevice] = useState<DeviceInfo | null>(null);

  const load = useCallback(async () => {
    try {
      setStatus(await api.call('staff.network', {}));
      setDevices((await api.call('staff.devices', {})).devices);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'not-supported') setStatus('unsupported');
    }
  }, [api]);
  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const id = setInterval(() => void load(), POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [load]);

  if (status === null) return null;
  if (status === 'unsupported')
    return (
      <section aria-labelledby="network-title">
        <h2 id="network-title">{t('staff.nav.network')}</h2>
        <p>{t('staff.network.unsupported')}</p>
      </section>
    );
  const sectionName = (id: string | null) => {
    const s = ov.election.sections.find((x) => x.id === id);
    return s ? localize(s.name, lang) : '—';
  };
  const time = (iso: string) => new Date(iso).toLocaleTimeString(lang);
  return (
    <section aria-labelledby="network-title">
      <h2 id="network-title">{t('staff.nav.network')}</h2>
      <div className="group">
        <h3>{t('staff.network.title')}</h3>
        <p className="note">{t('staff.network.help')}</p>
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            checked={status.on}
            disabled={toggle.busy}
            onChange={(e) => {
              const on = e.target.checked;
              void toggle.run(
                async () => {
                  setStatus(await api.call('staff.setNetwork', { on }));
                  if (!on) setOffer(null);
                },
                () => t(on ? 'staff.network.on' : 'staff.network.off'),
              );
            }}
          />
          <span>{t('staff.network.switch')}</span>
        </label>
        <ActionOutcome state={toggle} />
        {status.on && (
          <>
            <h4>{t('staff.network.addresses')}</h4>
            {status.addresses.length === 0 ? (
              <p>{t('staff.network.noAddress')}</p>
            ) : (
              <ul data-testid="network-addresses">
                {status.addresses.map((a) => (
                  <li key={a}>
                    <code>{a}</code>
                  </li>
                ))}
              </ul>
            )}
            <p className="wrap" data-testid="fingerprint">
              {t('staff.network.fingerprint', { fingerprint: status.fingerprint })}
            </p>
            <p>{t('staff.network.chromium')}</p>
            <pre className="wrap">
              {`chromium --kiosk --ignore-certificate-errors-spki-list=${status.spki} ${status.addresses[0] ?? 'https://…:' + status.port}/pair`}
            </pre>
          </>
        )}
      </div>
      {status.on && (
        <div className="group">
          <h3>{t('staff.network.add')}</h3>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void pairing.run(async () => {
                const o = await api.call('staff.newPairingCode', {
                  role,
                  section: role === 'kiosk' ? section : null,
                });
                setQr(await QRCode.toDataURL(o.link, { margin: 1, width: 240 }));
                setOffer(o);
              });
            }}
          >
            <label className="field">
              <span>{t('staff.network.role')}</span>
              <select value={role} onChange={(e) => setRole(e.target.value as DeviceRole)}>
                <option value="kiosk">{t('staff.network.role.kiosk')}</option>
                <option value="projector">{t('staff.network.role.projector')}</option>
              </select>
            </label>
            {role === 'kiosk' && (
              <label className="field">
                <span>{t('staff.network.section')}</span>
                <select value={section} onChange={(e) => setSection(e.target.value)}>
                  {ov.election.sections.map((s) => (
                    <option key={s.id} value={s.id}>
                      {localize(s.name, lang)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="submit" className="primary" disabled={pairing.busy}>
              {t('staff.network.makeCode')}
            </button>
          </form>
          <ActionOutcome state={pairing} />
          {offer && (
            <div data-testid="pairing-offer">
              <p>{t('staff.network.code', { time: time(offer.expiresAt) })}</p>
              <p className="pairing-code" data-testid="pairing-code">
                {offer.code}
              </p>
              {qr && <img src={qr} width={240} height={240} alt={t('staff.network.qr')} />}
            </div>
          )}
        </div>
      )}
      <div className="group">
        <h3>{t('staff.network.devices')}</h3>
        {devices.length === 0 ? (
          <p>{t('staff.network.none')}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="device-list" className="words-whole">
              <thead>
                <tr>
                  <th scope="col">{t('staff.network.col.name')}</th>
                  <th scope="col">{t('staff.network.col.role')}</th>
                  <th scope="col">{t('staff.network.col.section')}</th>
                  <th scope="col">{t('staff.network.col.online')}</th>
                  <th scope="col">{t('staff.network.col.last')}</th>
                  <th scope="col">{t('staff.network.col.received')}</th>
                  <th scope="col">{t('staff.network.col.waiting')}</th>
                  <td />
                </tr>
              </thead>
              <tbody>
                {devices.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>{t(`staff.network.role.${d.role}`)}</td>
                    <td>{sectionName(d.section)}</td>
                    <td>{t(d.online ? 'staff.network.yes' : 'staff.network.no')}</td>
                    <td>{d.lastContact ? time(d.lastContact) : '—'}</td>
                    <td>{d.received}</td>
                    <td>{d.waiting ?? '—'}</td>
                    <td>
                      <button
                        type="button"
                        disabled={revoking.busy}
                        aria-label={`${t('staff.network.revoke')} ${d.name}`}
                        onClick={() => setRevokingDevice(d)}
                      >
                        {t('staff.network.revoke')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ActionOutcome state={revoking} />
        {revokingDevice && (
          <ConfirmDialog
            title={t('staff.network.confirmRevoke.title', { name: revokingDevice.name })}
            body={t('staff.network.confirmRevoke.body')}
            confirmLabel={t('staff.network.revoke')}
            onCancel={() => setRevokingDevice(null)}
            onConfirm={() => {
              const d = revokingDevice;
              setRevokingDevice(null);
              void revoking.run(
                async () => {
                  await api.call('staff.revokeDevice', { id: d.id });
                  await load();
                },
                () => t('staff.network.revoked', { name: d.name }),
              );
            }}
          />
        )}
      </div>
    </section>
  );
}
