/**
 * The sandboxed preload: exposes one named object with exactly the contract's two doors (call
 * and on), never ipcRenderer itself. Bundled as CommonJS because a sandboxed preload cannot
 * load ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_NAME,
  EVENT_NAMES,
  type CallEnvelope,
  type CallResult,
  type EventName,
} from '../../shared/api';
import { CALL_CHANNEL, eventChannel } from './channels';

const bridge = {
  call: (envelope: CallEnvelope): Promise<CallResult> => ipcRenderer.invoke(CALL_CHANNEL, envelope),
  on: (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!EVENT_NAMES.includes(event)) return () => undefined;
    const channel = eventChannel(event);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
