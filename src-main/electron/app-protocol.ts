/** Serves the built renderer under app://priorites/ with the app's CSP; nothing outside it. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';

const PAGES = new Set(['/', '/kiosk', '/results', '/staff']);

/** The file a request maps to, or null when it would leave the renderer folder. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const u = new URL(url);
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const rel = PAGES.has(u.pathname) ? '/index.html' : decodeURIComponent(u.pathname);
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + rel);
  return file.startsWith(root + path.sep) ? file : null;
}

export function registerAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  net: Pick<Net, 'fetch'>,
  rendererDir: string,
) {
  protocol.handle(APP_SCHEME, async (req) => {
    const file = resolveAppFile(rendererDir, req.url);
    if (!file) return new Response('Not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(res.body, { status: res.status, headers });
  });
}
