import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceRegistry, hashToken } from './device-registry';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function setup(nowMs = { t: Date.parse('2026-12-02T10:00:00Z') }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'devices-'));
  dirs.push(dir);
  const file = path.join(dir, 'devices.json');
  const make = () =>
    new DeviceRegistry({ file, now: () => new Date(nowMs.t), randomBytes: (n) => randomBytes(n) });
  return { file, make, nowMs };
}

describe('DeviceRegistry', () => {
  it('gives a 256-bit token, keeps only its hash on disk, and knows the device after a restart', () => {
    const { file, make } = setup();
    const { token, device } = make().add('Borne 2', 'kiosk', 'BE');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const disk = fs.readFileSync(file, 'utf8');
    expect(disk).not.toContain(token);
    expect(disk).toContain(hashToken(token));
    const again = make().authenticate(token);
    expect(again).toEqual({ ok: true, device });
    expect(make().authenticate('x'.repeat(43))).toEqual({ ok: false, reason: 'unpaired' });
    expect(make().authenticate(null)).toEqual({ ok: false, reason: 'unpaired' });
  });

  it('refuses a revoked token at once and after a restart, and tells the stream holders', () => {
    const { make } = setup();
    const reg = make();
    const { token, device } = reg.add('Projecteur', 'projector', 'FR');
    expect(device.section).toBeNull(); // a projector has no section
    const told: string[] = [];
    reg.onRevoke((id) => told.push(id));
    expect(reg.revoke(device.id)).toBe(true);
    expect(told).toEqual([device.id]);
    expect(reg.authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
    expect(make().authenticate(token)).toEqual({ ok: false, reason: 'revoked' });
    expect(reg.revoke(device.id)).toBe(false);
    expect(reg.list()).toEqual([]);
  });

  it('lists online, last contact, ballots received and waiting as counts per device', () => {
    const { make, nowMs } = setup();
    const reg = make();
    const { device } = reg.add('Borne 1', 'kiosk', 'FR');
    expect(reg.list()[0]).toMatchObject({
      online: false,
      lastContact: null,
      received: 0,
      waiting: null,
    });
    reg.touch(device.id);
    reg.received(device.id);
    reg.received(device.id);
    reg.reportWaiting(device.id, 3);
    expect(reg.list()[0]).toMatchObject({ online: true, received: 2, waiting: 3 });
    nowMs.t += 60_000;
    expect(reg.list()[0]?.online).toBe(false);
    const close = reg.streamOpened(device.id);
    expect(reg.list()[0]?.online).toBe(true);
    close();
    nowMs.t += 60_000;
    expect(reg.list()[0]?.online).toBe(false);
  });
});
