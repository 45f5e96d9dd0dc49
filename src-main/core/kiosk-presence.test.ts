import { describe, expect, it } from 'vitest';
import { KioskPresence } from './kiosk-presence';

const setup = (ttlMs = 10_000, max = 256) => {
  let t = 1_000_000;
  const p = new KioskPresence(() => t, ttlMs, max);
  return { p, advance: (ms: number) => (t += ms) };
};

describe('KioskPresence', () => {
  it('counts kiosks, not reports: one kiosk repeating itself is one', () => {
    const { p } = setup();
    p.report('kiosk-a', true);
    p.report('kiosk-a', true);
    p.report('kiosk-b', true);
    expect(p.midwayCount()).toBe(2);
  });

  it('a kiosk whose voter finished or left is no longer counted', () => {
    const { p } = setup();
    p.report('kiosk-a', true);
    p.report('kiosk-b', true);
    p.report('kiosk-a', false);
    expect(p.midwayCount()).toBe(1);
  });

  it('forgets a kiosk that stopped refreshing after the time limit, not before', () => {
    const { p, advance } = setup(10_000);
    p.report('kiosk-a', true);
    advance(9_000);
    p.report('kiosk-b', true);
    expect(p.midwayCount()).toBe(2);
    advance(2_000);
    expect(p.midwayCount()).toBe(1);
    advance(9_000);
    expect(p.midwayCount()).toBe(0);
  });

  it('a refresh keeps a kiosk counted past the first time limit', () => {
    const { p, advance } = setup(10_000);
    p.report('kiosk-a', true);
    advance(8_000);
    p.report('kiosk-a', true);
    advance(8_000);
    expect(p.midwayCount()).toBe(1);
  });

  it('stays bounded whatever a caller invents, dropping the oldest kiosk first', () => {
    const { p, advance } = setup(10_000, 3);
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      p.report(`kiosk-${k}`, true);
      advance(1);
    }
    expect(p.midwayCount()).toBe(3);
    p.report('kiosk-c', false);
    p.report('kiosk-d', false);
    p.report('kiosk-e', false);
    expect(p.midwayCount()).toBe(0);
  });
});
