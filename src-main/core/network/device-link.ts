/**
 * This device's link to a hub, seen from its own main process: stand-alone (its own ballot
 * box answers everything, as always), or a kiosk or projector of a hub. Once joined, the
 * renderer's kiosk calls (a projector's result reads) go to the joined core (`JoinedKiosk`,
 * `JoinedProjector`) and its pushed events replace the local box's; the renderer never knows.
 *
 * The link (the hub's address and certificate, this device's token) is kept in
 * `network/hub-link.json`, mode 0600, so a restarted device is still joined. Unpairing is
 * refused while ballots wait for the hub, unless the hub took this device out (revoked): then
 * its outbox folder is kept aside under a new name, never offered to another hub.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  ApiError,
  DeviceRoleSchema,
  type AuditAction,
  type CallResult,
  type EventName,
  type EventPayload,
  type FoundHub,
  type JoinStatus,
  type MethodName,
} from '../../../shared/api';
import { hubAddress } from '../../../shared/network/join-address';
import { writeFileAtomic } from '../durable-file';
import { pairWithHub, type HubLink } from './hub-client';
import { JoinedKiosk } from './joined-kiosk';
import { JoinedProjector } from './joined-projector';
import type { OutboxExport } from './outbox-export';
import { normalFingerprint } from './tls-identity';

/** The kept link cannot be read: the device does not start half-joined. */
export class HubLinkDamagedError extends Error {
  constructor(readonly file: string) {
    super(`${file} is not a hub link`);
    this.name = 'HubLinkDamagedError';
  }
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What a joined core offers: the kiosk's (JoinedKiosk) or the projector's (JoinedProjector). */
export interface JoinedCore {
  start(): void;
  stop(): void;
  call(raw: unknown): Promise<CallResult>;
  on(listener: Listener): () => void;
  /** The kiosk's ballots as a file for the hub's import (JoinedKiosk only). */
  exportOutbox?(): OutboxExport | null;
  readonly link: {
    reachable: boolean;
    waiting: number;
    problem?: 'certificate' | 'revoked' | null;
  };
}

export interface DeviceLinkDeps {
  /** The device's own data folder (its box's). */
  dataDir: string;
  /** Hubs announced on the network now (mDNS, hub-discovery.ts); none by default. */
  findHubs?: () => FoundHub[] | Promise<FoundHub[]>;
  pair?: typeof pairWithHub;
  core?: (link: HubLink, dir: string) => JoinedCore;
  audit?: (action: AuditAction, details: Record<string, unknown>) => void;
}

const HubLinkSchema = z.object({
  address: z.string(),
  cert: z.string(),
  fingerprint: z.string(),
  token: z.string(),
  deviceId: z.string(),
  role: DeviceRoleSchema,
  section: z.string().nullable(),
});
const LinkFileSchema = z.object({ version: z.literal(1), name: z.string(), link: HubLinkSchema });

/** Methods a joined core answers instead of the local box, by role. */
const FORWARDED: Record<HubLink['role'], ReadonlySet<MethodName>> = {
  kiosk: new Set(['kiosk.state', 'kiosk.checkCode', 'kiosk.cast', 'kiosk.presence']),
  projector: new Set(['results.get', 'kiosk.state', 'kiosk.checkCode', 'kiosk.cast']),
};
/** Events the joined core pushes instead of the local box, by role. */
const OVERRIDDEN: Record<HubLink['role'], ReadonlySet<EventName>> = {
  kiosk: new Set(['kiosk']),
  projector: new Set(['kiosk', 'results']),
};

const defaultCore = (link: HubLink, dir: string): JoinedCore =>
  link.role === 'kiosk' ? new JoinedKiosk({ link, dataDir: dir }) : new JoinedProjector(link);

export class DeviceLink {
  private joined: { name: string; link: HubLink; core: JoinedCore } | null = null;
  private readonly listeners = new Set<Listener>();
  private stopCoreEvents: (() => void) | null = null;

  constructor(private readonly deps: DeviceLinkDeps) {}

  get file(): string {
    return path.join(this.deps.dataDir, 'network', 'hub-link.json');
  }

  /** Where a joined kiosk keeps its outbox and the hub's last state. */
  get coreDir(): string {
    return path.join(this.deps.dataDir, 'joined');
  }

  get mode(): JoinStatus['mode'] {
    return this.joined ? this.joined.link.role : 'standalone';
  }

  /** Reads the link kept on disk, if any, and starts the joined core. */
  start(): void {
    if (this.joined || !fs.existsSync(this.file)) return;
    let parsed;
    try {
      parsed = LinkFileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) throw new HubLinkDamagedError(this.file);
    this.begin(parsed.data.name, parsed.data.link);
  }

  stop(): void {
    this.stopCoreEvents?.();
    this.stopCoreEvents = null;
    this.joined?.core.stop();
  }

  private begin(name: string, link: HubLink): void {
    const core = (this.deps.core ?? defaultCore)(link, this.coreDir);
    this.joined = { name, link, core };
    this.stopCoreEvents = core.on((event, payload) => {
      for (const l of this.listeners) l(event, payload);
    });
    core.start();
  }

  exportOutbox(): OutboxExport | null {
    return this.joined?.core.exportOutbox?.() ?? null;
  }

  status(canJoin: boolean): JoinStatus {
    const j = this.joined;
    if (!j)
      return {
        mode: 'standalone',
        hub: null,
        section: null,
        reachable: false,
        waiting: 0,
        problem: null,
        canJoin,
      };
    const l = j.core.link;
    return {
      mode: j.link.role,
      hub: { address: j.link.address, fingerprint: j.link.fingerprint, name: j.name },
      section: j.link.section,
      reachable: l.reachable,
      waiting: l.waiting,
      problem: l.problem ?? null,
      canJoin: false,
    };
  }

  async findHubs(): Promise<FoundHub[]> {
    return (await this.deps.findHubs?.()) ?? [];
  }

  async pair(input: {
    address: string;
    code: string;
    fingerprint?: string;
    name: string;
  }): Promise<void> {
    if (this.joined) throw new ApiError('wrong-state', 'This device is already joined to a hub.');
    const address = hubAddress(input.address);
    if (!address) throw new ApiError('bad-request', 'This is not a hub address.');
    const fingerprint = input.fingerprint?.trim();
    if (fingerprint && normalFingerprint(fingerprint).length !== 95)
      throw new ApiError('bad-request', 'This is not a certificate fingerprint.');
    const link = await (this.deps.pair ?? pairWithHub)({
      address,
      code: input.code,
      name: input.name,
      ...(fingerprint ? { fingerprint } : {}),
    });
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // The token is this device's key to the hub: readable by its owner only.
    writeFileAtomic(
      this.file,
      JSON.stringify({ version: 1, name: input.name, link }, null, 2),
      0o600,
    );
    this.deps.audit?.('joined-hub', {
      hub: address,
      role: link.role,
      section: link.section ?? 'none',
    });
    this.begin(input.name, link);
  }

  async unpair(): Promise<void> {
    const j = this.joined;
    if (!j) throw new ApiError('wrong-state', 'This device is not joined to a hub.');
    const l = j.core.link;
    if (l.waiting > 0 && l.problem !== 'revoked')
      throw new ApiError(
        'wrong-state',
        'Ballots still wait for the hub: reconnect it before unpairing.',
        { waiting: l.waiting },
      );
    this.stop();
    this.joined = null;
    fs.rmSync(this.file, { force: true });
    if (fs.existsSync(this.coreDir)) {
      // Never offered to another hub, never deleted: kept aside for staff.
      let n = 1;
      while (fs.existsSync(`${this.coreDir}-left-${n}`)) n++;
      fs.renameSync(this.coreDir, `${this.coreDir}-left-${n}`);
    }
    this.deps.audit?.('left-hub', { hub: j.link.address });
  }

  /** Whether the joined core answers this method (else the local box does). */
  forwards(method: MethodName): boolean {
    return this.joined !== null && FORWARDED[this.joined.link.role].has(method);
  }

  /** Whether the joined core's events of this name replace the local box's. */
  overrides(event: EventName): boolean {
    return this.joined !== null && OVERRIDDEN[this.joined.link.role].has(event);
  }

  call(raw: unknown): Promise<CallResult> {
    if (!this.joined) throw new Error('Not joined');
    return this.joined.core.call(raw);
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The name a device gives itself at pairing when staff type none. */
export const defaultDeviceName = (): string => os.hostname().slice(0, 60) || 'Priorités';
