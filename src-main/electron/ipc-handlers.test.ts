import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../shared/api';
import { startBox, type Started } from '../core/start-box';
import { CALL_CHANNEL } from './channels';
import { broadcast, registerApiHandler, type InvokeEventLike } from './ipc-handlers';
import { FakeWebContents } from './testing/electron-fakes';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<CallResult>;

class FakeIpcMain {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  invoke(url: string | null, envelope: unknown): Promise<CallResult> {
    const h = this.handlers.get(CALL_CHANNEL);
    if (!h) throw new Error('no handler');
    return h({ senderFrame: url === null ? null : { url } }, envelope);
  }
}

const opened: Started[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.box.shutdown();
});

function realService(desktop?: Parameters<typeof startBox>[1]) {
  const started = startBox(fs.mkdtempSync(path.join(os.tmpdir(), 'priorites-ipc-')), desktop);
  opened.push(started);
  const ipc = new FakeIpcMain();
  registerApiHandler(ipc, started.service);
  return { ipc, ...started };
}

async function openVote(ipc: FakeIpcMain): Promise<string> {
  const r = await ipc.invoke('app://priorites/staff', {
    method: 'staff.setPin',
    input: { pin: '482916' },
  });
  if (!r.ok) throw new Error(r.error.code);
  const token = (r.value as { token: string }).token;
  const o = await ipc.invoke('app://priorites/staff', { method: 'staff.open', input: {}, token });
  expect(o.ok).toBe(true);
  return token;
}

describe('IPC handler', () => {
  it('refuses calls from a foreign frame without reaching the service', async () => {
    let reached = 0;
    const ipc = new FakeIpcMain();
    registerApiHandler(ipc, {
      call: async () => {
        reached++;
        return { ok: true, value: null };
      },
    });
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/kiosk',
      'http://127.0.0.1:8417/kiosk',
      'about:blank',
      '',
      null,
    ]) {
      const r = await ipc.invoke(url, { method: 'kiosk.state', input: {} });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(reached).toBe(0);
    await ipc.invoke('app://priorites/kiosk', { method: 'kiosk.state', input: {} });
    expect(reached).toBe(1);
  });

  it('a foreign frame cannot cast a ballot: nothing is recorded', async () => {
    const { ipc, box } = realService();
    await openVote(ipc);
    const { election } = box.kioskState();
    const ranking = election.options.map((o) => o.id);
    const r = await ipc.invoke('https://evil.example/', {
      method: 'kiosk.cast',
      input: { ballotId: 'a'.repeat(32), ranking },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(box.overview().ballots).toBe(0);
    // The same call from the app's own kiosk page is recorded: only the sender differed.
    const own = await ipc.invoke('app://priorites/kiosk', {
      method: 'kiosk.cast',
      input: { ballotId: 'a'.repeat(32), ranking },
    });
    expect(own).toMatchObject({ ok: true });
    expect(box.overview().ballots).toBe(1);
  });

  it('rejects invalid input from the app itself and records nothing', async () => {
    const { ipc, box } = realService();
    await openVote(ipc);
    const bad: unknown[] = [
      'not an envelope',
      { method: 'kiosk.cast' },
      { method: 'kiosk.cast', input: { ranking: 'all of them' } },
      { method: 'kiosk.cast', input: { ballotId: 'x', ranking: [] } },
      { method: 'kiosk.cast', input: { ballotId: 'a'.repeat(32), ranking: [], extra: 1 } },
      { method: 'staff.open', input: {}, token: 'forged' },
      { method: '__proto__', input: {} },
    ];
    for (const envelope of bad) {
      const r = await ipc.invoke('app://priorites/kiosk', envelope);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['bad-request', 'unknown-method', 'staff-only']).toContain(r.error.code);
    }
    expect(box.overview().ballots).toBe(0);
  });

  it('answers not-supported for display control when no desktop is injected (host mode)', async () => {
    const { ipc } = realService();
    const token = await openVote(ipc);
    const r = await ipc.invoke('app://priorites/staff', {
      method: 'staff.listDisplays',
      input: {},
      token,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it('routes display control to the injected desktop, validating the display id', async () => {
    const moved: number[] = [];
    const { ipc } = realService({
      listDisplays: () => [
        { id: 7, label: 'Projector', width: 1920, height: 1080, primary: false, projector: true },
      ],
      moveProjector: (id) => void moved.push(id),
    });
    const token = await openVote(ipc);
    const ok = await ipc.invoke('app://priorites/staff', {
      method: 'staff.moveProjector',
      input: { displayId: 7 },
      token,
    });
    expect(ok).toMatchObject({ ok: true, value: { displays: [{ id: 7, projector: true }] } });
    const bad = await ipc.invoke('app://priorites/staff', {
      method: 'staff.moveProjector',
      input: { displayId: 'seven' },
      token,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const anon = await ipc.invoke('app://priorites/kiosk', {
      method: 'staff.moveProjector',
      input: { displayId: 7 },
    });
    expect(anon).toMatchObject({ ok: false, error: { code: 'staff-only' } });
    expect(moved).toEqual([7]);
  });
});

describe('broadcast', () => {
  it('sends contract events to live windows only', () => {
    const live = new FakeWebContents();
    const gone = new FakeWebContents();
    gone.destroyed = true;
    broadcast(() => [live, gone], 'kiosk', {} as never);
    broadcast(() => [live], 'nope' as 'kiosk', {} as never);
    expect(live.sent.map((s) => s.channel)).toEqual(['priorites:event:kiosk']);
    expect(gone.sent).toEqual([]);
  });
});
