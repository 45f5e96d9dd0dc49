/**
 * The page's own half of the navigation lockdown (the other half is the CSP, and in Electron
 * the main process's handlers): a voter can follow no link out of the app, open no window or
 * tab, not replace the app by dropping a file on it, and get no browser context menu. Links
 * inside the app still work.
 */
export function installNavigationGuard(win: Window): () => void {
  const doc = win.document;
  const leavesApp = (a: HTMLAnchorElement | HTMLAreaElement): boolean => {
    if (a.target && a.target !== '_self') return true; // would open another window or tab
    try {
      return new URL(a.href, win.location.href).origin !== win.location.origin;
    } catch {
      return true;
    }
  };
  const onClick = (e: MouseEvent) => {
    const el = e.target instanceof Element ? e.target.closest('a[href], area[href]') : null;
    if (!el) return;
    const link = el as HTMLAnchorElement | HTMLAreaElement;
    // A modified or middle click asks the browser for a new tab or window: never.
    const newContext = e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey;
    // Same-origin links stay allowed, blob: downloads the app makes itself included.
    if (newContext || leavesApp(link)) e.preventDefault();
  };
  const stopDrop = (e: DragEvent) => e.preventDefault();
  // The browser's context menu offers Back, Reload, Inspect and "open in new tab"; a long press
  // on a touch screen opens it too.
  const stopMenu = (e: MouseEvent) => e.preventDefault();
  const originalOpen = win.open;
  win.open = () => null;
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  win.addEventListener('dragover', stopDrop);
  win.addEventListener('drop', stopDrop);
  win.addEventListener('contextmenu', stopMenu);
  return () => {
    win.open = originalOpen;
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
    win.removeEventListener('dragover', stopDrop);
    win.removeEventListener('drop', stopDrop);
    win.removeEventListener('contextmenu', stopMenu);
  };
}
