/**
 * Serves the built renderer under app://priorites/ with the app's CSP; nothing outside it.
 * The crash error screen is served from memory, so it shows even if the renderer build is the
 * thing that fails.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';
import {
  ERROR_CSS_PATH,
  ERROR_PATH,
  ERROR_SCREEN_CSS,
  errorScreenHtml,
  retryPathFor,
} from './error-screen';
import { CONTENT_TYPES as TYPES } from '../core/content-types';

const PAGES = new Set(['/', '/kiosk', '/results', '/staff']);

/** The file a request maps to, or null when it would leave the renderer folder. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const u = new URL(url);
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = PAGES.has(u.pathname) ? '/index.html' : decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + rel);
  return file.startsWith(root + path.sep) ? file : null;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function withSecurityHeaders(body: BodyInit | null, status: number, base?: Headers): Response {
  const headers = new Headers(base);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) headers.set(k, v);
  return new Response(body, { status, headers });
}

/** The built-in pages, or null for a file of the renderer build. */
export function builtInResponse(url: string): Response | null {
  const u = new URL(url);
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  const type = (t: string) => new Headers({ 'Content-Type': t });
  if (u.pathname === ERROR_PATH)
    return withSecurityHeaders(
      errorScreenHtml(retryPathFor(u.searchParams.get('page'))),
      200,
      type('text/html; charset=utf-8'),
    );
  if (u.pathname === ERROR_CSS_PATH)
    return withSecurityHeaders(ERROR_SCREEN_CSS, 200, type('text/css; charset=utf-8'));
  return null;
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}
/** Reads one file of the build (node:fs in the app; it reads inside app.asar too). */
export type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * Files are read directly rather than through net.fetch('file://…'): the packaged app runs with
 * the grantFileProtocolExtraPrivileges fuse off, and nothing here should depend on file://.
 */
export function registerAppProtocol(
  protocol: ProtocolLike,
  readFile: ReadFile,
  rendererDir: string,
) {
  protocol.handle(APP_SCHEME, async (req) => {
    const builtIn = builtInResponse(req.url);
    if (builtIn) return builtIn;
    const file = resolveAppFile(rendererDir, req.url);
    const type = file ? TYPES[path.extname(file).toLowerCase()] : undefined;
    if (!file || !type) return withSecurityHeaders('Not found', 404);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return withSecurityHeaders('Not found', 404);
    }
    return withSecurityHeaders(body as BodyInit, 200, new Headers({ 'Content-Type': type }));
  });
}
