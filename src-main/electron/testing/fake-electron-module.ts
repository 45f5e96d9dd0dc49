/**
 * A recording stand-in for the whole `electron` module, for booting the built main process
 * under plain Node (test/unit/packaging/boot): a loader hook maps the bare `electron` import
 * to this file. It keeps the rules of the real one that a wrong composition root would break:
 * privileged schemes only before ready, windows, protocol handlers and the screen only after,
 * one IPC handler and one protocol handler per name. Every call is written to `calls`.
 */
import os from 'node:os';
import {
  FakeApp,
  FakeBrowserWindow,
  FakeEmitter,
  FakePowerSaveBlocker,
  FakeScreen,
  fakeDisplay,
} from './electron-fakes';

export const calls: string[] = [];
const record = (what: string) => void calls.push(what);

let isReady = false;
const needsReady = (what: string) => {
  if (!isReady) throw new Error(`${what} used before the app is ready`);
};

class BootApp extends FakeApp {
  readonly exits: number[] = [];
  readonly switches: [string, string | undefined][] = [];
  private resolveReady: (() => void) | null = null;
  private readonly ready = new Promise<void>((r) => (this.resolveReady = r));
  readonly relaunches: { args?: string[] }[] = [];
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => {
      if (isReady) throw new Error(`switch ${name} appended after ready has no effect`);
      record(`app.commandLine.appendSwitch:${name}=${value ?? ''}`);
      this.switches.push([name, value]);
    },
  };
  relaunch(options: { args?: string[] } = {}): void {
    record(`app.relaunch:${(options.args ?? []).join(' ')}`);
    this.relaunches.push(options);
  }
  whenReady(): Promise<void> {
    record('app.whenReady');
    return this.ready;
  }
  isReady(): boolean {
    return isReady;
  }
  /** The test's doing: Electron is ready. */
  fireReady(): void {
    isReady = true;
    record('ready');
    this.resolveReady?.();
    this.fire('ready');
  }
  getPath(name: string): string {
    return process.env[`FAKE_ELECTRON_PATH_${name.toUpperCase()}`] ?? os.tmpdir();
  }
  override requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return super.requestSingleInstanceLock();
  }
  override quit(): void {
    record('app.quit');
    super.quit();
  }
  exit(code = 0): void {
    record(`app.exit:${code}`);
    this.exits.push(code);
  }
}

export const app = new BootApp();

export class BrowserWindow extends FakeBrowserWindow {
  constructor(options: ConstructorParameters<typeof FakeBrowserWindow>[0]) {
    needsReady('new BrowserWindow');
    super(options);
    record(`new BrowserWindow:${options.kiosk === true ? 'kiosk' : 'projector'}`);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return FakeBrowserWindow.created.filter((w) => !w.isDestroyed()) as BrowserWindow[];
  }
}

export type Handler = (...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    record(`ipcMain.handle:${channel}`);
    this.handlers.set(channel, listener);
  },
};

export const protocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    if (isReady) throw new Error('registerSchemesAsPrivileged must be called before ready');
    record(`protocol.registerSchemesAsPrivileged:${schemes.map((s) => s.scheme).join(',')}`);
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    needsReady('protocol.handle');
    // A test can make this step fail, to see what main does with a failure after ready.
    if (process.env.FAKE_ELECTRON_FAIL === 'protocol.handle') throw new Error('simulated failure');
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    record(`protocol.handle:${scheme}`);
    this.handlers.set(scheme, handler);
  },
};

export const Menu = {
  current: undefined as unknown,
  buildFromTemplate(template: unknown[]) {
    record('Menu.buildFromTemplate');
    return { template };
  },
  setApplicationMenu(menu: unknown) {
    record(`Menu.setApplicationMenu:${menu === null ? 'null' : 'menu'}`);
    this.current = menu;
  },
};

export const dialog = {
  errors: [] as string[],
  showErrorBox(title: string, content: string) {
    record('dialog.showErrorBox');
    this.errors.push(`${title}: ${content}`);
  },
};

class BootSession extends FakeEmitter {
  permissionRequest: Handler | null = null;
  permissionCheck: Handler | null = null;
  setPermissionRequestHandler(h: Handler) {
    needsReady('session');
    record('session.setPermissionRequestHandler');
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: Handler) {
    record('session.setPermissionCheckHandler');
    this.permissionCheck = h;
  }
  certificateVerify: Handler | null = null;
  setCertificateVerifyProc(h: Handler | null) {
    needsReady('session');
    record('session.setCertificateVerifyProc');
    this.certificateVerify = h;
  }
}

export const session = { defaultSession: new BootSession() };

class BootScreen extends FakeScreen {
  override getAllDisplays() {
    needsReady('screen');
    return super.getAllDisplays();
  }
  override getPrimaryDisplay() {
    needsReady('screen');
    return super.getPrimaryDisplay();
  }
}

export const screen = new BootScreen([fakeDisplay(1, 0), fakeDisplay(2, 1920, 1280, 720)], 1);

export const powerSaveBlocker = new FakePowerSaveBlocker();

export default {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  screen,
  session,
};
