/**
 * What a listener on the event stream learns while the vote is open: nothing below a batch.
 * An event that fires for the first ballot of a section, even with an unchanged payload, tells
 * the room « someone just voted first in FR ».
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ballotId, openedBox, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import type { BallotBox } from './ballot-box';

const boxes: BallotBox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.shutdown();
});

describe('results events while open', () => {
  it('pushes nothing for the ballots of a section below a batch, then one event at the batch after', () => {
    const { box } = openedBox(tempDir(), { batchSize: 5 });
    boxes.push(box);
    const pushed: unknown[] = [];
    box.on((event, payload) => {
      if (event === 'results') pushed.push(payload);
    });
    for (const section of ['FR', 'BE'])
      for (let i = 0; i < 4; i++)
        box.cast({ ballotId: ballotId(), ranking: [OPTIONS[0] as string], section });
    expect(pushed).toEqual([]);
    // The slide trails by one batch: FR's fifth ballot completes a batch that stays back…
    box.cast({ ballotId: ballotId(), ranking: [OPTIONS[1] as string], section: 'FR' });
    for (let i = 0; i < 4; i++)
      box.cast({ ballotId: ballotId(), ranking: [OPTIONS[0] as string], section: 'FR' });
    expect(pushed).toEqual([]);
    // …and reaches the slide when the next one is complete.
    box.cast({ ballotId: ballotId(), ranking: [OPTIONS[1] as string], section: 'FR' });
    expect(pushed).toHaveLength(1);
  });
});

describe('shutdown', () => {
  it('can be called twice (session-end of each window, then will-quit)', () => {
    const { box } = openedBox(tempDir());
    box.shutdown();
    expect(() => box.shutdown()).not.toThrow();
  });
});
