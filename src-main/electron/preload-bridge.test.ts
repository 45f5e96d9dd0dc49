import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BRIDGE_NAME, EVENT_NAMES } from '../../shared/api';
import { CALL_CHANNEL, PRELOAD_BRIDGE_NAME, PRELOAD_EVENT_NAMES } from './channels';
import { createBridge } from './preload-bridge';

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return { ok: true, value: 42 };
  }
}

describe('preload bridge', () => {
  it('uses the contract bridge name and events (copied so the preload needs no zod)', () => {
    expect(PRELOAD_BRIDGE_NAME).toBe(BRIDGE_NAME);
    expect([...PRELOAD_EVENT_NAMES].sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('exposes only call and on, frozen, never ipcRenderer', () => {
    const ipc = new FakeIpcRenderer();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  it('sends a call on the one call channel', async () => {
    const ipc = new FakeIpcRenderer();
    const r = await createBridge(ipc).call({ method: 'kiosk.state', input: {} });
    expect(r).toEqual({ ok: true, value: 42 });
    expect(ipc.invoked).toEqual([
      { channel: CALL_CHANNEL, args: [{ method: 'kiosk.state', input: {} }] },
    ]);
  });

  it('passes event payloads without the IPC event, and unsubscribes', () => {
    const ipc = new FakeIpcRenderer();
    const got: unknown[][] = [];
    const off = createBridge(ipc).on('results', (...args) => got.push(args));
    ipc.emit('priorites:event:results', { sender: 'secret' }, { n: 1 });
    off();
    ipc.emit('priorites:event:results', {}, { n: 2 });
    expect(got).toEqual([[{ n: 1 }]]);
    expect(ipc.listenerCount('priorites:event:results')).toBe(0);
  });

  it('refuses to listen to a channel outside the contract', () => {
    const ipc = new FakeIpcRenderer();
    const off = createBridge(ipc).on('evil' as 'results', () => undefined);
    expect(ipc.eventNames()).toEqual([]);
    expect(off()).toBeUndefined();
  });
});
