import { describe, expect, it } from 'vitest';
import { claimSingleInstance } from './single-instance';
import { FakeApp } from './testing/electron-fakes';

describe('single instance', () => {
  it('the first instance keeps running and focuses itself on a second launch', () => {
    const app = new FakeApp(true);
    let focused = 0;
    expect(claimSingleInstance(app, () => focused++)).toBe(true);
    app.fire('second-instance');
    expect(focused).toBe(1);
    expect(app.quits).toBe(0);
  });

  it('a second instance quits at once', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quits).toBe(1);
  });
});
