/**
 * The object the preload exposes: exactly the contract's two doors (call and on), never
 * ipcRenderer itself, and only the contract's event channels.
 */
import type { CallEnvelope } from '../../shared/api';
import type { Bridge, EventName } from '../../shared/bridge';
import { CALL_CHANNEL, eventChannel, PRELOAD_EVENT_NAMES } from './channels';

export type { Bridge };

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): Bridge {
  // `satisfies`: the object is checked against the one Bridge type the client also uses.
  return Object.freeze({
    call: (envelope: CallEnvelope) =>
      ipc.invoke(CALL_CHANNEL, envelope) as ReturnType<Bridge['call']>,
    on: (event: EventName, listener: (payload: unknown) => void) => {
      if (!PRELOAD_EVENT_NAMES.includes(event)) return () => undefined;
      const channel = eventChannel(event);
      // The renderer's listener never sees the IPC event (it carries the sender).
      const wrapped = (_e: unknown, payload: unknown) => listener(payload);
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    },
  } satisfies Bridge);
}
