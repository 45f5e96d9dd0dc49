/**
 * The application menu. None on Windows and Linux, so none of Electron's default accelerators
 * (reload, devtools, zoom) exist at all. macOS routes Cmd+C/V/X/A/Z through the Edit menu, so
 * without one the staff console's text fields could not copy or paste: there the menu is the
 * app's name (nothing in it quits, hides or reloads) and the Edit menu. The kiosk input filter
 * still sees every key first: `before-input-event` runs before menu accelerators.
 */
import type { MenuItemConstructorOptions } from 'electron';

export function applicationMenu(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [{ label: 'Priorités', submenu: [{ role: 'about' }] }, { role: 'editMenu' }];
}
