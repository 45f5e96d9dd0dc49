import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, METHOD_NAMES, type CallResult } from '../../shared/api';
import { ballotId, Clock, openedBox, OPTIONS, tempDir } from '../../test/fault/support/box-fixture';
import { ApiService, type StaffFiles } from './api-service';
import type { BallotBox } from './ballot-box';

const files: StaffFiles = {
  listDrives: () => Promise.resolve([]),
  exportTo: (folder) => Promise.resolve({ folder, files: [], ballots: 0 }),
  importFiles: () => Promise.resolve({ added: 0, alreadyPresent: 0, files: [] }),
  minutes: () => Promise.resolve(new Uint8Array()),
};

let box: BallotBox;
let clock: Clock;
let service: ApiService;
let tokens = 0;

beforeAll(() => {
  clock = new Clock();
  box = openedBox(tempDir(), { codes: 5, over: { now: clock.now } }).box;
  service = new ApiService({
    box,
    files,
    now: clock.now,
    newToken: () => `token-${++tokens}`,
    sessionSeconds: 60,
  });
});
afterAll(() => box.shutdown());

const stored = () => box.counts().ballots + box.overview().testBallots;
const fail = (r: CallResult) => (r.ok ? null : r.error.code);

const hostile = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.string(), fc.anything()),
  fc.record({
    ballotId: fc.oneof(fc.string(), fc.integer(), fc.constant(ballotId())),
    ranking: fc.oneof(fc.array(fc.string()), fc.string(), fc.array(fc.constantFrom(...OPTIONS))),
    code: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(null)),
    section: fc.oneof(fc.string(), fc.constant('FR')),
    extra: fc.anything(),
  }),
  fc.string({ minLength: 2000, maxLength: 5000 }).map((s) => ({ code: s, pin: s, json: s })),
);

describe('ApiService.call under hostile input (the IPC boundary)', () => {
  it('answers every method with a listed error or a value, never throws, stores nothing it refused', async () => {
    const token = (await service.call({ method: 'staff.setPin', input: { pin: '482916' } })) as {
      ok: true;
      value: { token: string };
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHOD_NAMES),
        hostile,
        fc.boolean(),
        async (method, input, withToken) => {
          const before = stored();
          const r = await service.call({
            method,
            input,
            token: withToken ? token.value.token : null,
          });
          const code = fail(r);
          if (code !== null) {
            expect(ERROR_CODES).toContain(code);
            expect(code).not.toBe('internal');
            expect(stored()).toBe(before);
          } else if (method !== 'kiosk.cast') {
            expect(stored()).toBe(before);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('refuses malformed envelopes and unknown methods with a clear code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (raw) => {
        const r = await service.call(raw);
        if (!r.ok) expect(['bad-request', 'unknown-method', 'staff-only']).toContain(r.error.code);
      }),
      { numRuns: 300 },
    );
    expect(fail(await service.call({ method: 'kiosk.nuke', input: {} }))).toBe('unknown-method');
    expect(fail(await service.call({ method: 'x'.repeat(65), input: {} }))).toBe('bad-request');
    expect(fail(await service.call('kiosk.cast'))).toBe('bad-request');
    expect(fail(await service.call({ method: 'kiosk.state', input: {}, extra: 1 }))).toBe(
      'bad-request',
    );
  });

  it('refuses unknown options, over-long strings and wrong types for a cast', async () => {
    const cast = (input: unknown) => service.call({ method: 'kiosk.cast', input });
    const before = stored();
    const good = { ballotId: ballotId(), ranking: [OPTIONS[0]], code: 'FR-2222-2222' };
    expect(fail(await cast({ ...good, at: Date.now() }))).toBe('bad-request');
    expect(fail(await cast({ ...good, code: 'F'.repeat(41) }))).toBe('bad-request');
    expect(fail(await cast({ ...good, ranking: 'accompagnement' }))).toBe('bad-request');
    expect(fail(await cast({ ...good, ballotId: good.ballotId.toUpperCase() }))).toBe(
      'bad-request',
    );
    expect(fail(await cast({ ...good, ranking: Array(21).fill('a') }))).toBe('bad-request');
    expect(stored()).toBe(before);
  });

  it('keeps staff methods behind a session that expires with the clock', async () => {
    expect(fail(await service.call({ method: 'staff.overview', input: {} }))).toBe('staff-only');
    clock.advance(1e6); // past any lockout the hostile logins above may have caused
    const r = await service.call({ method: 'staff.login', input: { pin: '482916' } });
    expect(r.ok).toBe(true);
    const token = (r as { ok: true; value: { token: string } }).value.token;
    expect((await service.call({ method: 'staff.overview', input: {}, token })).ok).toBe(true);
    clock.advance(61);
    expect(fail(await service.call({ method: 'staff.overview', input: {}, token }))).toBe(
      'staff-only',
    );
  });

  it('gives the editor’s refused election the catalog codes of election files', async () => {
    clock.advance(1e6);
    const r = await service.call({ method: 'staff.login', input: { pin: '482916' } });
    const token = (r as { ok: true; value: { token: string } }).value.token;
    const election = { ...box.election, tieBreak: ['lot', 'first-choices'] };
    const saved = await service.call({
      method: 'staff.updateElection',
      input: { election, dropEntitled: false },
      token,
    });
    expect(saved.ok).toBe(false);
    if (!saved.ok)
      expect(saved.error.issues).toEqual([
        expect.objectContaining({ path: 'tieBreak', code: 'election.lot-not-last' }),
      ]);
  });

  it('refuses ballots for a closed election and replayed ids with other content', async () => {
    clock.advance(1e6); // past any lockout the hostile logins above may have caused
    const r = await service.call({ method: 'staff.login', input: { pin: '482916' } });
    const token = (r as { ok: true; value: { token: string } }).value.token;
    const [code] = box.generateCodes('FR', 1);
    const id = ballotId();
    const cast = (input: unknown) => service.call({ method: 'kiosk.cast', input });
    expect((await cast({ ballotId: id, ranking: [OPTIONS[0]], code })).ok).toBe(true);
    expect(await cast({ ballotId: id, ranking: [OPTIONS[0]], code })).toEqual({
      ok: true,
      value: { recorded: true, duplicate: true },
    });
    expect(fail(await cast({ ballotId: id, ranking: [OPTIONS[1]], code }))).toBe(
      'ballot-id-conflict',
    );
    const n = stored();
    expect(
      (await service.call({ method: 'staff.close', input: { confirm: true }, token })).ok,
    ).toBe(true);
    expect(fail(await cast({ ballotId: ballotId(), ranking: [OPTIONS[0]] }))).toBe('vote-not-open');
    expect(stored()).toBe(n);
  });
});

describe('kiosk presence through the contract', () => {
  it('a kiosk says a voter is midway; staff read a count; bad ids and anonymous staff are refused', async () => {
    const s = new ApiService({ box, files, now: clock.now, newToken: () => `p-${++tokens}` });
    clock.advance(1e6); // past any lockout the hostile logins above may have caused
    const r = await s.call({ method: 'staff.login', input: { pin: '482916' } });
    const token = (r as { ok: true; value: { token: string } }).value.token;
    const say = (kiosk: unknown, midway: unknown) =>
      s.call({ method: 'kiosk.presence', input: { kiosk, midway } });
    const count = async () => {
      const c = await s.call({ method: 'staff.kioskPresence', input: {}, token });
      return c.ok ? (c.value as { midway: number }).midway : null;
    };
    expect(await count()).toBe(0);
    expect((await say('kiosk-aaaa1111', true)).ok).toBe(true);
    expect((await say('kiosk-bbbb2222', true)).ok).toBe(true);
    expect(await count()).toBe(2);
    expect((await say('kiosk-aaaa1111', false)).ok).toBe(true);
    expect(await count()).toBe(1);
    // Nothing but a kiosk id and a yes/no crosses: no ballot, code or section rides along.
    expect(fail(await say('short', true))).toBe('bad-request');
    expect(fail(await say('kiosk-bbbb2222', 'yes'))).toBe('bad-request');
    expect(
      fail(
        await s.call({
          method: 'kiosk.presence',
          input: { kiosk: 'kiosk-bbbb2222', midway: true, ranking: [OPTIONS[0]] },
        }),
      ),
    ).toBe('bad-request');
    expect(fail(await s.call({ method: 'staff.kioskPresence', input: {} }))).toBe('staff-only');
    clock.advance(21);
    expect(await count()).toBe(0);
  });
});
