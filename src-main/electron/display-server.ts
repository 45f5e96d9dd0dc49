/**
 * Electron 38+ runs natively on Wayland, where a window cannot choose its position and
 * setBounds is ignored: every window opens on the active screen, so the projector could never
 * reach the second display (electron/electron#48749, #43493), and Ubuntu's default session is
 * Wayland. Under a Wayland session that also offers XWayland (DISPLAY set), the app runs as an
 * X11 client, where placement works. PRIORITES_WAYLAND=1 keeps the native Wayland backend (for
 * a single-screen kiosk under a Wayland-only compositor such as cage, where there is no X).
 *
 * Electron picks its display backend before the main script runs, so appending the switch
 * from JavaScript comes too late: the app relaunches itself once with `--ozone-platform=x11`
 * on its command line. An explicit `--ozone-platform` given by whoever started it wins.
 */
export function ozonePlatform(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): 'x11' | null {
  if (platform !== 'linux' || env.PRIORITES_WAYLAND === '1') return null;
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
  return wayland && env.DISPLAY ? 'x11' : null;
}

/** How to relaunch (Electron's app.relaunch options), or null to start as is. */
export function x11Relaunch(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): { execPath?: string; args: string[] } | null {
  if (!ozonePlatform(platform, env)) return null;
  if (argv.some((a) => a === '--ozone-platform' || a.startsWith('--ozone-platform='))) return null;
  const args = [...argv.slice(1), '--ozone-platform=x11'];
  // An AppImage runs from a mount that goes away with this process: relaunch the image itself.
  return env.APPIMAGE ? { execPath: env.APPIMAGE, args } : { args };
}
