import { afterEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow, FakeEvent, FakeWebContents } from './testing/electron-fakes';
import type { Placement } from './display-placement';
import { openAppWindow, roleOptions } from './window-options';
import { WindowSlot } from './window-slot';

afterEach(() => {
  FakeBrowserWindow.created = [];
});

function slot(
  role: 'kiosk' | 'projector' = 'kiosk',
  placement: () => Placement | undefined = () => undefined,
  log: (m: string) => void = () => undefined,
) {
  let allowed = false;
  let quits = 0;
  let now = 0;
  const s = new WindowSlot(
    {
      BrowserWindow: FakeBrowserWindow,
      preload: '/app/out/preload/index.cjs',
      canQuit: () => allowed,
      requestQuit: () => quits++,
      onSessionEnd: () => undefined,
      now: () => now,
      log,
    },
    role,
    placement,
  );
  const win = s.open();
  return {
    s,
    win,
    unlock: () => (allowed = true),
    quits: () => quits,
    tick: (ms: number) => (now += ms),
  };
}

const keyDown = (key: string, mods: Record<string, boolean>) => ({
  type: 'keyDown',
  key,
  code: key,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

describe('window options', () => {
  it('sets every security preference explicitly, on every role', () => {
    for (const role of ['kiosk', 'projector'] as const) {
      const win = openAppWindow(FakeBrowserWindow, role, '/p.cjs');
      expect(win.options.webPreferences).toMatchObject({
        preload: '/p.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      });
    }
  });

  it('the kiosk is a frameless fullscreen kiosk window', () => {
    expect(roleOptions('kiosk')).toMatchObject({ fullscreen: true, frame: false, kiosk: true });
  });

  it('the projector is fullscreen on its display, an ordinary framed window (hidden) alone', () => {
    const bounds = { x: 1920, y: 0, width: 1280, height: 720 };
    expect(roleOptions('projector', { kind: 'fullscreen', displayId: 2, bounds })).toMatchObject({
      ...bounds,
      fullscreen: true,
      frame: true,
    });
    expect(roleOptions('projector', { kind: 'hidden', displayId: 1, bounds })).toMatchObject({
      fullscreen: false,
      frame: true,
    });
    expect(roleOptions('projector').kiosk).toBeUndefined();
  });
});

describe('window slot', () => {
  it('loads its page on the app origin and shows once ready', () => {
    const { win } = slot('projector');
    expect(win.webContents.loaded).toEqual(['app://priorites/results']);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('the kiosk takes the keyboard; the projector shows without it, or not at all alone', () => {
    const kiosk = slot('kiosk').win;
    kiosk.emit('ready-to-show');
    expect(kiosk.focused).toBe(true);
    const bounds = { x: 1920, y: 0, width: 1280, height: 720 };
    const projector = slot('projector', () => ({ kind: 'fullscreen', displayId: 2, bounds })).win;
    projector.emit('ready-to-show');
    expect(projector.visible).toBe(true);
    expect(projector.focused).toBe(false);
    const alone = slot('projector', () => ({ kind: 'hidden', displayId: 1, bounds })).win;
    alone.emit('ready-to-show');
    expect(alone.visible).toBe(false);
    expect(alone.options.fullscreen).toBe(false);
  });

  it('a rejected page load (ERR_ABORTED mid-crash) is logged, not an unhandled rejection', async () => {
    const logged: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const abort = () => Promise.reject(new Error('ERR_ABORTED (-3) loading app://priorites/kiosk'));
    const original = FakeWebContents.prototype.loadURL;
    FakeWebContents.prototype.loadURL = abort;
    try {
      const { win } = slot(
        'kiosk',
        () => undefined,
        (m) => logged.push(m),
      );
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      FakeWebContents.prototype.loadURL = original;
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(logged.filter((m) => m.includes('ERR_ABORTED'))).toHaveLength(2);
  });

  it('refuses a close during the vote, and accepts it once staff unlocked', () => {
    const { win, unlock } = slot();
    expect(win.fire('close').defaultPrevented).toBe(true);
    unlock();
    expect(win.fire('close').defaultPrevented).toBe(false);
  });

  it('a close shortcut asks to quit (the app-level guard decides)', () => {
    const { win, quits } = slot();
    const e = new FakeEvent();
    win.webContents.emit('before-input-event', e, keyDown('F4', { alt: true }));
    expect(e.defaultPrevented).toBe(true);
    expect(quits()).toBe(1);
  });

  it('lets the staff shortcut reach the page', () => {
    const { win } = slot();
    const e = new FakeEvent();
    win.webContents.emit(
      'before-input-event',
      e,
      keyDown('S', { control: true, alt: true, shift: true }),
    );
    expect(e.defaultPrevented).toBe(false);
  });

  it('replaces the window after an out-of-memory crash, new one first', () => {
    const { s, win } = slot();
    win.webContents.emit('render-process-gone', {}, { reason: 'oom' });
    expect(FakeBrowserWindow.created).toHaveLength(2);
    const fresh = FakeBrowserWindow.created[1];
    expect(win.destroyed).toBe(true);
    expect(s.current).toBe(fresh);
    expect(fresh?.webContents.loaded).toEqual(['app://priorites/kiosk']);
    // The new window is guarded like the first.
    expect(fresh?.fire('close').defaultPrevented).toBe(true);
  });

  it('keeps the crash cap across recreated windows', () => {
    const { s, win, tick } = slot();
    win.webContents.emit('render-process-gone', {}, { reason: 'oom' });
    tick(1000);
    const second = s.current as FakeBrowserWindow;
    second.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    second.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    second.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(second.webContents.loaded.at(-1)).toBe('app://priorites/crashed?page=kiosk');
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('focus brings back a minimized window', () => {
    const { s, win } = slot();
    win.minimized = true;
    s.focus();
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });
});
