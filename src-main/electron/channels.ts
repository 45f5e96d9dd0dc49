/**
 * IPC channel names, the bridge's name and the pushed events, as plain constants: the
 * sandboxed preload imports this file and may load nothing but `electron` at run time, so
 * nothing here may pull in shared/api's schemas (zod). A test keeps them equal to the contract.
 */
import type { EventName } from '../../shared/api';

export const CALL_CHANNEL = 'priorites:call';
export const eventChannel = (e: EventName): string => `priorites:event:${e}`;

/** Same value as shared/api BRIDGE_NAME. */
export const PRELOAD_BRIDGE_NAME = 'priorites';
/** Same list as shared/api EVENT_NAMES. */
export const PRELOAD_EVENT_NAMES: readonly EventName[] = ['results', 'kiosk', 'staff'];
