/**
 * Maps the one API onto IPC: a single invoke channel whose calls are accepted only from the
 * app's own frames and then validated by the ApiService like any HTTP call.
 */
import { EVENT_NAMES, type CallResult, type EventName, type EventPayload } from '../../shared/api';
import { isAppUrl } from './app-origin';
import { CALL_CHANNEL, eventChannel } from './channels';

export interface CallHandler {
  call(raw: unknown): Promise<CallResult>;
}

/** What an invoke event tells about its sender (Electron's IpcMainInvokeEvent). */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<CallResult>,
  ): void;
}

const FORBIDDEN: CallResult = {
  ok: false,
  error: { code: 'forbidden', message: 'Calls are accepted only from the app itself.' },
};

export function registerApiHandler(ipcMain: IpcMainLike, service: CallHandler): void {
  ipcMain.handle(CALL_CHANNEL, async (event, envelope) => {
    // A frame that navigated away (or was never ours) gets nothing, not even validation.
    if (!isAppUrl(event.senderFrame?.url)) return FORBIDDEN;
    return service.call(envelope);
  });
}

export interface EventTarget {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

/** Sends every pushed event to every live window of the app. */
export function broadcast<E extends EventName>(
  targets: () => Iterable<EventTarget>,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!EVENT_NAMES.includes(event)) return;
  for (const wc of targets()) if (!wc.isDestroyed()) wc.send(eventChannel(event), payload);
}
