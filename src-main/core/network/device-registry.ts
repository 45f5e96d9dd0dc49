/**
 * The devices paired to this hub (kiosks of a section, projectors). A device proves itself with
 * a 256-bit token; only its SHA-256 is kept on disk, so a copy of the data folder opens nothing.
 * Revoking is immediate: the record stays (marked) for the console and the audit trail, and the
 * listeners close whatever the device still holds open (its event stream).
 *
 * What a device did is kept per device, in memory, as counts: ballots received, ballots its
 * outbox still waits to send. Nothing here names a ballot, so nothing links one to a device.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { DeviceRoleSchema, type DeviceInfo, type DeviceRole } from '../../../shared/api';
import { SectionIdSchema } from '../../../shared/domain/election';
import { writeFileAtomic } from '../durable-file';

const DeviceRecordSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: DeviceRoleSchema,
  section: SectionIdSchema.nullable(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  pairedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type DeviceRecord = z.infer<typeof DeviceRecordSchema>;
const FileSchema = z.strictObject({ version: z.literal(1), devices: z.array(DeviceRecordSchema) });

export interface RegistryDeps {
  /** The JSON file in the data folder (created on the first pairing). */
  file: string;
  now: () => Date;
  randomBytes: (n: number) => Uint8Array;
  /** Seconds without a request after which a device without an open stream is offline. */
  onlineSeconds?: number;
}

interface Live {
  lastContact: number | null;
  received: number;
  waiting: number | null;
  streams: number;
}

export type Authentication =
  { ok: true; device: DeviceRecord } | { ok: false; reason: 'unpaired' | 'revoked' };

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

export class DeviceRegistry {
  private readonly devices = new Map<string, DeviceRecord>();
  private readonly byHash = new Map<string, string>();
  private readonly live = new Map<string, Live>();
  private readonly revokeListeners = new Set<(id: string) => void>();

  constructor(private readonly deps: RegistryDeps) {
    if (!fs.existsSync(deps.file)) return;
    const parsed = FileSchema.parse(JSON.parse(fs.readFileSync(deps.file, 'utf8')));
    for (const d of parsed.devices) this.remember(d);
  }

  private remember(d: DeviceRecord): void {
    this.devices.set(d.id, d);
    this.byHash.set(d.tokenHash, d.id);
  }

  private save(): void {
    const body = { version: 1, devices: [...this.devices.values()] };
    writeFileAtomic(this.deps.file, JSON.stringify(body, null, 1) + '\n');
  }

  private hex(bytes: number): string {
    return Buffer.from(this.deps.randomBytes(bytes)).toString('hex');
  }

  /** Records a new device and returns its token: shown once, to the device, never stored. */
  add(
    name: string,
    role: DeviceRole,
    section: string | null,
  ): { token: string; device: DeviceRecord } {
    const token = Buffer.from(this.deps.randomBytes(32)).toString('base64url');
    const device: DeviceRecord = {
      id: this.hex(8),
      name,
      role,
      section: role === 'kiosk' ? section : null,
      tokenHash: hashToken(token),
      pairedAt: this.deps.now().toISOString(),
      revokedAt: null,
    };
    this.remember(device);
    try {
      this.save();
    } catch (e) {
      this.devices.delete(device.id);
      this.byHash.delete(device.tokenHash);
      throw e;
    }
    return { token, device };
  }

  authenticate(token: string | null | undefined): Authentication {
    if (!token || token.length > 128) return { ok: false, reason: 'unpaired' };
    const id = this.byHash.get(hashToken(token));
    const device = id === undefined ? undefined : this.devices.get(id);
    if (!device) return { ok: false, reason: 'unpaired' };
    if (device.revokedAt) return { ok: false, reason: 'revoked' };
    return { ok: true, device };
  }

  get(id: string): DeviceRecord | undefined {
    return this.devices.get(id);
  }

  /** False if there is no such device (or it was already revoked). */
  revoke(id: string): boolean {
    const d = this.devices.get(id);
    if (!d || d.revokedAt) return false;
    const revoked = { ...d, revokedAt: this.deps.now().toISOString() };
    this.devices.set(id, revoked);
    this.save();
    for (const l of this.revokeListeners) l(id);
    return true;
  }

  onRevoke(listener: (id: string) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }

  private liveOf(id: string): Live {
    let l = this.live.get(id);
    if (!l) this.live.set(id, (l = { lastContact: null, received: 0, waiting: null, streams: 0 }));
    return l;
  }

  touch(id: string): void {
    this.liveOf(id).lastContact = this.deps.now().getTime();
  }

  /** One ballot newly recorded from this device (a resent, already present one is not). */
  received(id: string): void {
    this.liveOf(id).received += 1;
  }

  reportWaiting(id: string, waiting: number): void {
    this.liveOf(id).waiting = waiting;
  }

  streamOpened(id: string): () => void {
    const l = this.liveOf(id);
    l.streams += 1;
    return () => {
      l.streams -= 1;
      this.touch(id);
    };
  }

  /** The console's list: devices still paired, oldest first. */
  list(): DeviceInfo[] {
    const now = this.deps.now().getTime();
    const window = (this.deps.onlineSeconds ?? 20) * 1000;
    return [...this.devices.values()]
      .filter((d) => !d.revokedAt)
      .map((d) => {
        const l = this.liveOf(d.id);
        return {
          id: d.id,
          name: d.name,
          role: d.role,
          section: d.section,
          online: l.streams > 0 || (l.lastContact !== null && now - l.lastContact < window),
          lastContact: l.lastContact === null ? null : new Date(l.lastContact).toISOString(),
          received: l.received,
          waiting: l.waiting,
        };
      });
  }
}
