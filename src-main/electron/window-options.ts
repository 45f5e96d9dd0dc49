/**
 * Every window of the app is made here, with the Electron security checklist's webPreferences
 * written out in full (a literal, so that electronegativity can read them), and the shape of
 * each role: the kiosk is a frameless fullscreen kiosk window; the projector is fullscreen on
 * its display, or an ordinary window, hidden, when there is only one display.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Placement } from './display-placement';

export type WindowRole = 'kiosk' | 'projector';

export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

export function roleOptions(
  role: WindowRole,
  placement?: Placement,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    title: 'Priorités',
    autoHideMenuBar: true,
  };
  if (role === 'kiosk')
    return {
      ...common,
      ...placement?.bounds,
      fullscreen: true,
      frame: false,
      kiosk: true,
      backgroundColor: '#ffffff',
    };
  // Framed even when fullscreen (the frame does not show then): if its display goes away it
  // becomes an ordinary window that staff can still move and resize.
  return {
    ...common,
    ...placement?.bounds,
    fullscreen: placement?.kind === 'fullscreen',
    frame: true,
    backgroundColor: '#0f1720',
  };
}

/** Opens a window of the given role; `BrowserWindow` is Electron's class (or a test's fake). */
export function openAppWindow<W>(
  BrowserWindow: BrowserWindowClass<W>,
  role: WindowRole,
  preload: string,
  placement?: Placement,
): W {
  return new BrowserWindow({
    ...roleOptions(role, placement),
    webPreferences: {
      // Reviewed: the preload only exposes the frozen two-door bridge of preload-bridge.ts
      // (call and on, never ipcRenderer), tested in preload-bridge.test.ts.
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would ask for a new window; the open handler denies it, and this stops it
      // being asked at all.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    },
  });
}
