/**
 * The web host: the same API as IPC, over HTTP on 127.0.0.1, with server-sent events for the
 * pushed events. POST /api/<method> with the input as JSON body and, for staff methods,
 * `Authorization: Bearer <token>`. Static files of the renderer are served for every page.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApiError, httpStatus, type ApiErrorBody, type EventName } from '../../shared/api';
import type { BoxApi } from '../core/api-service';
import { CONTENT_SECURITY_POLICY } from '../core/security-policy';
import { CONTENT_TYPES as TYPES } from '../core/content-types';

export interface HostOptions {
  /** The API and its pushed events: the host knows nothing else of the core. */
  service: BoxApi;
  staticDir: string;
  host?: string;
}

/** Pages of the single-page app; each serves index.html. */
export const PAGES = ['/', '/kiosk', '/results', '/staff'] as const;

export const SMALL_BODY = 1_000_000;
const IMPORT_BODY = 210_000_000;
const DRAIN_LIMIT = 16_000_000;
const SSE_BACKLOG = 1_000_000;

export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(text);
}

export function sendError(res: http.ServerResponse, e: ApiError | ApiErrorBody): void {
  const body = e instanceof ApiError ? e.toBody() : e;
  sendJson(res, httpStatus(body.code), { error: body });
}

/**
 * Reads a body up to `limit` bytes. A larger body is read to its end and thrown away before
 * the refusal is sent: answering while the client still uploads resets the connection, and
 * the kiosk would show a network error instead of the clear message.
 */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooBig = () =>
      new ApiError('bad-request', `Request body larger than ${limit} bytes`, { limit });
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      // Past this, someone is not a kiosk: stop listening.
      else if (size > limit + DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () =>
      size > limit ? reject(tooBig()) : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
    req.on('close', () => reject(tooBig()));
  });
}

export function createHostServer(opts: HostOptions): http.Server {
  const staticRoot = path.resolve(opts.staticDir);
  const sseClients = new Set<http.ServerResponse>();

  opts.service.on((event: EventName, payload) => {
    const data = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const c of sseClients) {
      // A screen that stopped reading (asleep, frozen) would make the host buffer every
      // event for hours: let it go; EventSource reconnects and the page reloads its state.
      if (c.writableLength > SSE_BACKLOG) {
        sseClients.delete(c);
        c.destroy();
      } else c.write(data);
    }
  });

  const allowedHost = (h: string | undefined) =>
    !!h && /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(h);
  const ownOrigin = (origin: string, port: number | undefined) =>
    port !== undefined &&
    ['127.0.0.1', 'localhost', '[::1]'].some((h) => origin === `http://${h}:${port}`);

  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // A page elsewhere must not reach this box through the browser (DNS rebinding, CSRF).
      if (!allowedHost(req.headers.host))
        return sendError(res, new ApiError('forbidden', 'Unexpected Host header.'));
      // Only this host's own origin: another local server (any other port) is another site.
      const origin = req.headers.origin;
      if (origin !== undefined && !ownOrigin(origin, req.socket.localPort))
        return sendError(res, new ApiError('forbidden', 'Cross-origin requests are refused.'));

      if (url.pathname === '/api/events') {
        if (req.method !== 'GET')
          return sendError(res, new ApiError('bad-request', 'Use GET for events.'));
        res.writeHead(200, {
          ...securityHeaders,
          'Content-Type': 'text/event-stream; charset=utf-8',
          Connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        sseClients.add(res);
        const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
        req.on('close', () => {
          clearInterval(ping);
          sseClients.delete(res);
        });
        return;
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST')
          return sendError(res, new ApiError('bad-request', 'Use POST for API calls.'));
        const method = url.pathname.slice('/api/'.length);
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return sendError(
            res,
            new ApiError('bad-request', 'The body must be JSON (Content-Type: application/json).'),
          );
        // A staff call without a valid session is refused before its body is read: an import
        // body may be 200 MB, and nobody unauthorised makes the host hold it in memory.
        const auth = req.headers.authorization;
        const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
        const refusal = opts.service.refusal(method, token);
        if (refusal) {
          req.resume();
          return sendError(res, refusal);
        }
        let input: unknown;
        try {
          const text = await readBody(req, method === 'staff.import' ? IMPORT_BODY : SMALL_BODY);
          input = text.trim() === '' ? {} : JSON.parse(text);
        } catch (e) {
          return sendError(
            res,
            e instanceof ApiError ? e : new ApiError('bad-request', 'The body is not valid JSON.'),
          );
        }
        const result = await opts.service.call(
          { method, input, token },
          req.socket.remoteAddress ?? 'unknown',
        );
        if (result.ok) return sendJson(res, 200, { value: result.value });
        return sendError(res, result.error);
      }

      serveStatic(req, res, url, staticRoot);
    })().catch((e: unknown) => {
      console.error('host error', e);
      if (!res.headersSent) sendError(res, new ApiError('internal', 'Internal error'));
      else res.end();
    });
  });
}

/** The renderer's files (every page is index.html); nothing outside `staticRoot`. */
export function serveStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  staticRoot: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendError(res, new ApiError('bad-request', 'Only GET is served here.'));
  const rel = (PAGES as readonly string[]).includes(url.pathname) ? '/index.html' : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return sendError(res, new ApiError('bad-request', 'The address is not well formed.'));
  }
  const file = path.resolve(staticRoot, '.' + decoded);
  if (
    !file.startsWith(staticRoot + path.sep) ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  )
    return sendError(res, new ApiError('not-found', `Nothing at ${url.pathname}`));
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}
