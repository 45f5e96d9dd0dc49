/** The app's own origin: pages are served from app://priorites/, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'priorites';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const pageUrl = (page: 'kiosk' | 'results' | 'staff'): string => `${APP_ORIGIN}/${page}`;

/** True only for a URL of the app's own origin. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
