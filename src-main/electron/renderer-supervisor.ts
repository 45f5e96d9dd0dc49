/**
 * Watches one window's renderer and applies the crash recovery policy: a crash reloads the
 * page, a hang is turned into a crash first (so the reload gets a fresh process), an
 * out-of-memory crash asks for a new window, and past the cap the static error screen shows.
 */
import type { CrashRecoveryPolicy, GoneReason } from './crash-recovery';

export interface SupervisedContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: GoneReason }) => void,
  ): unknown;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
}

export interface SupervisedWindow {
  on(event: 'unresponsive', listener: () => void): unknown;
  webContents: SupervisedContents;
}

export interface SupervisorOptions {
  policy: CrashRecoveryPolicy;
  now: () => number;
  pageUrl: string;
  errorUrl: string;
  recreate: () => void;
  log?: (message: string) => void;
}

/**
 * Starts a load and reports its failure instead of leaving a rejected promise: a renderer that
 * crashes mid-load, or a load superseded by the next one, rejects with ERR_ABORTED, and an
 * unhandled rejection in main is worse than the failed load (the crash handler reloads).
 */
export function loadPage(
  wc: Pick<SupervisedContents, 'loadURL'>,
  url: string,
  log?: (message: string) => void,
): void {
  wc.loadURL(url).catch((e: unknown) =>
    log?.(`load of ${url} failed: ${e instanceof Error ? e.message : String(e)}`),
  );
}

export function superviseRenderer(win: SupervisedWindow, o: SupervisorOptions): void {
  const wc = win.webContents;
  wc.on('render-process-gone', (_event, details) => {
    const action = o.policy.decide(details.reason, o.now());
    o.log?.(`renderer gone (${details.reason}): ${action}`);
    if (action === 'reload') loadPage(wc, o.pageUrl, o.log);
    else if (action === 'recreate') o.recreate();
    else if (action === 'error-screen') loadPage(wc, o.errorUrl, o.log);
  });
  win.on('unresponsive', () => wc.forcefullyCrashRenderer());
}
