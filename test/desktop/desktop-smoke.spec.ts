/**
 * The real desktop app, launched by Playwright's Electron support (npm run test:desktop, on a
 * machine with the Electron binary): a ballot cast on the kiosk window reaches the results
 * window, and the hardening holds inside the running app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

const binary = process.env.PRIORITES_ELECTRON_BINARY;
const root = path.resolve(import.meta.dirname, '../..');
const PIN = '482916';

let app: ElectronApplication;

test.beforeAll(async () => {
  if (!binary) throw new Error('PRIORITES_ELECTRON_BINARY is not set: run npm run test:desktop');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-desktop-'));
  app = await electron.launch({
    executablePath: binary,
    // Under Wayland the app would relaunch itself as an X11 client (display-server.ts), which
    // Playwright cannot follow: start it that way at once.
    args: [
      ...(process.platform === 'linux' && process.env.DISPLAY ? ['--ozone-platform=x11'] : []),
      root,
    ],
    cwd: root,
    env: { ...process.env, PRIORITES_DATA_DIR: dataDir } as Record<string, string>,
  });
});

test.afterAll(async () => {
  // Quitting is refused while the vote is open; the test's box is thrown away anyway.
  await app?.evaluate(({ app: a }) => a.exit(0)).catch(() => undefined);
});

async function windowOf(page: 'kiosk' | 'results'): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    const found = app.windows().find((w) => new URL(w.url()).pathname === `/${page}`);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${page} window`);
}

/** One call through the preload bridge, as the app's own pages make them. */
async function call(page: Page, method: string, input: unknown, token?: string) {
  const r = (await page.evaluate(
    ([m, i, t]) =>
      (window as unknown as { priorites: { call(e: unknown): Promise<unknown> } }).priorites.call({
        method: m,
        input: i,
        token: t ?? null,
      }),
    [method, input, token] as const,
  )) as { ok: boolean; value?: Record<string, unknown>; error?: unknown };
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value ?? {};
}

test('a ballot cast on the kiosk window reaches the results window', async () => {
  const kiosk = await windowOf('kiosk');
  const results = await windowOf('results');
  const { token } = (await call(kiosk, 'staff.setPin', { pin: PIN })) as { token: string };
  const { election } = (await call(kiosk, 'staff.overview', {}, token)) as {
    election: { results: Record<string, unknown> };
  };
  const live = {
    ...election,
    results: { ...election.results, batchSize: 1, minBallots: 1, policy: 'live' },
  };
  await call(kiosk, 'staff.updateElection', { election: live }, token);
  await call(kiosk, 'staff.open', {}, token);

  await expect(results.getByTestId('ballot-count')).toHaveText('0');
  await kiosk.getByRole('button', { name: 'Commencer' }).click();
  await kiosk.locator('[data-option="projet-politique"]').click();
  await kiosk.locator('[data-option="accompagnement"]').click();
  await kiosk.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await kiosk.getByRole('button', { name: 'Je confirme mon vote' }).click();
  await expect(kiosk.getByRole('heading', { name: 'A voté !' })).toBeVisible();
  await expect(results.getByTestId('ballot-count')).toHaveText('1');
});

test('the hardening holds inside the running app', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => {
      // Not in Electron's typings, but what Electron's own tests read the preferences with.
      const wc = w.webContents as unknown as {
        getLastWebPreferences?(): Record<string, unknown> | null;
      };
      const p = wc.getLastWebPreferences?.() ?? {};
      return {
        sandbox: p.sandbox,
        contextIsolation: p.contextIsolation,
        nodeIntegration: p.nodeIntegration,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
        devTools: w.webContents.isDevToolsOpened(),
      };
    }),
  );
  expect(prefs.length).toBeGreaterThanOrEqual(2);
  // On Windows and macOS Electron also reports whether each renderer is sandboxed by the OS.
  const metrics = await app.evaluate(({ app: a }) =>
    a
      .getAppMetrics()
      .filter((m) => m.type === 'Tab')
      .map((m) => m.sandboxed),
  );
  if (process.platform !== 'linux') expect(metrics.every((s) => s === true)).toBe(true);
  for (const p of prefs)
    expect(p).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });

  const kiosk = await windowOf('kiosk');
  const inside = await kiosk.evaluate(() => {
    const bridge = (window as unknown as { priorites: object }).priorites;
    return {
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridgeKeys: Object.keys(bridge).sort(),
      frozen: Object.isFrozen(bridge),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
      origin: location.origin,
    };
  });
  expect(inside).toEqual({
    require: 'undefined',
    process: 'undefined',
    bridgeKeys: ['call', 'on'],
    frozen: true,
    csp: true,
    origin: 'app://priorites',
  });

  // Navigation away is refused; the kiosk stays on its page.
  await kiosk.evaluate(() => (location.href = 'https://example.org/')).catch(() => undefined);
  await kiosk.waitForTimeout(500);
  expect(new URL(kiosk.url()).origin).toBe('app://priorites');
});
