/**
 * The Electron bridge's names and shape, in one module without a run-time import: the
 * sandboxed preload bundles it and may load nothing but `electron` (no zod, hence not
 * shared/api.ts, which checks at compile time that its pushed events are EVENT_NAMES).
 */
import type { CallEnvelope, CallResult } from './api';

/** The name of the object the Electron preload exposes on window. */
export const BRIDGE_NAME = 'priorites';
export const CALL_CHANNEL = 'priorites:call';

/** Every pushed event of the contract (shared/api.ts `events`). */
export const EVENT_NAMES = ['results', 'kiosk', 'staff'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
export const eventChannel = (e: EventName): string => `priorites:event:${e}`;

/** What the preload puts on window[BRIDGE_NAME]: the contract's two doors, nothing else. */
export interface Bridge {
  call(envelope: CallEnvelope): Promise<CallResult>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
