/**
 * One role's window (kiosk or projector) over its whole life: opens it with the secure
 * options, wires the kiosk key filter, the close guard and the crash supervisor, and replaces
 * it with a fresh window when its renderer ran out of memory. The crash policy belongs to the
 * role, so the cap holds across recreated windows.
 */
import { pageUrl } from './app-origin';
import { CrashRecoveryPolicy } from './crash-recovery';
import type { Placement } from './display-placement';
import { errorScreenUrl } from './error-screen';
import type { Combo } from './kiosk-input-filter';
import { installKioskInputFilter, type KioskInputTarget } from './kiosk-input-wiring';
import type { PlaceableWindow } from './projector-manager';
import { guardWindowClose, type ClosableWindow } from './quit-guard';
import {
  loadPage,
  superviseRenderer,
  type SupervisedContents,
  type SupervisedWindow,
} from './renderer-supervisor';
import { openAppWindow, type BrowserWindowClass, type WindowRole } from './window-options';

export type AppWindow = PlaceableWindow &
  ClosableWindow &
  SupervisedWindow & {
    webContents: KioskInputTarget & SupervisedContents;
    once(event: 'ready-to-show', listener: () => void): unknown;
    show(): void;
    focus(): void;
    restore(): void;
    isMinimized(): boolean;
    destroy(): void;
  };

export interface SlotDeps<W extends AppWindow> {
  BrowserWindow: BrowserWindowClass<W>;
  preload: string;
  canQuit: () => boolean;
  requestQuit: () => void;
  onSessionEnd: () => void;
  now: () => number;
  allowedShortcuts?: readonly Combo[];
  log?: (message: string) => void;
}

const PAGE_OF = { kiosk: 'kiosk', projector: 'results' } as const;

export class WindowSlot<W extends AppWindow> {
  private win: W | null = null;
  private readonly policy = new CrashRecoveryPolicy();

  constructor(
    private readonly deps: SlotDeps<W>,
    readonly role: WindowRole,
    private readonly placement: () => Placement | undefined,
  ) {}

  get current(): W | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  open(): W {
    const d = this.deps;
    const page = PAGE_OF[this.role];
    const placed = this.placement();
    const win = openAppWindow(d.BrowserWindow, this.role, d.preload, placed);
    installKioskInputFilter(win.webContents, {
      allowed: d.allowedShortcuts,
      onCloseShortcut: d.requestQuit,
    });
    guardWindowClose(win, {
      canQuit: d.canQuit,
      onSessionEnd: d.onSessionEnd,
      onRefused: (what) => d.log?.(`${this.role}: ${what} refused during the vote`),
    });
    superviseRenderer(win, {
      policy: this.policy,
      now: d.now,
      pageUrl: pageUrl(page),
      errorUrl: errorScreenUrl(page),
      recreate: () => this.recreate(),
      log: d.log,
    });
    // The kiosk takes the keyboard; the projector never does, and with a single display it
    // stays hidden until staff send it somewhere (display-placement.ts).
    win.once('ready-to-show', () => {
      if (this.role === 'kiosk') win.show();
      else if (placed?.kind !== 'hidden') win.showInactive();
    });
    loadPage(win.webContents, pageUrl(page), d.log);
    this.win = win;
    return win;
  }

  /** Brings the window to the front (a second launch of the app lands here). */
  focus(): void {
    const w = this.current;
    if (!w) return;
    if (w.isMinimized()) w.restore();
    w.focus();
  }

  /** The new window opens before the old one goes, so the app never has zero windows. */
  private recreate(): void {
    const old = this.win;
    this.open();
    old?.destroy();
  }
}
