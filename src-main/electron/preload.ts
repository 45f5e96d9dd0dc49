/**
 * The sandboxed preload: exposes the bridge under one name. Bundled as CommonJS because a
 * sandboxed preload cannot load ES modules, and it may require nothing but `electron`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_BRIDGE_NAME } from './channels';
import { createBridge } from './preload-bridge';

contextBridge.exposeInMainWorld(PRELOAD_BRIDGE_NAME, createBridge(ipcRenderer));
