/**
 * Finding hubs on the room's network: the hub announces `_priorites._tcp` over mDNS (DNS-SD)
 * with its HTTPS port and its certificate's fingerprint in a TXT record; a kiosk that wants to
 * join lists what it hears. `bonjour-service` does the DNS-SD work (probing, announcing,
 * answering queries, goodbyes); its `multicast-dns` socket is ours on the browsing side, so
 * that a hub whose records were not heard again within their TTL drops out of the list (the
 * library's own expiry only looks at the 8-hour PTR TTL of the first answer).
 *
 * Discovery is a convenience, never a trust decision: the fingerprint found here is checked
 * again when pairing, and the pairing code is what admits a device. Nothing secret is announced.
 */
import type { EventEmitter } from 'node:events';
import { Bonjour, Browser, type Service } from 'bonjour-service';
import makeMdns from 'multicast-dns';

export const HUB_SERVICE_TYPE = 'priorites';

export type FoundHub = { name: string; host: string; port: number; fingerprint: string };

export interface Advertisement {
  stop(): Promise<void> | void;
}

export interface HubBrowser {
  list(): FoundHub[];
  stop(): void;
}

/** The part of a multicast-dns instance that bonjour-service's Browser and we use. */
export interface MdnsLike extends EventEmitter {
  query(name: string, type: 'PTR'): void;
  destroy(cb?: () => void): void;
}

export interface BrowseDeps {
  /** The mDNS socket; tests hand in a fake, nothing else should. */
  mdns?: MdnsLike;
  now?: () => number;
  /** How often to ask again, so that live hubs answer and refresh their records. */
  refreshMs?: number;
  log?: (message: string) => void;
}

const warn = (m: string): void => console.warn(`mDNS: ${m}`);

/** A DNS-SD instance name is one label: no dots, at most 63 bytes. */
export function serviceName(name: string): string {
  let out = name.replace(/\./g, ' ').trim() || 'Priorités';
  while (Buffer.byteLength(out) > 63) out = out.slice(0, -1);
  return out;
}

/** multicast-dns binds to `interface` when no `bind` is given, and a socket bound to a unicast
 * address hears no multicast on Linux: listen on every address, send and join on that one. */
const socketOptions = (interfaceAddress?: string): makeMdns.Options =>
  interfaceAddress ? { interface: interfaceAddress, bind: '0.0.0.0' } : {};

/** Announce this hub until stop() (which sends the goodbye). Idempotent. */
export function advertiseHub(opts: {
  name: string;
  port: number;
  fingerprint: string;
  interfaceAddress?: string;
}): Advertisement {
  const log = warn;
  // bonjour-service hands its options to multicast-dns; its type names only the service's.
  const bonjour = new Bonjour(socketOptions(opts.interfaceAddress) as object, (e: unknown) =>
    log(e instanceof Error ? e.message : String(e)),
  );
  // The library leaves its socket's 'error' (port in use, no permission) unhandled, which
  // would bring the hub down: discovery failing must never stop the vote.
  const inner = (bonjour as unknown as { server?: { mdns?: EventEmitter } }).server?.mdns;
  inner?.on('error', (e: Error) => log(e.message));
  inner?.on('warning', () => undefined);
  bonjour.publish({
    name: serviceName(opts.name),
    type: HUB_SERVICE_TYPE,
    protocol: 'tcp',
    port: opts.port,
    txt: { v: '1', fp: opts.fingerprint },
    disableIPv6: true,
  });
  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        bonjour.unpublishAll(() => bonjour.destroy(() => resolve()));
      })),
  };
}

const FINGERPRINT = /^[0-9A-Fa-f]{2}(:?[0-9A-Fa-f]{2}){31}$/;

function toFound(s: Service): FoundHub | null {
  const txt = (s.txt ?? {}) as Record<string, unknown>;
  const fp = typeof txt.fp === 'string' ? txt.fp : '';
  if (!FINGERPRINT.test(fp) || !Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
    return null;
  // The address the answer came from is one this kiosk reaches; the A records may list others.
  const from = s.referer?.family === 'IPv4' ? s.referer.address : undefined;
  const host = from ?? s.addresses?.find((a) => !a.includes(':')) ?? s.addresses?.[0];
  return host ? { name: s.name, host, port: s.port, fingerprint: fp } : null;
}

interface Rr {
  name: string;
  type: string;
  ttl?: number;
}

/** Listen for hubs until stop(). list() holds those heard within their records' TTL. */
export function browseHubs(
  opts?: { interfaceAddress?: string },
  deps: BrowseDeps = {},
): HubBrowser {
  const now = deps.now ?? (() => Date.now());
  const log = deps.log ?? warn;
  const mdns: MdnsLike = deps.mdns ?? makeMdns(socketOptions(opts?.interfaceAddress));
  mdns.on('error', (e: Error) => log(e.message));
  mdns.on('warning', () => undefined);
  /** fqdn (lower case) → until when its SRV record is valid. */
  const validUntil = new Map<string, number>();
  const onResponse = (packet: { answers?: Rr[]; additionals?: Rr[] }): void => {
    for (const rr of [...(packet.answers ?? []), ...(packet.additionals ?? [])])
      if (rr.type === 'SRV') {
        const key = rr.name.toLowerCase();
        if (rr.ttl && rr.ttl > 0) validUntil.set(key, now() + rr.ttl * 1000);
        else validUntil.delete(key);
      }
  };
  // Ours first, so that a record is dated before the Browser adds its service.
  mdns.on('response', onResponse);
  const browser = new Browser(mdns, { type: HUB_SERVICE_TYPE, protocol: 'tcp' });
  const timer = setInterval(() => browser.update(), deps.refreshMs ?? 20_000);
  timer.unref();
  let stopped = false;
  return {
    list() {
      const t = now();
      const out: FoundHub[] = [];
      for (const s of browser.services) {
        const until = validUntil.get((s.fqdn ?? '').toLowerCase());
        if (until === undefined || until < t) continue;
        const hub = toFound(s);
        if (hub) out.push(hub);
      }
      return out;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      browser.stop();
      mdns.off('response', onResponse);
      if (!deps.mdns) mdns.destroy();
    },
  };
}
