/**
 * The bridge's names as the preload and the IPC handlers know them: one definition, in the
 * zod-free shared/bridge.ts, which the sandboxed preload can bundle.
 */
export {
  BRIDGE_NAME as PRELOAD_BRIDGE_NAME,
  CALL_CHANNEL,
  EVENT_NAMES as PRELOAD_EVENT_NAMES,
  eventChannel,
} from '../../shared/bridge';
