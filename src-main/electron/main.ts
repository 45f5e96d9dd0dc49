/**
 * Composition root of the desktop app: opens the ballot box, serves the renderer from
 * app://priorites/, maps the API onto IPC, and opens the kiosk window and, on a second
 * display when there is one, the results window.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, screen } from 'electron';
import { explainStartFailure, startBox } from '../core/start-box';
import { defaultDataDir } from '../core/data-dir';
import { APP_SCHEME, isAppUrl, pageUrl } from './app-origin';
import { registerAppProtocol } from './app-protocol';
import { placeResults } from './display-placement';
import { broadcast, registerApiHandler } from './ipc-handlers';
import { secureWebPreferences } from './window-options';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const preload = path.join(__dirname, '../preload/index.cjs');
const rendererDir = path.join(__dirname, '../renderer');

function hardenWindow(win: BrowserWindow): void {
  const wc = win.webContents;
  wc.on('will-navigate', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  wc.on('will-redirect', (e, url) => {
    if (!isAppUrl(url)) e.preventDefault();
  });
  wc.on('will-attach-webview', (e) => e.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createWindow(page: 'kiosk' | 'results', bounds?: Electron.Rectangle, fullscreen = false) {
  const win = new BrowserWindow({
    ...(bounds ?? {}),
    show: false,
    fullscreen,
    autoHideMenuBar: true,
    backgroundColor: page === 'results' ? '#0f1720' : '#ffffff',
    title: 'Priorités',
    webPreferences: secureWebPreferences(preload),
  });
  hardenWindow(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl(page));
  return win;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  let started;
  try {
    started = startBox(defaultDataDir(process.platform, process.env, app.getPath('home')));
  } catch (e) {
    dialog.showErrorBox('Priorités', explainStartFailure(e) ?? String(e));
    app.exit(1);
    return;
  }
  const { box, service } = started;
  app.on('web-contents-created', (_e, wc) => {
    wc.session.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  });
  registerAppProtocol(protocol, net, rendererDir);
  registerApiHandler(ipcMain, service);
  box.on((event, payload) =>
    broadcast(() => BrowserWindow.getAllWindows().map((w) => w.webContents), event, payload),
  );

  createWindow('kiosk', undefined, true);
  const place = placeResults(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  createWindow('results', place.bounds, place.kind === 'fullscreen');

  app.on('before-quit', () => box.shutdown());
  app.on('window-all-closed', () => app.quit());
}

void main();
