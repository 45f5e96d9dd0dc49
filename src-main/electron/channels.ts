/** IPC channel names: one for every call, one per pushed event. */
import type { EventName } from '../../shared/api';

export const CALL_CHANNEL = 'priorites:call';
export const eventChannel = (e: EventName): string => `priorites:event:${e}`;
