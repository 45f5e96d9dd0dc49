/**
 * Runs inside the booted main process (loaded with --import before out/main/index.js): waits
 * for main to ask for ready, makes Electron ready, exercises the app:// protocol and the IPC
 * door, then fires every lifecycle event on every window, the screen and the app, and writes
 * what happened to BOOT_REPORT as JSON. The vitest side (boot-main.test.ts) asserts on it.
 */
import fs from 'node:fs';
import {
  FakeBrowserWindow,
  FakeEvent,
  fakeDisplay,
} from '../../../../src-main/electron/testing/electron-fakes';
import {
  app,
  calls,
  dialog,
  ipcMain,
  powerSaveBlocker,
  protocol,
  screen,
  session,
} from '../../../../src-main/electron/testing/fake-electron-module';

const errors: string[] = [];
process.on('uncaughtException', (e) => errors.push(`uncaught: ${e.stack ?? String(e)}`));
process.on('unhandledRejection', (e) =>
  errors.push(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
);

const tick = () => new Promise((r) => setTimeout(r, 5));
async function until(what: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (done()) return;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Fires a listener-bearing event the way Electron does, catching what a listener throws. */
function fire(
  target: { emit(name: string, ...args: unknown[]): boolean },
  name: string,
  ...args: unknown[]
) {
  calls.push(`test:${name}`);
  try {
    target.emit(name, ...args);
  } catch (e) {
    errors.push(`${name} threw: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function respond(url: string) {
  const handler = protocol.handlers.get('app');
  if (!handler) return { url, status: 0, csp: null, type: null, body: '' };
  const res = await handler(new Request(url));
  const body = await res.text();
  return {
    url,
    status: res.status,
    csp: res.headers.get('Content-Security-Policy'),
    type: res.headers.get('Content-Type'),
    body: body.slice(0, 4000),
  };
}

async function invoke(frameUrl: string | null, envelope: unknown) {
  const handler = ipcMain.handlers.get('priorites:call');
  if (!handler) return null;
  return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, envelope);
}

async function run() {
  await until('main to wait for ready, or to exit', () =>
    calls.some((c) => c === 'app.whenReady' || c.startsWith('app.exit')),
  );
  await tick();
  if (!calls.includes('app.whenReady'))
    return { calls, errors, relaunches: app.relaunches, exits: app.exits };
  calls.push('test:make-ready');
  app.fireReady();
  const exited = () => calls.some((c) => c.startsWith('app.exit'));
  await until(
    'both windows, or an exit',
    () => exited() || calls.filter((c) => c.startsWith('new BrowserWindow')).length >= 2,
  );
  await tick();
  if (exited()) return { calls, errors, dialogs: dialog.errors, exits: app.exits };

  const page = await respond('app://priorites/kiosk');
  const script = /<script[^>]+src="([^"]+)"/.exec(page.body)?.[1] ?? '';
  const responses = [
    page,
    await respond(`app://priorites${script.replace(/^\./, '')}`),
    await respond('app://priorites/crashed?page=kiosk'),
    await respond('app://priorites/%2e%2e/%2e%2e/package.json'),
    await respond('app://elsewhere/kiosk'),
  ];
  const state = { method: 'kiosk.state', input: {} };
  const ipc = {
    foreign: await invoke('https://example.org/', state),
    nullFrame: await invoke(null, state),
    fileFrame: await invoke('file:///etc/passwd', state),
    app: await invoke('app://priorites/kiosk', state),
    garbage: await invoke('app://priorites/kiosk', { method: 'nope', input: 1, extra: true }),
  };
  const permission = await new Promise<boolean>((resolve) =>
    session.defaultSession.permissionRequest?.({}, 'media', resolve),
  );

  // Open the vote through the same door the console uses: quitting is now refused and the
  // display kept awake.
  const app_ = 'app://priorites/staff';
  const pin = (await invoke(app_, { method: 'staff.setPin', input: { pin: '482916' } })) as {
    value?: { token?: string };
  } | null;
  const token = pin?.value?.token ?? null;
  // The join screen's door, and the kiosk state (forwarded to the hub when joined).
  const join = {
    status: await invoke(app_, { method: 'join.status', input: {}, token }),
    kioskState: await invoke('app://priorites/kiosk', state),
  };
  const certificate = await new Promise<number>((resolve) =>
    session.defaultSession.certificateVerify?.(
      { hostname: '127.0.0.1', certificate: { fingerprint: 'sha256/any' }, errorCode: 0 },
      resolve,
    ),
  );
  const opened = await invoke(app_, { method: 'staff.open', input: {}, token });
  await tick();
  const keepAwakeWhileOpen = [...powerSaveBlocker.active.values()];

  const windowsAtStart = FakeBrowserWindow.created.length;
  const refused: Record<string, boolean[]> = { close: [], 'query-session-end': [] };
  calls.push('test:lifecycle');
  for (const win of [...FakeBrowserWindow.created]) {
    fire(win, 'ready-to-show');
    fire(win, 'unresponsive');
    fire(win.webContents, 'render-process-gone', new FakeEvent(), { reason: 'crashed' });
    const close = new FakeEvent();
    fire(win, 'close', close);
    refused.close?.push(close.defaultPrevented);
    const ending = Object.assign(new FakeEvent(), { reasons: ['logoff'] });
    fire(win, 'query-session-end', ending);
    refused['query-session-end']?.push(ending.defaultPrevented);
  }
  const beforeQuit = new FakeEvent();
  fire(app, 'before-quit', beforeQuit);
  for (const win of [...FakeBrowserWindow.created]) fire(win, 'session-end', new FakeEvent());
  screen.add(fakeDisplay(3, 3200));
  fire(screen, 'display-metrics-changed', new FakeEvent(), screen.displays[1], ['workArea']);
  screen.remove(2);
  screen.remove(3);
  screen.add(fakeDisplay(2, 1920, 1280, 720));
  const projector = FakeBrowserWindow.created[1];
  if (projector)
    fire(projector.webContents, 'render-process-gone', new FakeEvent(), { reason: 'oom' });
  fire(app, 'second-instance', new FakeEvent());
  fire(app, 'window-all-closed', new FakeEvent());
  fire(app, 'will-quit', new FakeEvent());
  fire(app, 'will-quit', new FakeEvent());
  await tick();
  await tick();

  return {
    calls,
    errors,
    responses,
    ipc,
    permission,
    join,
    certificate,
    dialogs: dialog.errors,
    exits: app.exits,
    quits: app.quits,
    switches: app.switches,
    relaunches: app.relaunches,
    windowsAtStart,
    opened,
    keepAwakeWhileOpen,
    refused,
    quitRefused: beforeQuit.defaultPrevented,
    windows: FakeBrowserWindow.created.map((w) => ({
      kiosk: w.options.kiosk === true,
      destroyed: w.destroyed,
      loaded: w.webContents.loaded,
      crashed: w.webContents.crashed,
      visible: w.visible,
      focused: w.focused,
      fullScreen: w.fullScreen,
      bounds: w.bounds,
      webPreferences: w.options.webPreferences,
    })),
    keepAwake: [...powerSaveBlocker.active.values()],
  };
}

run()
  .catch((e: unknown) => ({
    fatal: e instanceof Error ? (e.stack ?? e.message) : String(e),
    calls,
    errors,
  }))
  .then((report) => {
    fs.writeFileSync(
      process.env.BOOT_REPORT ?? 'boot-report.json',
      JSON.stringify(report, null, 2),
    );
    process.exit(0);
  });
