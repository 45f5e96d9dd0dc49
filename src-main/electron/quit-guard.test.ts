import { describe, expect, it } from 'vitest';
import { guardAppQuit, guardWindowClose } from './quit-guard';
import { FakeApp, FakeBrowserWindow, FakeEvent } from './testing/electron-fakes';

function setUp(initiallyAllowed: boolean) {
  let allowed = initiallyAllowed;
  const refused: string[] = [];
  let sessionEnds = 0;
  const app = new FakeApp();
  const win = new FakeBrowserWindow({});
  const canQuit = () => allowed;
  guardAppQuit(app, { canQuit, onRefused: (w) => refused.push(w) });
  guardWindowClose(win, {
    canQuit,
    onRefused: (w) => refused.push(w),
    onSessionEnd: () => sessionEnds++,
  });
  return {
    app,
    win,
    refused,
    sessionEnds: () => sessionEnds,
    unlock: () => (allowed = true),
  };
}

const sessionEndEvent = (reasons: string[]) => {
  const e = new FakeEvent();
  return Object.assign(e, { reasons });
};

describe('quit guard', () => {
  it('refuses quitting and closing while the vote is open and staff have not unlocked', () => {
    const { app, win, refused } = setUp(false);
    expect(app.fire('before-quit').defaultPrevented).toBe(true);
    expect(win.fire('close').defaultPrevented).toBe(true);
    expect(refused).toEqual(['quit', 'close']);
  });

  it('lets staff quit once they unlocked it in the console', () => {
    const s = setUp(false);
    s.unlock();
    expect(s.app.fire('before-quit').defaultPrevented).toBe(false);
    expect(s.win.fire('close').defaultPrevented).toBe(false);
    expect(s.refused).toEqual([]);
  });

  it('lets the app quit when no vote is open', () => {
    const s = setUp(true);
    expect(s.app.fire('before-quit').defaultPrevented).toBe(false);
  });

  it('asks Windows to wait before a shutdown during the vote, but not on critical battery', () => {
    const s = setUp(false);
    const normal = sessionEndEvent(['shutdown']);
    s.win.emit('query-session-end', normal);
    expect(normal.defaultPrevented).toBe(true);
    const critical = sessionEndEvent(['critical', 'shutdown']);
    s.win.emit('query-session-end', critical);
    expect(critical.defaultPrevented).toBe(false);
    expect(s.refused).toEqual(['session-end']);
  });

  it('does not hold up a shutdown once quitting is allowed, and closes the box on session end', () => {
    const s = setUp(true);
    const e = sessionEndEvent(['logoff']);
    s.win.emit('query-session-end', e);
    expect(e.defaultPrevented).toBe(false);
    s.win.emit('session-end', sessionEndEvent(['logoff']));
    expect(s.sessionEnds()).toBe(1);
  });
});
