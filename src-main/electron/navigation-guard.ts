/**
 * Keeps every page of the app on the app's own origin: no navigation, redirect or frame
 * navigation elsewhere, no new windows, no <webview>. Nothing is handed to the OS browser
 * either (no shell.openExternal): a kiosk has nowhere to send the voter.
 */
import { isAppUrl } from './app-origin';
import type { Preventable } from './kiosk-input-wiring';

interface UrlEvent extends Preventable {
  url: string;
}

export interface NavigableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: UrlEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function lockNavigation(wc: NavigableContents): void {
  const stayHome = (event: UrlEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  wc.on('will-navigate', stayHome);
  wc.on('will-redirect', stayHome);
  wc.on('will-frame-navigate', stayHome);
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
}
