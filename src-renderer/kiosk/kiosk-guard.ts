/**
 * A kiosk page stays on itself: no context menu, no text selection or native drag, no
 * back/forward by key or gesture. (Electron adds its own window hardening on top.)
 */
import { useEffect } from 'react';

const NAV_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserHome']);

export function useKioskGuard(): void {
  useEffect(() => {
    const prevent = (e: Event) => e.preventDefault();
    const keys = (e: KeyboardEvent) => {
      if (NAV_KEYS.has(e.key) || (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')))
        e.preventDefault();
    };
    // A history entry of our own absorbs a "back" swipe or mouse button.
    history.pushState(null, '', location.href);
    const stay = () => history.pushState(null, '', location.href);
    window.addEventListener('contextmenu', prevent);
    window.addEventListener('selectstart', prevent);
    window.addEventListener('dragstart', prevent);
    window.addEventListener('keydown', keys);
    window.addEventListener('popstate', stay);
    return () => {
      window.removeEventListener('contextmenu', prevent);
      window.removeEventListener('selectstart', prevent);
      window.removeEventListener('dragstart', prevent);
      window.removeEventListener('keydown', keys);
      window.removeEventListener('popstate', stay);
    };
  }, []);
}
