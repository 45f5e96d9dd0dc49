/**
 * Composition root of the desktop app, and the only module that touches Electron's values:
 * it wires the small tested modules of this folder to the real Electron objects.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  screen,
  session,
} from 'electron';
import { defaultDataDir } from '../core/data-dir';
import { startService } from '../core/start-box';
import { applicationMenu } from './app-menu';
import { APP_SCHEME } from './app-origin';
import { refuseAllCertificates } from './certificate-policy';
import { registerAppProtocol } from './app-protocol';
import { DisplayKeepAwake } from './display-keep-awake';
import { x11Relaunch } from './display-server';
import { handleDownloads } from './download-policy';
import { broadcast, registerApiHandler } from './ipc-handlers';
import { STAFF_SHORTCUT } from './kiosk-input-filter';
import { lockNavigation } from './navigation-guard';
import { denyAllPermissions } from './permission-policy';
import { ProjectorManager } from './projector-manager';
import { guardAppQuit } from './quit-guard';
import { claimSingleInstance } from './single-instance';
import { explainDesktopStartFailure } from './start-failure';
import { WindowSlot, type SlotDeps } from './window-slot';
import { advertiseHub, browseHubs } from '../core/network/hub-discovery';
import { hubFinder } from '../core/network/hub-finder';
import { NetworkHub } from '../host/network-hub';
import { DeviceLink } from '../core/network/device-link';

const preload = path.join(__dirname, '../preload/index.cjs');
const rendererDir = path.join(__dirname, '../renderer');

function open(): ReturnType<typeof startService> | null {
  const dataDir = defaultDataDir(process.platform, process.env, app.getPath('home'));
  try {
    return startService(
      dataDir,
      {
        listDisplays: () => projector.list(),
        moveProjector: (id) => void projector.moveTo(id),
      },
      // out/: the recount tools beside main/ (inside app.asar, which Electron's fs reads).
      path.join(__dirname, '..'),
      // The hub's network mode, off until staff switch it on in the console's Réseau panel;
      // paired browsers get the same pages (the pairing page, a browser kiosk, a projector).
      // It announces itself (mDNS) while on, so that kiosks find it in their join screen.
      (box) => new NetworkHub({ box, staticDir: rendererDir, advertise: advertiseHub }),
      // Joined to a hub (the console's « Poste central »), this app's main process forwards
      // its kiosk's calls over the pinned HTTPS link; the link is kept in the data folder.
      // The join screen lists the hubs announced on the network, browsed only while it asks.
      (box) =>
        new DeviceLink({
          dataDir: box.dataDir,
          audit: (a, d) => box.audit(a, d),
          findHubs: hubFinder(() => browseHubs()),
        }),
    );
  } catch (e) {
    dialog.showErrorBox('Priorités', explainDesktopStartFailure(e, dataDir) ?? String(e));
    app.exit(1);
    return null;
  }
}

let projector: ProjectorManager;

async function main(): Promise<void> {
  let kiosk: WindowSlot<BrowserWindow> | null = null;
  if (!claimSingleInstance(app, () => kiosk?.focus())) return;
  app.on('web-contents-created', (_e, wc) => lockNavigation(wc));
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  // The pages never speak https (the hub is reached by main, pinned): no certificate passes.
  refuseAllCertificates(session.defaultSession, (m) => console.warn(m));
  handleDownloads(session.defaultSession, {
    downloadsDir: () => app.getPath('downloads'),
    exists: existsSync,
    log: (m) => console.warn(m),
  });

  const started = open();
  if (!started) return;
  const { service } = started;
  registerAppProtocol(protocol, (file) => fs.readFile(file), rendererDir);
  registerApiHandler(ipcMain, service);
  service.on((event, payload) =>
    broadcast(() => BrowserWindow.getAllWindows().map((w) => w.webContents), event, payload),
  );

  const keepAwake = new DisplayKeepAwake(powerSaveBlocker);
  keepAwake.update(service.status());
  service.on((event, payload) => {
    if (event === 'kiosk') keepAwake.update(payload.status);
  });

  const canQuit = () => service.canQuit();
  guardAppQuit(app, { canQuit, onRefused: () => console.warn('quit refused: vote open') });
  const deps: SlotDeps<BrowserWindow> = {
    BrowserWindow,
    preload,
    canQuit,
    requestQuit: () => app.quit(),
    onSessionEnd: () => service.shutdown(),
    now: () => Date.now(),
    allowedShortcuts: [STAFF_SHORTCUT],
    log: (m) => console.warn(m),
  };
  kiosk = new WindowSlot(deps, 'kiosk', () => {
    const d = screen.getPrimaryDisplay();
    return { kind: 'fullscreen', displayId: d.id, bounds: d.bounds };
  });
  const results: WindowSlot<BrowserWindow> = new WindowSlot(deps, 'projector', () =>
    projector.placement(),
  );
  projector = new ProjectorManager(screen, () => results.current);
  kiosk.open();
  results.open();

  app.on('will-quit', () => service.shutdown());
  app.on('window-all-closed', () => app.quit());
}

// A Wayland session with XWayland: start again as an X11 client, so that the projector can be
// placed (display-server.ts). Electron starts the new instance once this one has exited.
const relaunch = x11Relaunch(process.platform, process.env, process.argv);
if (relaunch) {
  app.relaunch(relaunch);
  app.exit(0);
} else {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  const menu = applicationMenu(process.platform);
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  // Whatever escapes the start is said, not left as an unhandled rejection with no window.
  main().catch((e: unknown) => {
    dialog.showErrorBox('Priorités', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}
