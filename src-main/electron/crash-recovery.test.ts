import { describe, expect, it } from 'vitest';
import { CrashRecoveryPolicy } from './crash-recovery';
import { superviseRenderer } from './renderer-supervisor';
import { FakeBrowserWindow } from './testing/electron-fakes';

describe('crash recovery policy', () => {
  it('reloads three times within a minute, then shows the error screen', () => {
    const p = new CrashRecoveryPolicy();
    expect(p.decide('crashed', 0)).toBe('reload');
    expect(p.decide('crashed', 10_000)).toBe('reload');
    expect(p.decide('killed', 20_000)).toBe('reload');
    expect(p.decide('crashed', 30_000)).toBe('error-screen');
    expect(p.decide('crashed', 59_999)).toBe('error-screen');
  });

  it('counts over a sliding minute: old crashes stop counting', () => {
    const p = new CrashRecoveryPolicy();
    p.decide('crashed', 0);
    p.decide('crashed', 10_000);
    p.decide('crashed', 20_000);
    expect(p.decide('crashed', 60_000)).toBe('reload');
    expect(p.decide('crashed', 60_001)).toBe('error-screen');
  });

  it('recreates the window after an out-of-memory crash, within the same cap', () => {
    const p = new CrashRecoveryPolicy();
    expect(p.decide('oom', 0)).toBe('recreate');
    p.decide('crashed', 1);
    p.decide('crashed', 2);
    expect(p.decide('oom', 3)).toBe('error-screen');
  });

  it('ignores a clean exit (a window closing normally)', () => {
    const p = new CrashRecoveryPolicy();
    for (let i = 0; i < 10; i++) expect(p.decide('clean-exit', i)).toBe('ignore');
    expect(p.decide('crashed', 11)).toBe('reload');
  });
});

describe('renderer supervisor', () => {
  function setUp() {
    let now = 0;
    let recreated = 0;
    const win = new FakeBrowserWindow({});
    superviseRenderer(win, {
      policy: new CrashRecoveryPolicy(),
      now: () => now,
      pageUrl: 'app://priorites/kiosk',
      errorUrl: 'app://priorites/crashed?page=kiosk',
      recreate: () => recreated++,
    });
    const gone = (reason: string) => win.webContents.emit('render-process-gone', {}, { reason });
    return { win, gone, tick: (ms: number) => (now += ms), recreated: () => recreated };
  }

  it('reloads the page after a crash, and the error screen after the fourth in a minute', () => {
    const s = setUp();
    for (let i = 0; i < 4; i++) {
      s.gone('crashed');
      s.tick(5_000);
    }
    expect(s.win.webContents.loaded).toEqual([
      'app://priorites/kiosk',
      'app://priorites/kiosk',
      'app://priorites/kiosk',
      'app://priorites/crashed?page=kiosk',
    ]);
  });

  it('asks for a new window after an out-of-memory crash', () => {
    const s = setUp();
    s.gone('oom');
    expect(s.recreated()).toBe(1);
    expect(s.win.webContents.loaded).toEqual([]);
  });

  it('turns a hang into a crash so the reload gets a fresh process', () => {
    const s = setUp();
    s.win.emit('unresponsive');
    expect(s.win.webContents.crashed).toBe(1);
  });
});
