/**
 * Maps the one API onto IPC: a single invoke channel whose calls are accepted only from the
 * app's own frames and then validated by the ApiService like any HTTP call.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_NAMES, type CallResult, type EventName, type EventPayload } from '../../shared/api';
import { isAppUrl } from './app-origin';
import { CALL_CHANNEL, eventChannel } from './channels';

export interface CallHandler {
  call(raw: unknown): Promise<CallResult>;
}

export function registerApiHandler(ipcMain: Pick<IpcMain, 'handle'>, service: CallHandler): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (event: IpcMainInvokeEvent, envelope: unknown): Promise<CallResult> => {
      if (!isAppUrl(event.senderFrame?.url))
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Calls are accepted only from the app itself.' },
        };
      return service.call(envelope);
    },
  );
}

/** Sends every pushed event to every live window of the app. */
export function broadcast<E extends EventName>(
  targets: () => Iterable<Pick<WebContents, 'send' | 'isDestroyed'>>,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!EVENT_NAMES.includes(event)) return;
  for (const wc of targets()) if (!wc.isDestroyed()) wc.send(eventChannel(event), payload);
}
