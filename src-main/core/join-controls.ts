/**
 * What the ApiService needs of this device's link to a hub (src-main/core/network/device-link.ts):
 * the `join.*` methods, and while joined, which calls and events the joined core answers
 * instead of the local box.
 */
import type {
  CallResult,
  EventName,
  EventPayload,
  FoundHub,
  JoinStatus,
  MethodName,
} from '../../shared/api';
import type { OutboxExport } from './network/outbox-export';

export interface JoinControls {
  readonly mode: JoinStatus['mode'];
  /** Reads the link kept on disk and starts the joined core, if any. */
  start(): void;
  stop(): void;
  status(canJoin: boolean): JoinStatus;
  findHubs(): Promise<FoundHub[]>;
  pair(input: { address: string; code: string; fingerprint?: string; name: string }): Promise<void>;
  unpair(): Promise<void>;
  /** A joined kiosk's outbox as a ballots file; null when this device is no joined kiosk. */
  exportOutbox(): OutboxExport | null;
  forwards(method: MethodName): boolean;
  overrides(event: EventName): boolean;
  call(raw: unknown): Promise<CallResult>;
  on(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void;
}

/**
 * The staff methods a joined device still answers locally: its own PIN and session, the join
 * screen, its audit trail, its windows. Everything about a vote is run at the hub.
 */
export const LOCAL_WHEN_JOINED: ReadonlySet<MethodName> = new Set<MethodName>([
  'staff.pinStatus',
  'staff.setPin',
  'staff.login',
  'staff.logout',
  'staff.overview',
  'staff.audit',
  'staff.checkIntegrity',
  'staff.setLanguage',
  'staff.allowQuit',
  'staff.listDisplays',
  'staff.moveProjector',
  'join.status',
  'join.findHubs',
  'join.pair',
  'join.unpair',
  'join.exportOutbox',
]);
