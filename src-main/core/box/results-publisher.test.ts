import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/api';
import { defaultElection } from '../default-election';
import { EventBus, ResultsPublisher, type ReleasedView } from './results-publisher';

const OPTION = defaultElection.options[0]?.id as string;

function setup() {
  const view: ReleasedView & { computed: number } = {
    election: { ...defaultElection, results: { ...defaultElection.results, minBallots: 0 } },
    status: 'open',
    testMode: false,
    revealed: false,
    drawSeed: null,
    entitled: {},
    releasedBySection: { FR: 0 },
    computed: 0,
    groups: (s) => {
      view.computed++;
      const n = s === 'FR' ? (view.releasedBySection.FR ?? 0) : 0;
      return n > 0 ? [{ ranking: [OPTION], count: n }] : [];
    },
  };
  const bus = new EventBus();
  const seen: EventName[] = [];
  bus.on((e) => void seen.push(e));
  return { view, bus, seen, publisher: new ResultsPublisher(() => ({ ...view }), bus) };
}

describe('ResultsPublisher', () => {
  it('computes the released results once per change and pushes only changes', () => {
    const { view, seen, publisher } = setup();
    const first = publisher.current();
    const computed = view.computed;
    expect(publisher.current()).toBe(first);
    publisher.publish();
    expect(view.computed).toBe(computed);
    expect(seen).toEqual([]);
    view.releasedBySection = { FR: 5 };
    publisher.publish();
    expect(seen).toEqual(['results']);
    expect(publisher.current()).not.toBe(first);
  });

  it('delivers every event to every listener until it unsubscribes', () => {
    const bus = new EventBus();
    const got: string[] = [];
    const off = bus.on((e) => void got.push(`a:${e}`));
    bus.on((e) => void got.push(`b:${e}`));
    bus.emit('staff', {});
    off();
    bus.emit('staff', {});
    expect(got).toEqual(['a:staff', 'b:staff', 'b:staff']);
  });
});
