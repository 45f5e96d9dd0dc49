/**
 * Applies the kiosk key policy to one window's page: swallowed shortcuts never reach the page
 * or Electron, pinch and Ctrl+wheel zoom stay at 100 %, and a close shortcut becomes a quit
 * request that the quit guard may still refuse.
 */
import { kioskKeyVerdict, type Combo, type KeyInput } from './kiosk-input-filter';

export interface Preventable {
  preventDefault(): void;
}

export interface KioskInputTarget {
  on(
    event: 'before-input-event',
    listener: (event: Preventable, input: KeyInput & { type: string }) => void,
  ): unknown;
  on(
    event: 'zoom-changed',
    listener: (event: Preventable, direction: 'in' | 'out') => void,
  ): unknown;
  setVisualZoomLevelLimits(min: number, max: number): Promise<void>;
  setZoomFactor(factor: number): void;
}

export interface KioskInputOptions {
  /** Combos that must reach the page even though a rule would swallow them. */
  allowed?: readonly Combo[];
  /** Called on key down of a close shortcut (Alt+F4, Ctrl+W, Cmd+Q). */
  onCloseShortcut: () => void;
}

export function installKioskInputFilter(wc: KioskInputTarget, options: KioskInputOptions): void {
  wc.on('before-input-event', (event, input) => {
    const reason = kioskKeyVerdict(input, options.allowed);
    if (reason === null) return;
    event.preventDefault();
    if (reason === 'close' && input.type === 'keyDown') options.onCloseShortcut();
  });
  // Pinch zoom; Ctrl+wheel zoom is undone as soon as Chromium applies it.
  void wc.setVisualZoomLevelLimits(1, 1);
  wc.on('zoom-changed', (event) => {
    event.preventDefault();
    wc.setZoomFactor(1);
  });
}
