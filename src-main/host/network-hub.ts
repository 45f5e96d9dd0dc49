/**
 * The hub's network mode: its certificate, its paired devices, its pairing codes and the HTTPS
 * listener, behind the console's NetworkControls. Off by default; `--network` or the console's
 * « Réseau » switch turns it on. Every device keeps its pairing across restarts (tokens hashed
 * in the data folder); pairing codes live in memory only.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ApiError,
  type DeviceInfo,
  type DeviceRole,
  type NetworkStatus,
  type PairingOffer,
} from '../../shared/api';
import type { BoxApi, NetworkBoxAccess, NetworkControls } from '../core/api-service';
import { writeFileAtomic } from '../core/durable-file';
import { DeviceRegistry } from '../core/network/device-registry';
import type { Advertisement, advertiseHub } from '../core/network/hub-discovery';
import { NetworkGate } from '../core/network/network-gate';
import { PairingCodes } from '../core/network/pairing-codes';
import { loadOrCreateIdentity, type TlsIdentity } from '../core/network/tls-identity';
import { createNetworkServer, DEFAULT_NETWORK_PORT } from './network-server';

export interface NetworkHubOptions {
  box: NetworkBoxAccess;
  staticDir: string;
  port?: number;
  /** Where to listen: every interface by default; tests pass 127.0.0.1. */
  bindHost?: string;
  now?: () => Date;
  pairingTtlSeconds?: number;
  /**
   * Announces the hub on the network while its listener is on (mDNS, hub-discovery.ts). The
   * composition roots pass `advertiseHub` when the listener is reachable from other machines;
   * left out, nothing is announced (tests, a loopback-only listener).
   */
  advertise?: (opts: Parameters<typeof advertiseHub>[0]) => Advertisement;
  /** The name devices see in their list of hubs; the computer's name by default. */
  name?: string;
}

/**
 * The announcer for a listener bound to `bindHost`: none on loopback (nobody else could reach
 * it, and tests keep mDNS off this machine's interfaces that way), on that interface alone when
 * the listener is bound to one address, on every interface otherwise.
 */
export function advertiserFor(
  bindHost: string | undefined,
  advertise: NonNullable<NetworkHubOptions['advertise']>,
): NetworkHubOptions['advertise'] {
  if (bindHost === undefined || bindHost === '0.0.0.0' || bindHost === '::') return advertise;
  if (bindHost === 'localhost' || bindHost === '::1' || bindHost.startsWith('127.'))
    return undefined;
  return (o) => advertise({ ...o, interfaceAddress: bindHost });
}

/** The name a hub announces: « Priorités » and the computer's name. */
export const defaultHubName = (): string => `Priorités ${os.hostname()}`;

/** The hub's LAN addresses (IPv4, not loopback), as devices would type them. */
export function lanAddresses(port: number): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces()))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal) out.push(`https://${a.address}:${port}`);
  return out;
}

/** What the pairing QR code holds. */
export const joinLink = (address: string, code: string, fingerprint: string): string =>
  `priorites-join:?hub=${encodeURIComponent(address)}&code=${code}&fp=${fingerprint.replace(/:/g, '')}`;

export class NetworkHub implements NetworkControls {
  readonly registry: DeviceRegistry;
  readonly pairing: PairingCodes;
  private gate: NetworkGate | null = null;
  private service: BoxApi | null = null;
  private server: https.Server | null = null;
  private identity: TlsIdentity | null = null;
  private advertisement: Advertisement | null = null;
  private boundPort: number;
  private readonly now: () => Date;
  private starting: Promise<void> | null = null;
  private resuming: Promise<void> = Promise.resolve();

  constructor(private readonly opts: NetworkHubOptions) {
    this.now = opts.now ?? (() => new Date());
    this.boundPort = opts.port ?? DEFAULT_NETWORK_PORT;
    const box = opts.box;
    this.registry = new DeviceRegistry({
      file: path.join(this.folder, 'devices.json'),
      now: this.now,
      randomBytes: (n) => randomBytes(n),
    });
    this.pairing = new PairingCodes({
      nowMs: () => this.now().getTime(),
      randomIndex: (n) => randomInt(n),
      audit: (action, details) => box.audit(action, details),
      ttlSeconds: opts.pairingTtlSeconds,
    });
  }

  get folder(): string {
    return path.join(this.opts.box.dataDir, 'network');
  }

  /**
   * Network mode as staff last set it. A hub that restarts (a crash, a relaunch, a repair)
   * comes back on by itself: its kiosks would otherwise wait, unreachable, until someone
   * noticed and switched it on again.
   */
  private get modeFile(): string {
    return path.join(this.folder, 'mode.json');
  }

  private savedOn(): boolean {
    try {
      return (JSON.parse(fs.readFileSync(this.modeFile, 'utf8')) as { on?: unknown }).on === true;
    } catch {
      return false;
    }
  }

  private saveOn(on: boolean): void {
    fs.mkdirSync(this.folder, { recursive: true });
    writeFileAtomic(this.modeFile, `${JSON.stringify({ on })}\n`);
  }

  /** Settles once a network mode left on has been started again (tests, the host's log). */
  resumed(): Promise<void> {
    return this.resuming;
  }

  /** Called once by the composition root, after the service that holds this hub exists. */
  attach(service: BoxApi): void {
    const box = this.opts.box;
    this.service = service;
    this.gate = new NetworkGate({
      service,
      registry: this.registry,
      pairing: this.pairing,
      audit: (action, details) => box.audit(action, details),
      sections: () => box.sections(),
    });
    if (this.savedOn())
      this.resuming = this.start().catch((e: unknown) => {
        console.error(`Le mode réseau n’a pas pu reprendre / network mode did not resume: ${e}`);
      });
  }

  get port(): number {
    return this.boundPort;
  }

  async tls(): Promise<TlsIdentity> {
    return (this.identity ??= await loadOrCreateIdentity(this.folder, this.now()));
  }

  status(): NetworkStatus {
    return {
      on: this.server !== null,
      port: this.boundPort,
      addresses: this.server ? this.addresses() : [],
      fingerprint: this.identity?.fingerprint ?? '',
      spki: this.identity?.spki ?? '',
    };
  }

  private addresses(): string[] {
    const host = this.opts.bindHost;
    return host && host !== '0.0.0.0'
      ? [`https://${host}:${this.boundPort}`]
      : lanAddresses(this.boundPort);
  }

  async setOn(on: boolean): Promise<NetworkStatus> {
    if (on && !this.server) await this.start();
    else if (!on && this.server) await this.stop();
    this.saveOn(on);
    return this.status();
  }

  /** Starts the listener; a second call while the first is under way waits for it. */
  start(): Promise<void> {
    this.starting ??= this.listen().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async listen(): Promise<void> {
    if (this.server) return;
    const service = this.service;
    if (!this.gate || !service) throw new Error('NetworkHub.attach(service) first');
    const tls = await this.tls();
    const server = createNetworkServer({
      gate: this.gate,
      registry: this.registry,
      events: (l) => service.on(l),
      tls,
      staticDir: this.opts.staticDir,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, this.opts.bindHost ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const addr = server.address();
    if (typeof addr === 'object' && addr) this.boundPort = addr.port;
    this.server = server;
    this.opts.box.audit('network-mode', { on: true, port: this.boundPort });
    this.announce(tls.fingerprint);
  }

  private announce(fingerprint: string): void {
    const advertise = this.opts.advertise;
    if (!advertise || this.advertisement) return;
    try {
      this.advertisement = advertise({
        name: this.opts.name ?? defaultHubName(),
        port: this.boundPort,
        fingerprint,
      });
    } catch (e) {
      // Devices can still type the address: discovery failing never stops network mode.
      console.warn(`mDNS: ${(e as Error).message}`);
    }
  }

  /** Stops announcing (the goodbye); idempotent, and never waits more than a second. */
  private async unannounce(): Promise<void> {
    const ad = this.advertisement;
    this.advertisement = null;
    if (!ad) return;
    const warn = (e: unknown) => console.warn(`mDNS: ${String(e)}`);
    let stopping: Promise<void> | void;
    try {
      stopping = ad.stop();
    } catch (e) {
      return warn(e);
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.resolve(stopping).catch(warn),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000))),
    ]);
    clearTimeout(timer);
  }

  /**
   * The app is quitting: say goodbye on the network and close the listener, without waiting
   * and without writing to the box (which closes right after). Idempotent.
   */
  shutdown(): void {
    void this.unannounce();
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    server.close();
  }

  async stop(): Promise<void> {
    await this.unannounce();
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.opts.box.audit('network-mode', { on: false });
  }

  newPairingCode(role: DeviceRole, section: string | null): PairingOffer {
    if (!this.server) throw new ApiError('wrong-state', 'Turn network mode on first.');
    if (role === 'kiosk' && !this.opts.box.sections().includes(section ?? ''))
      throw new ApiError('unknown-section', 'A kiosk needs one of the election’s sections.');
    const { code, expires } = this.pairing.issue({
      role,
      section: role === 'kiosk' ? section : null,
    });
    const address = this.addresses()[0] ?? `https://127.0.0.1:${this.boundPort}`;
    return {
      code,
      expiresAt: new Date(expires).toISOString(),
      role,
      section: role === 'kiosk' ? section : null,
      link: joinLink(address, code, this.identity?.fingerprint ?? ''),
    };
  }

  devices(): DeviceInfo[] {
    return this.registry.list();
  }

  revoke(id: string): void {
    const name = this.registry.get(id)?.name ?? id;
    if (!this.registry.revoke(id)) throw new ApiError('not-found', 'No such paired device.');
    this.opts.box.audit('device-revoked', { device: name });
  }
}
