import { describe, expect, it } from 'vitest';
import type { FoundHub } from '../../../shared/api';
import { hubFinder } from './hub-finder';

const HUB: FoundHub = {
  name: 'Priorités — salle',
  host: '10.0.0.2',
  port: 8418,
  fingerprint: 'AB',
};

function fakes() {
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const browsers: { stopped: boolean }[] = [];
  const slept: number[] = [];
  const find = hubFinder(
    () => {
      const b = { stopped: false };
      browsers.push(b);
      return { list: () => (b.stopped ? [] : [HUB]), stop: () => void (b.stopped = true) };
    },
    {
      firstWaitMs: 1500,
      idleMs: 60_000,
      setTimer: (fn, ms) => {
        const t = { fn, ms, cleared: false };
        timers.push(t);
        return t;
      },
      clearTimer: (t) => void ((t as { cleared: boolean }).cleared = true),
      sleep: async (ms) => void slept.push(ms),
    },
  );
  const fireIdle = () => timers.filter((t) => !t.cleared).forEach((t) => t.fn());
  return { find, timers, browsers, slept, fireIdle };
}

describe('hubFinder', () => {
  it('browses nothing until the join screen asks', () => {
    const f = fakes();
    expect(f.browsers).toHaveLength(0);
  });

  it('starts browsing at the first ask, waits for answers once, then answers at once', async () => {
    const f = fakes();
    expect(await f.find()).toEqual([HUB]);
    expect(f.browsers).toHaveLength(1);
    expect(f.slept).toEqual([1500]);
    expect(await f.find()).toEqual([HUB]);
    expect(f.browsers).toHaveLength(1);
    expect(f.slept).toEqual([1500]);
  });

  it('stops browsing after a quiet spell, and starts again on the next ask', async () => {
    const f = fakes();
    await f.find();
    await f.find();
    // The first idle timer was replaced by the second ask's.
    expect(f.timers.map((t) => t.cleared)).toEqual([true, false]);
    f.fireIdle();
    expect(f.browsers[0]?.stopped).toBe(true);
    expect(await f.find()).toEqual([HUB]);
    expect(f.browsers).toHaveLength(2);
    expect(f.browsers[1]?.stopped).toBe(false);
  });
});
