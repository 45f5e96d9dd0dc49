import { describe, expect, it } from 'vitest';
import { Clock, tempDir } from '../../../test/fault/support/box-fixture';
import { apiErrorOf } from '../../../test/unit/support/api-errors';
import { AuditLog } from '../audit-log';
import { FIRST_LOCK_SECONDS, FREE_TRIES } from '../pin';
import { DataFolder } from './data-folder';
import { Settings } from './settings';
import { StaffPin } from './staff-pin';

function pinIn(dir: string, clock: Clock) {
  const folder = new DataFolder(dir);
  const audit = new AuditLog(folder.file('audit'), clock.now);
  const settings = new Settings(folder, 'FR');
  const pin = new StaffPin({ store: settings.pinStore, audit, now: clock.now, salt: () => 'ab' });
  return { pin, audit, settings };
}

describe('StaffPin', () => {
  it('is set once, stored hashed', () => {
    const { pin, settings, audit } = pinIn(tempDir(), new Clock());
    expect(pin.isSet).toBe(false);
    expect(apiErrorOf(() => pin.verify('1234'))?.code).toBe('pin-not-set');
    pin.set('482916');
    expect(pin.isSet).toBe(true);
    expect(JSON.stringify(settings.pinStore.read())).not.toContain('482916');
    expect(apiErrorOf(() => pin.set('000000'))?.code).toBe('pin-already-set');
    audit.close();
  });

  it('locks after the free tries, keeps the lock across a restart, then lets the right PIN in', () => {
    const dir = tempDir();
    const clock = new Clock();
    const first = pinIn(dir, clock);
    first.pin.set('482916');
    for (let i = 1; i < FREE_TRIES; i++)
      expect(apiErrorOf(() => first.pin.verify('000000'))?.params).toEqual({
        remaining: FREE_TRIES - i,
      });
    expect(apiErrorOf(() => first.pin.verify('000000'))?.code).toBe('pin-locked');
    first.audit.close();

    const second = pinIn(dir, clock);
    expect(apiErrorOf(() => second.pin.verify('482916'))?.params).toEqual({
      seconds: FIRST_LOCK_SECONDS,
    });
    clock.advance(FIRST_LOCK_SECONDS);
    expect(apiErrorOf(() => second.pin.verify('482916'))).toBeNull();
    expect(second.settings.pinStore.read()).toMatchObject({ pinFailures: 0, lockedUntil: null });
    expect(second.audit.entries().map((e) => e.action)).toContain('staff-login');
    second.audit.close();
  });
});
