import { describe, expect, it } from 'vitest';
import { installKioskInputFilter } from './kiosk-input-wiring';
import { FakeWebContents } from './testing/electron-fakes';

const key = (key: string, mods: Record<string, boolean> = {}, type = 'keyDown') => ({
  type,
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

function setUp() {
  const wc = new FakeWebContents();
  let closeRequests = 0;
  installKioskInputFilter(wc, { onCloseShortcut: () => closeRequests++ });
  return { wc, closes: () => closeRequests };
}

describe('kiosk input wiring', () => {
  it('prevents a blocked shortcut from reaching the page, on key down and key up', () => {
    const { wc } = setUp();
    expect(wc.fire('before-input-event', key('F5')).defaultPrevented).toBe(true);
    expect(wc.fire('before-input-event', key('F5', {}, 'keyUp')).defaultPrevented).toBe(true);
    expect(wc.fire('before-input-event', key('r', { control: true })).defaultPrevented).toBe(true);
  });

  it('leaves ordinary typing alone', () => {
    const { wc } = setUp();
    expect(wc.fire('before-input-event', key('a')).defaultPrevented).toBe(false);
    expect(wc.fire('before-input-event', key('Enter')).defaultPrevented).toBe(false);
  });

  it('turns a close shortcut into one quit request, never a direct close', () => {
    const { wc, closes } = setUp();
    const e = wc.fire('before-input-event', key('F4', { alt: true }));
    wc.fire('before-input-event', key('F4', { alt: true }, 'keyUp'));
    expect(e.defaultPrevented).toBe(true);
    expect(closes()).toBe(1);
  });

  it('pins visual zoom and undoes Ctrl+wheel zoom', () => {
    const { wc } = setUp();
    expect(wc.visualZoomLimits).toEqual([1, 1]);
    wc.zoomFactor = 1.5; // what Chromium did before telling us
    const e = wc.fire('zoom-changed', 'in');
    expect(e.defaultPrevented).toBe(true);
    expect(wc.zoomFactor).toBe(1);
  });
});
