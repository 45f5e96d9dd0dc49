/**
 * The built main process, booted under plain Node with a recording fake of `electron` (a
 * loader hook, boot/electron-loader.mjs): the order of what it does before and after ready,
 * what its app:// protocol answers and under which CSP, which frames its IPC door refuses, and
 * that every lifecycle event of every window, of the screen and of the app can fire without
 * anything throwing or being done twice. The scenario that drives it is boot/scenario.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { loadOrCreateIdentity } from '../../../src-main/core/network/tls-identity';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/core/security-policy';
import { repoRoot } from '../../support/host-process';

interface Report {
  fatal?: string;
  calls: string[];
  errors: string[];
  responses: {
    url: string;
    status: number;
    csp: string | null;
    type: string | null;
    body: string;
  }[];
  ipc: Record<string, { ok: boolean; error?: { code: string } } | null>;
  permission: boolean;
  join: Record<'status' | 'kioskState', { ok: boolean; value?: unknown; error?: { code: string } }>;
  certificate: number;
  dialogs: string[];
  exits: number[];
  quits: number;
  switches: [string, string | undefined][];
  relaunches: { args?: string[] }[];
  windowsAtStart: number;
  opened: { ok: boolean } | null;
  keepAwakeWhileOpen: string[];
  refused: Record<string, boolean[]>;
  quitRefused: boolean;
  windows: {
    kiosk: boolean;
    destroyed: boolean;
    loaded: string[];
    crashed: number;
    visible: boolean;
    focused: boolean;
    fullScreen: boolean;
    webPreferences: Record<string, unknown>;
  }[];
  keepAwake: string[];
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-boot-'));
const out = path.join(work, 'out');
const dataDir = path.join(work, 'data');

function boot(env: Record<string, string> = {}, data = dataDir): Report {
  const report = path.join(work, `report-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/unit/packaging/boot/register.mjs',
      '--import',
      './test/unit/packaging/boot/scenario.ts',
      path.join(out, 'main/index.js'),
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        PRIORITES_DATA_DIR: data,
        FAKE_ELECTRON_PATH_HOME: work,
        FAKE_ELECTRON_PATH_DOWNLOADS: work,
        BOOT_REPORT: report,
        XDG_SESSION_TYPE: '',
        WAYLAND_DISPLAY: '',
        ...env,
      },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const parsed = JSON.parse(fs.readFileSync(report, 'utf8')) as Report;
  expect(parsed.fatal).toBeUndefined();
  return parsed;
}

let report: Report;

beforeAll(() => {
  execFileSync(
    path.join(repoRoot, 'node_modules/.bin/electron-vite'),
    ['build', '--outDir', out, '--logLevel', 'error'],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  // As in app.asar: package.json says the bundle is an ES module, and the dependencies it
  // imports by name sit in node_modules beside it.
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ type: 'module' }));
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  report = boot();
}, 120_000);

const index = (calls: string[], prefix: string) => calls.findIndex((c) => c.startsWith(prefix));

describe('the built main process booted with a fake electron', () => {
  it('registers schemes and the menu before ready, everything else after, each once', () => {
    const { calls } = report;
    const ready = calls.indexOf('ready');
    expect(ready).toBeGreaterThan(0);
    for (const before of ['protocol.registerSchemesAsPrivileged:app', 'Menu.setApplicationMenu'])
      expect(index(calls, before), before).toBeLessThan(ready);
    const after = [
      'session.setPermissionRequestHandler',
      'session.setCertificateVerifyProc',
      'protocol.handle:app',
      'ipcMain.handle:priorites:call',
      'new BrowserWindow:kiosk',
      'new BrowserWindow:projector',
    ];
    const at = after.map((c) => index(calls, c));
    expect(at.every((i) => i > ready)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const once of ['protocol.handle:app', 'ipcMain.handle:priorites:call', 'ready'])
      expect(calls.filter((c) => c === once)).toHaveLength(1);
    expect(report.errors).toEqual([]);
    expect(report.dialogs).toEqual([]);
    expect(report.exits).toEqual([]);
  });

  it('serves its pages and their scripts under the CSP, and nothing outside', () => {
    const [page, script, crashed, escape, foreign] = report.responses;
    expect(page?.status).toBe(200);
    expect(page?.type).toMatch(/^text\/html/);
    expect(page?.body).toContain('<div id="root">');
    expect(page?.body).toContain('http-equiv="Content-Security-Policy"');
    expect(script?.status).toBe(200);
    expect(script?.type).toMatch(/javascript/);
    expect(crashed?.status).toBe(200);
    expect(crashed?.body).toContain('Cette borne ne fonctionne plus');
    for (const r of [page, script, crashed, escape, foreign])
      expect(r?.csp, r?.url).toBe(CONTENT_SECURITY_POLICY);
    expect(escape?.status).toBe(404);
    expect(foreign?.status).toBe(404);
  });

  it('refuses IPC from a foreign, file: or null frame, and validates what the app sends', () => {
    for (const k of ['foreign', 'nullFrame', 'fileFrame'])
      expect(report.ipc[k], k).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.ipc.app).toMatchObject({ ok: true });
    expect(report.ipc.garbage).toMatchObject({ ok: false });
    expect(report.ipc.garbage?.error?.code).not.toBe('forbidden');
    expect(report.permission).toBe(false);
  });

  it('offers the join screen behind the PIN; its pages trust no certificate at all', () => {
    expect(report.join.status).toMatchObject({
      ok: true,
      value: { mode: 'standalone', canJoin: true },
    });
    expect(report.join.kioskState).toMatchObject({ ok: true });
    expect(report.certificate).toBe(-2);
  });

  it('a data folder joined to a hub starts joined: the kiosk’s calls go to the hub', async () => {
    const data = fs.mkdtempSync(path.join(work, 'joined-'));
    const idle = net.createServer();
    await new Promise<void>((r) => idle.listen(0, '127.0.0.1', r));
    const port = (idle.address() as net.AddressInfo).port;
    await new Promise<void>((r) => idle.close(() => r()));
    const hub = await loadOrCreateIdentity(path.join(work, 'hub-identity'));
    fs.mkdirSync(path.join(data, 'network'));
    const link = {
      address: `https://127.0.0.1:${port}`,
      cert: hub.cert,
      fingerprint: hub.fingerprint,
      token: 'device-token',
      deviceId: 'd1',
      role: 'kiosk',
      section: 'FR',
    };
    fs.writeFileSync(
      path.join(data, 'network', 'hub-link.json'),
      JSON.stringify({ version: 1, name: 'Borne 2', link }),
      { mode: 0o600 },
    );
    const joined = boot({}, data);
    expect(joined.join.status).toMatchObject({
      ok: true,
      value: { mode: 'kiosk', section: 'FR', reachable: false, hub: { name: 'Borne 2' } },
    });
    // Nobody answers at the hub's address: the kiosk says so rather than show its own box.
    expect(joined.join.kioskState).toMatchObject({ ok: false, error: { code: 'hub-unreachable' } });
    // The vote runs at the hub: the local box is not opened.
    expect(joined.opened).toMatchObject({ ok: false });
  });

  it('opens both windows sandboxed; the kiosk has the keyboard, the projector never takes it', () => {
    const [kiosk, projector] = report.windows;
    expect(kiosk?.kiosk).toBe(true);
    expect(projector?.kiosk).toBe(false);
    for (const w of report.windows)
      expect(w.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
      });
    expect(kiosk?.loaded[0]).toBe('app://priorites/kiosk');
    expect(projector?.loaded[0]).toBe('app://priorites/results');
    expect(kiosk?.focused).toBe(true);
    expect(projector?.focused).toBe(false);
  });

  it('with the vote open: the display kept awake once, closing and quitting refused', () => {
    expect(report.opened).toMatchObject({ ok: true });
    expect(report.keepAwakeWhileOpen).toEqual(['prevent-display-sleep']);
    expect(report.refused).toEqual({ close: [true, true], 'query-session-end': [true, true] });
    expect(report.quitRefused).toBe(true);
  });

  it('survives every lifecycle event, doing each thing once', () => {
    expect(report.errors).toEqual([]);
    // Each window's hang became a crash, each crash one reload.
    expect(report.windows.slice(0, 2).map((w) => w.crashed)).toEqual([1, 1]);
    expect(report.windows[0]?.loaded).toEqual(['app://priorites/kiosk', 'app://priorites/kiosk']);
    // The projector's out-of-memory crash replaced it by exactly one new window.
    expect(report.windowsAtStart).toBe(2);
    expect(report.windows).toHaveLength(3);
    expect(report.windows.map((w) => w.destroyed)).toEqual([false, true, false]);
    expect(report.windows[2]?.loaded).toEqual(['app://priorites/results']);
    expect(report.keepAwake).toEqual(['prevent-display-sleep']);
    expect(report.quits).toBe(1);
    // session-end on each window and will-quit twice shut the box once: its lock is gone.
    expect(fs.existsSync(path.join(dataDir, 'priorites.lock'))).toBe(false);
  });

  it('under a Wayland session with XWayland, relaunches itself as X11 and does nothing else', () => {
    const wayland = boot({ XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' });
    expect(wayland.errors).toEqual([]);
    expect(wayland.relaunches).toHaveLength(1);
    expect(wayland.relaunches[0]?.args?.at(-1)).toBe('--ozone-platform=x11');
    expect(wayland.exits).toEqual([0]);
    // No box opened, no lock taken, no scheme or window: the relaunched app does all that.
    expect(
      wayland.calls.filter((c) => !c.startsWith('app.relaunch') && !c.startsWith('app.exit')),
    ).toEqual([]);
    expect(report.relaunches).toEqual([]);
  }, 60_000);

  it('a damaged ballot box: the app starts in the damaged mode (no dialog, no exit), the file untouched', () => {
    const damaged = path.join(work, 'damaged-box');
    fs.mkdirSync(damaged);
    fs.writeFileSync(path.join(damaged, 'state.json'), '{"election": ');
    const r = boot({}, damaged);
    expect(r.errors).toEqual([]);
    expect(r.dialogs).toEqual([]);
    expect(r.exits).not.toContain(1);
    // The kiosk window shows « Appelez l’équipe », the console offers « Réparer » behind the PIN.
    expect(r.calls.some((c) => c.startsWith('new BrowserWindow'))).toBe(true);
    expect(fs.readFileSync(path.join(damaged, 'state.json'), 'utf8')).toBe('{"election": ');
  }, 60_000);

  it('a failure after ready is shown in a dialog and exits 1, never an unhandled rejection', () => {
    const r = boot({ FAKE_ELECTRON_FAIL: 'protocol.handle' }, path.join(work, 'fail-box'));
    expect(r.errors).toEqual([]);
    expect(r.dialogs).toEqual(['Priorités: simulated failure']);
    expect(r.exits).toEqual([1]);
  }, 60_000);
});
