/**
 * Where the ballot box lives: PRIORITES_DATA_DIR when set, else the folder Electron uses as
 * `userData` for an app named "Priorités", computed the same way so that the host and the
 * desktop app share one box.
 */
import path from 'node:path';

export const APP_NAME = 'Priorités';

export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (env.PRIORITES_DATA_DIR) return path.resolve(env.PRIORITES_DATA_DIR);
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_NAME);
}
