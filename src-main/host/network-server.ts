/**
 * The hub's third listener: the same API over HTTPS on the local network, for paired devices
 * only. Whatever the source address, loopback included, every API call and the event stream
 * need a valid device token (`Authorization: Bearer`, or the HttpOnly cookie a browser kiosk
 * receives when it pairs); a revoked token is refused at once and its open streams are closed.
 * Staff methods are not served here at all. The renderer's files are the public app and carry
 * no data; the kiosk and projector pages send a browser without a token to the pairing page.
 */
import https from 'node:https';
import type http from 'node:http';
import path from 'node:path';
import {
  ApiError,
  events as eventSchemas,
  type DeviceRole,
  type EventName,
  type KioskState,
} from '../../shared/api';
import type { BoxApi } from '../core/api-service';
import type { DeviceRecord, DeviceRegistry } from '../core/network/device-registry';
import type { NetworkGate } from '../core/network/network-gate';
import type { TlsIdentity } from '../core/network/tls-identity';
import {
  readBody,
  securityHeaders,
  sendError,
  sendJson,
  serveStatic,
  SMALL_BODY,
} from './http-server';

export const DEFAULT_NETWORK_PORT = 8418;
export const DEVICE_COOKIE = 'priorites-device';

export interface NetworkServerOptions {
  gate: NetworkGate;
  registry: DeviceRegistry;
  /** The service's pushed events (ApiService.on). */
  events: BoxApi['on'];
  tls: TlsIdentity;
  staticDir: string;
}

/** Which events a role receives on its stream. */
const STREAM: Record<DeviceRole, readonly EventName[]> = {
  kiosk: ['kiosk'],
  projector: ['results', 'kiosk'],
};

function tokenOf(req: http.IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === DEVICE_COOKIE && v) return decodeURIComponent(v);
  }
  return null;
}

export function createNetworkServer(opts: NetworkServerOptions): https.Server {
  const staticRoot = path.resolve(opts.staticDir);
  const streams = new Set<{ res: http.ServerResponse; device: DeviceRecord }>();

  opts.events((event: EventName, payload) => {
    for (const s of streams) {
      if (!STREAM[s.device.role].includes(event)) continue;
      const data =
        event === 'kiosk' ? opts.gate.kioskState(payload as KioskState, s.device) : payload;
      if (s.res.writableLength > 1_000_000) {
        streams.delete(s);
        s.res.destroy();
      } else
        s.res.write(
          `event: ${event}\ndata: ${JSON.stringify(eventSchemas[event].parse(data))}\n\n`,
        );
    }
  });
  opts.registry.onRevoke((id) => {
    for (const s of streams)
      if (s.device.id === id) {
        streams.delete(s);
        s.res.destroy();
      }
  });

  const server = https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'https://hub');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `https://${req.headers.host ?? ''}`)
        return sendError(res, new ApiError('forbidden', 'Cross-origin requests are refused.'));
      const token = tokenOf(req);

      if (url.pathname === '/api/events') {
        if (req.method !== 'GET')
          return sendError(res, new ApiError('bad-request', 'Use GET for events.'));
        const device = opts.gate.device(token);
        if (device instanceof ApiError) return sendError(res, device);
        res.writeHead(200, {
          ...securityHeaders,
          'Content-Type': 'text/event-stream; charset=utf-8',
          Connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        const entry = { res, device };
        streams.add(entry);
        const closed = opts.registry.streamOpened(device.id);
        const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
        res.on('close', () => {
          clearInterval(ping);
          streams.delete(entry);
          closed();
        });
        return;
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST')
          return sendError(res, new ApiError('bad-request', 'Use POST for API calls.'));
        const method = url.pathname.slice('/api/'.length);
        // Nobody unpaired makes the hub read a body.
        const refusal = opts.gate.refusal(method, token);
        if (refusal) {
          req.resume();
          return sendError(res, refusal);
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return sendError(res, new ApiError('bad-request', 'The body must be JSON.'));
        let input: unknown;
        try {
          const text = await readBody(req, SMALL_BODY);
          input = text.trim() === '' ? {} : JSON.parse(text);
        } catch (e) {
          return sendError(
            res,
            e instanceof ApiError ? e : new ApiError('bad-request', 'The body is not valid JSON.'),
          );
        }
        const result = await opts.gate.call(
          method,
          input,
          token,
          req.socket.remoteAddress ?? 'unknown',
        );
        if (!result.ok) return sendError(res, result.error);
        if (method === 'device.pair') {
          const paired = result.value as { token: string };
          // A browser kiosk keeps its token where page scripts cannot read it.
          res.setHeader(
            'Set-Cookie',
            `${DEVICE_COOKIE}=${encodeURIComponent(paired.token)}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=31536000`,
          );
        }
        return sendJson(res, 200, { value: result.value });
      }

      if (url.pathname === '/staff')
        return sendError(res, new ApiError('forbidden', 'The staff console is only at the hub.'));
      if (url.pathname === '/kiosk' || url.pathname === '/results') {
        const device = opts.gate.device(token, [url.pathname === '/kiosk' ? 'kiosk' : 'projector']);
        if (device instanceof ApiError) {
          res.writeHead(303, { ...securityHeaders, Location: '/pair' });
          return res.end();
        }
      }
      serveStatic(req, res, url.pathname === '/pair' ? new URL('/', url) : url, staticRoot);
    })().catch((e: unknown) => {
      console.error('network host error', e);
      if (!res.headersSent) sendError(res, new ApiError('internal', 'Internal error'));
      else res.end();
    });
  });
  // A half-open TLS handshake must not hold a socket for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  return server;
}
