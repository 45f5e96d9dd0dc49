/**
 * A device's line to its hub: the one contract over HTTPS, with the hub's certificate pinned.
 * The certificate is taken at pairing (its SHA-256 compared with the fingerprint of the QR
 * code when there is one) and is then the only certificate trusted, and its fingerprint is
 * checked again on every connection: a relay presenting any other certificate is refused with
 * `hub-certificate` before a byte of a request is sent. Every other failure to get an answer
 * is `hub-unreachable`.
 */
import https from 'node:https';
import tls from 'node:tls';
import {
  ApiError,
  ApiErrorBodySchema,
  contract,
  events as eventSchemas,
  type DeviceRole,
  type EventName,
  type EventPayload,
  type Input,
  type MethodName,
  type Output,
} from '../../../shared/api';
import { normalFingerprint } from './tls-identity';

export interface HubLink {
  /** https://host:port */
  address: string;
  /** The hub's certificate (PEM), trusted alone. */
  cert: string;
  fingerprint: string;
  token: string;
  deviceId: string;
  role: DeviceRole;
  section: string | null;
}

const CERT_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'ERR_PRIORITES_PIN',
]);

const toPem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()}\n-----END CERTIFICATE-----\n`;

function endpoint(address: string): { host: string; port: number } {
  const u = new URL(address);
  if (u.protocol !== 'https:')
    throw new ApiError('bad-request', 'The hub address must be https://');
  return { host: u.hostname.replace(/^\[|\]$/g, ''), port: Number(u.port || 443) };
}

/** The certificate a hub presents (first contact, before any secret is sent). */
export function probeCertificate(
  address: string,
  timeoutMs = 5000,
): Promise<{ cert: string; fingerprint: string }> {
  const { host, port } = endpoint(address);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, rejectUnauthorized: false, servername: undefined });
    const fail = () => {
      socket.destroy();
      reject(new ApiError('hub-unreachable', `No hub answers at ${address}.`));
    };
    socket.setTimeout(timeoutMs, fail);
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate();
      socket.end();
      if (!peer.raw) return fail();
      resolve({ cert: toPem(peer.raw), fingerprint: peer.fingerprint256 });
    });
  });
}

export class HubClient {
  private readonly agent: https.Agent;
  private readonly base: { host: string; port: number };

  constructor(
    readonly link: Pick<HubLink, 'address' | 'cert' | 'fingerprint'> & { token: string | null },
    private readonly timeoutMs = 8000,
  ) {
    this.base = endpoint(link.address);
    const pinned = normalFingerprint(link.fingerprint);
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 8,
      ca: link.cert,
      checkServerIdentity: (_host, cert) => {
        if (normalFingerprint(cert.fingerprint256) === pinned) return undefined;
        return Object.assign(new Error('The hub presented another certificate.'), {
          code: 'ERR_PRIORITES_PIN',
        });
      },
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'Content-Type': 'application/json' };
    if (this.link.token) h.Authorization = `Bearer ${this.link.token}`;
    return h;
  }

  private failure(e: unknown): ApiError {
    const code = (e as { code?: string }).code;
    if (code && CERT_ERRORS.has(code))
      return new ApiError(
        'hub-certificate',
        'The hub’s certificate is not the one paired with: this link may be intercepted.',
      );
    return new ApiError(
      'hub-unreachable',
      `The hub cannot be reached (${code ?? (e as Error).message}).`,
    );
  }

  /**
   * One call. A kept-alive connection the hub closed just as it was reused fails with a reset
   * before the hub read anything: such a call is sent once more on a fresh connection. Every
   * method but pairing may be repeated (a cast is recorded once under its id).
   */
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    try {
      return await this.once(method, input);
    } catch (e) {
      if (
        method === 'device.pair' ||
        !(e instanceof ApiError) ||
        !/ECONNRESET|EPIPE/.test(e.message)
      )
        throw e;
      return this.once(method, input);
    }
  }

  private once<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const body = JSON.stringify(input);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          ...this.base,
          path: `/api/${method}`,
          method: 'POST',
          agent: this.agent,
          headers: { ...this.headers(), 'Content-Length': Buffer.byteLength(body) },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => reject(this.failure(e)));
          res.on('end', () => {
            let parsed: { value?: unknown; error?: unknown } | null;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof parsed;
            } catch {
              return reject(
                new ApiError('hub-unreachable', `The hub answered HTTP ${res.statusCode}.`),
              );
            }
            if (res.statusCode === 200 && parsed && 'value' in parsed) {
              const out = contract[method].output.safeParse(parsed.value);
              return out.success
                ? resolve(out.data as Output<M>)
                : reject(new ApiError('internal', 'The hub’s answer does not fit the contract.'));
            }
            const err = ApiErrorBodySchema.safeParse(parsed?.error);
            reject(
              err.success
                ? ApiError.fromBody(err.data)
                : new ApiError('internal', `HTTP ${res.statusCode}`),
            );
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (e) => reject(this.failure(e)));
      req.end(body);
    });
  }

  /**
   * The hub's pushed events, reconnecting after a cut (backoff up to 5 s) until stopped.
   * `onLink` hears whether the stream is up, and an ApiError when the hub refuses this device.
   */
  events(
    on: <E extends EventName>(event: E, payload: EventPayload<E>) => void,
    onLink: (up: boolean, refused?: ApiError) => void,
  ): () => void {
    let stopped = false;
    let req: ReturnType<typeof https.request> | null = null;
    let delay = 250;
    let timer: NodeJS.Timeout | null = null;
    const again = () => {
      if (stopped) return;
      onLink(false);
      timer = setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
    const connect = () => {
      if (stopped) return;
      req = https.request(
        {
          ...this.base,
          path: '/api/events',
          method: 'GET',
          agent: this.agent,
          headers: this.headers(),
        },
        (res) => {
          if (res.statusCode !== 200) {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const err = ApiErrorBodySchema.safeParse(
                (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { error?: unknown })
                  .error,
              );
              if (
                err.success &&
                (err.data.code === 'device-revoked' || err.data.code === 'device-unpaired')
              ) {
                onLink(false, ApiError.fromBody(err.data));
                return;
              }
              again();
            });
            return;
          }
          delay = 250;
          onLink(true);
          res.setEncoding('utf8');
          let buf = '';
          res.on('data', (chunk: string) => {
            buf += chunk;
            let i: number;
            while ((i = buf.indexOf('\n\n')) >= 0) {
              const block = buf.slice(0, i);
              buf = buf.slice(i + 2);
              const name = /^event: (.+)$/m.exec(block)?.[1];
              const data = /^data: (.+)$/m.exec(block)?.[1];
              if (!name || data === undefined || !(name in eventSchemas)) continue;
              const ev = name as EventName;
              const p = eventSchemas[ev].safeParse(JSON.parse(data));
              if (p.success) on(ev, p.data as EventPayload<typeof ev>);
            }
          });
          res.on('close', again);
          res.on('error', () => undefined);
        },
      );
      req.on('error', (e) => {
        const f = this.failure(e);
        if (f.code === 'hub-certificate') onLink(false, f);
        again();
      });
      req.end();
    };
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      req?.destroy();
    };
  }
}

/**
 * Pairs this device: takes the hub's certificate (refusing one whose fingerprint differs from
 * the QR code's, when given), then trades the code for a token over the pinned link.
 */
export async function pairWithHub(opts: {
  address: string;
  code: string;
  name: string;
  fingerprint?: string;
}): Promise<HubLink> {
  const seen = await probeCertificate(opts.address);
  if (
    opts.fingerprint &&
    normalFingerprint(opts.fingerprint) !== normalFingerprint(seen.fingerprint)
  )
    throw new ApiError(
      'hub-certificate',
      'The hub’s certificate is not the one of the pairing code.',
    );
  const client = new HubClient({
    address: opts.address,
    cert: seen.cert,
    fingerprint: seen.fingerprint,
    token: null,
  });
  try {
    const r = await client.call('device.pair', { code: opts.code, name: opts.name });
    return { address: opts.address, cert: seen.cert, fingerprint: seen.fingerprint, ...r };
  } finally {
    client.close();
  }
}
