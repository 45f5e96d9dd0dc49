import { describe, expect, it } from 'vitest';
import { lockNavigation } from './navigation-guard';
import { denyAllPermissions } from './permission-policy';
import { FakeEvent, FakeWebContents } from './testing/electron-fakes';

const nav = (url: string) => Object.assign(new FakeEvent(), { url });

describe('navigation guard', () => {
  const outside = [
    'https://evil.example/',
    'http://127.0.0.1:8417/kiosk',
    'file:///etc/passwd',
    'app://other/kiosk',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    'not a url',
  ];

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s: stays on the app origin',
    (name) => {
      const wc = new FakeWebContents();
      lockNavigation(wc);
      for (const url of outside) {
        const e = nav(url);
        wc.emit(name, e);
        expect(e.defaultPrevented, url).toBe(true);
      }
      const inside = nav('app://priorites/staff');
      wc.emit(name, inside);
      expect(inside.defaultPrevented).toBe(false);
    },
  );

  it('opens no window, whatever the URL', () => {
    const wc = new FakeWebContents();
    lockNavigation(wc);
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'app://priorites/results' })).toEqual({
      action: 'deny',
    });
  });

  it('refuses every <webview>', () => {
    const wc = new FakeWebContents();
    lockNavigation(wc);
    expect(wc.fire('will-attach-webview', {}, { src: 'app://priorites/' }).defaultPrevented).toBe(
      true,
    );
  });
});

describe('permission policy', () => {
  it('denies every permission request and check', () => {
    const set: {
      request?: (wc: unknown, p: string, cb: (g: boolean) => void) => void;
      check?: () => boolean;
    } = {};
    denyAllPermissions({
      setPermissionRequestHandler: (h) => void (set.request = h),
      setPermissionCheckHandler: (h) => void (set.check = h),
    });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'fullscreen', 'openExternal'])
      set.request?.(null, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(set.check?.()).toBe(false);
  });
});
