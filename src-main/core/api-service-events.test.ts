import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/api';
import { ballotId, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import { startBox, type Started } from './start-box';

let started: Started | null = null;
afterEach(() => {
  started?.service.shutdown();
  started = null;
});

const cast = (s: Started, id = ballotId()) =>
  s.service.call({ method: 'kiosk.cast', input: { ballotId: id, ranking: [OPTIONS[0]] } });

describe('ApiService.on: pushed events through the same door as calls', () => {
  it('relays the box’s events, with a staff event for each staff change but none for a cast', async () => {
    started = startBox(tempDir());
    const s = started;
    const seen: EventName[] = [];
    const off = s.service.on((event) => void seen.push(event));
    const token = await s.service.call({ method: 'staff.setPin', input: { pin: '482916' } });
    if (!token.ok) throw new Error('no session');
    const t = (token.value as { token: string }).token;
    await s.service.call({ method: 'staff.open', input: {}, token: t });
    expect(seen).toEqual(['results', 'kiosk', 'staff']);
    const id = ballotId();
    seen.length = 0;
    await cast(s, id);
    // The stream is public: a cast below a batch tells no listener that someone just voted.
    expect(seen).toEqual([]);
    // A retried cast changes nothing, so nothing is pushed.
    seen.length = 0;
    await cast(s, id);
    expect(seen).toEqual([]);
    off();
    await cast(s);
    expect(seen).toEqual([]);
  });

  it('tells the desktop root the status and whether it may quit', async () => {
    started = startBox(tempDir());
    const s = started;
    expect([s.service.status(), s.service.canQuit()]).toEqual(['preparation', true]);
    const token = await s.service.call({ method: 'staff.setPin', input: { pin: '482916' } });
    const t = (token as { value: { token: string } }).value.token;
    await s.service.call({ method: 'staff.open', input: {}, token: t });
    expect([s.service.status(), s.service.canQuit()]).toEqual(['open', false]);
    await s.service.call({ method: 'staff.allowQuit', input: { allow: true }, token: t });
    expect(s.service.canQuit()).toBe(true);
  });
});
