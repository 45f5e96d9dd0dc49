/**
 * Hostile input at the HTTP boundary: random and malformed requests against every route of
 * the real host. Always a 4xx JSON error with a listed code (or a 200 for the rare valid
 * call), nothing stored that was refused, and the host still serving afterwards.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, METHOD_NAMES } from '../../shared/api';
import { apiCall } from '../support/api-call';
import { tempDataDir } from '../support/host-process';
import { OPTIONS } from './support/box-fixture';
import { spawnHost, type FaultHost } from './support/fault-host';
import { VoteBook } from './support/vote-driver';

let host: FaultHost;
let book: VoteBook;
let token: string;
/** A second session: the fuzzer may log the first one out (staff.logout is fuzzed too). */
let spareToken: string;
const ballotsFile = () => path.join(book.dataDir, 'ballots.slots');
/** The ballot file's bytes: a stored ballot changes them (its slot), a refusal does not. */
const size = () =>
  fs.existsSync(ballotsFile())
    ? createHash('sha256').update(fs.readFileSync(ballotsFile())).digest('hex')
    : 'absent';

beforeAll(async () => {
  book = new VoteBook('codes', tempDataDir('priorites-hostile-'), 7);
  host = await spawnHost(book.dataDir);
  await book.prepare(host.url, 20);
  token = (await apiCall(host.url, 'staff.login', { pin: '482916' })).token;
  spareToken = (await apiCall(host.url, 'staff.login', { pin: '482916' })).token;
}, 60_000);
afterAll(() => host.kill('SIGTERM'));

interface Reply {
  status: number;
  body: { value?: unknown; error?: { code: string; message: string } } | null;
}

async function send(
  route: string,
  init: { method?: string; body?: string; type?: string | null; auth?: boolean },
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (init.type !== null) headers['Content-Type'] = init.type ?? 'application/json';
  if (init.auth) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${host.url}${route}`, {
    method: init.method ?? 'POST',
    headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await res.text();
  let body: Reply['body'];
  try {
    body = JSON.parse(text) as Reply['body'];
  } catch {
    body = null;
  }
  return { status: res.status, body };
}

const expectClearRefusal = (r: Reply) => {
  // A feature this transport does not offer (e.g. choosing displays) is a 501, not a fault.
  if (r.body?.error?.code === 'not-supported') expect(r.status).toBe(501);
  else {
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  }
  expect(ERROR_CODES).toContain(r.body?.error?.code);
  expect(r.body?.error?.message).toBeTruthy();
};

// Staff calls that reach drives and folders outside the data folder are fuzzed without a session.
const FS_METHODS = new Set(['staff.export', 'staff.import', 'staff.listDrives']);

describe('the host under hostile HTTP input', () => {
  it('answers random bodies on every route with a clear error, storing nothing refused', async () => {
    const body = fc.oneof(
      fc.json(),
      fc.string(),
      fc.anything().map((v) => JSON.stringify(v) ?? ''),
      fc
        .record({
          ballotId: fc.oneof(
            fc.string({
              unit: fc.constantFrom(...'0123456789abcdef'),
              minLength: 32,
              maxLength: 32,
            }),
            fc.string(),
          ),
          ranking: fc.array(fc.oneof(fc.constantFrom(...OPTIONS), fc.string())),
          code: fc.string({ maxLength: 60 }),
        })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...METHOD_NAMES), fc.string({ maxLength: 80 })),
        body,
        fc.boolean(),
        async (method, text, auth) => {
          const before = size();
          const r = await send(`/api/${encodeURIComponent(method)}`, {
            body: text,
            auth: auth && !FS_METHODS.has(method),
          });
          if (r.status === 200) {
            expect(r.body).toHaveProperty('value');
            if (method !== 'kiosk.cast') expect(size()).toBe(before);
          } else {
            expectClearRefusal(r);
            expect(size()).toBe(before);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses wrong methods, content types, huge bodies, over-long strings and unknown options', async () => {
    const before = size();
    const cast = JSON.stringify({ ballotId: 'a'.repeat(32), ranking: [OPTIONS[0]], code: 'x' });
    expectClearRefusal(await send('/api/kiosk.cast', { method: 'GET' }));
    expectClearRefusal(await send('/api/kiosk.cast', { method: 'PUT', body: cast }));
    expectClearRefusal(await send('/api/kiosk.cast', { body: cast, type: 'text/plain' }));
    expectClearRefusal(await send('/api/kiosk.cast', { body: cast, type: null }));
    expectClearRefusal(await send('/api/kiosk.cast', { body: '{"ballotId":' }));
    expectClearRefusal(await send('/api/kiosk.cast', { body: 'x'.repeat(2_000_000) }));
    expectClearRefusal(
      await send('/api/kiosk.cast', {
        body: JSON.stringify({ ballotId: 'a'.repeat(32), ranking: ['a'.repeat(100_000)] }),
      }),
    );
    expectClearRefusal(
      await send('/api/kiosk.cast', {
        body: JSON.stringify({ ...JSON.parse(cast), admin: true }),
      }),
    );
    expectClearRefusal(await send('/api/staff.overview', { body: '{}' }));
    expectClearRefusal(await send('/api/nope', { body: '{}' }));
    expectClearRefusal(await send('/../../etc/passwd', { method: 'GET' }));
    expectClearRefusal(await send('/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' }));
    expect(size()).toBe(before);
  });

  it('refuses replayed ids with other content and ballots once the vote is closed', async () => {
    const [id, sent] = book.newBallot();
    expect(await book.cast(host.url, id, sent)).toBe(true);
    const other = { ...sent, ranking: sent.ranking.length > 1 ? sent.ranking.slice(1) : [] };
    const before = size();
    const r = await send('/api/kiosk.cast', { body: JSON.stringify({ ballotId: id, ...other }) });
    expectClearRefusal(r);
    expect(r.body?.error?.code).toBe('ballot-id-conflict');
    await apiCall(host.url, 'staff.close', { confirm: true }, spareToken);
    const [id2, sent2] = book.newBallot();
    const closed = await send('/api/kiosk.cast', {
      body: JSON.stringify({ ballotId: id2, ...sent2 }),
    });
    expect(closed.body?.error?.code).toBe('vote-not-open');
    expect(size()).toBe(before);
    // Still alive and serving.
    expect(host.child.exitCode).toBeNull();
    expect((await apiCall(host.url, 'kiosk.state', {})).status).toBe('closed');
  });
});
