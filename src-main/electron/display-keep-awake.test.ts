import { describe, expect, it } from 'vitest';
import { DisplayKeepAwake } from './display-keep-awake';
import { FakePowerSaveBlocker } from './testing/electron-fakes';

describe('display keep-awake', () => {
  it('keeps the display on exactly while the vote is open', () => {
    const psb = new FakePowerSaveBlocker();
    const k = new DisplayKeepAwake(psb);
    k.update('preparation');
    expect([...psb.active.values()]).toEqual([]);
    k.update('open');
    k.update('open'); // repeated kiosk events do not stack blockers
    expect([...psb.active.values()]).toEqual(['prevent-display-sleep']);
    k.update('closed');
    expect(psb.active.size).toBe(0);
    expect(k.active).toBe(false);
  });

  it('starts again if the blocker was dropped behind its back', () => {
    const psb = new FakePowerSaveBlocker();
    const k = new DisplayKeepAwake(psb);
    k.update('open');
    psb.active.clear();
    k.update('open');
    expect(psb.active.size).toBe(1);
  });
});
