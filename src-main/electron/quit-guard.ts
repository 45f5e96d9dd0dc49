/**
 * Quitting or closing a window during the vote is refused unless staff unlocked it in the
 * console (`staff.allowQuit`) or the vote is not open: `canQuit` is BallotBox.canQuit.
 * Ballots are safe on disk either way; the guard keeps the kiosk from vanishing mid-session.
 */
import type { Preventable } from './kiosk-input-wiring';

export interface QuittableApp {
  on(event: 'before-quit', listener: (event: Preventable) => void): unknown;
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  on(
    event: 'query-session-end',
    listener: (event: Preventable & { reasons: readonly string[] }) => void,
  ): unknown;
  on(event: 'session-end', listener: () => void): unknown;
}

export interface QuitGuardOptions {
  canQuit: () => boolean;
  /** Told each time a quit or close was refused (for the log). */
  onRefused?: (what: 'quit' | 'close' | 'session-end') => void;
}

export function guardAppQuit(app: QuittableApp, options: QuitGuardOptions): void {
  app.on('before-quit', (event) => {
    if (options.canQuit()) return;
    event.preventDefault();
    options.onRefused?.('quit');
  });
}

export function guardWindowClose(
  win: ClosableWindow,
  options: QuitGuardOptions & { onSessionEnd: () => void },
): void {
  win.on('close', (event) => {
    if (options.canQuit()) return;
    event.preventDefault();
    options.onRefused?.('close');
  });
  // Windows asks before a shutdown or log-off: during the vote we ask it to wait, except when
  // the battery is critical, where refusing would only lose the clean shutdown.
  win.on('query-session-end', (event) => {
    if (options.canQuit() || event.reasons.includes('critical')) return;
    event.preventDefault();
    options.onRefused?.('session-end');
  });
  win.on('session-end', () => options.onSessionEnd());
}
