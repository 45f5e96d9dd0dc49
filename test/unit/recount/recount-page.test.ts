import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatBallotsCsv } from '../../../shared/csv/ballots-csv';
import type { Ballot } from '../../../shared/domain/ballot';
import { defaultElection } from '../../../src-main/core/default-election';
import { recount } from '../../../src-renderer/recount/recount';

const bytes = (s: string) => new TextEncoder().encode(s);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const E = defaultElection;
const ballot = (n: number, ranking: string[], section = 'FR'): Ballot => ({
  id: n.toString(16).padStart(32, '0'),
  election: E.id,
  section,
  ranking,
});

function folder(ballots: Ballot[], csvText?: string) {
  const csv = bytes(csvText ?? formatBallotsCsv(ballots, E.options.length));
  const manifest = bytes(
    JSON.stringify({ election: E, files: [{ name: 'ballots.csv', sha256: sha(csv) }] }),
  );
  return new Map([
    ['ballots.csv', csv],
    ['manifest.json', manifest],
  ]);
}

const [A, B] = E.options.map((o) => o.id) as [string, string];

describe('recount of an export folder in the browser', () => {
  it('counts as the tally does, per section, and gives both files’ SHA-256', async () => {
    const files = folder([ballot(1, [A, B]), ballot(2, [B]), ballot(3, [], 'BE')]);
    const r = await recount(files);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect([r.tally.ballots, r.tally.blank]).toEqual([3, 1]);
    expect(r.tally.bySection.FR?.firstChoices[A]).toBe(1);
    expect(r.hashes.map((h) => h.sha256)).toEqual([
      sha(files.get('ballots.csv') as Uint8Array),
      sha(files.get('manifest.json') as Uint8Array),
    ]);
  });

  it('counts a ballot repeated with the same contents once and refuses other contents', async () => {
    const same = folder([ballot(1, [A]), ballot(1, [A]), ballot(2, [B])]);
    const r = await recount(same);
    expect(r.ok && [r.tally.ballots, r.duplicates]).toEqual([2, 1]);
    const other = await recount(folder([ballot(1, [A]), ballot(1, [B])]));
    expect(other).toEqual({ ok: false, problem: { kind: 'conflict', id: ballot(1, []).id } });
  });

  it('names what is missing or wrong, and counts nothing', async () => {
    const files = folder([ballot(1, [A])]);
    expect(
      await recount(
        new Map([['manifest.json', files.get('manifest.json') as Uint8Array<ArrayBuffer>]]),
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'missing-ballots' },
    });
    expect(
      await recount(
        new Map([['ballots.csv', files.get('ballots.csv') as Uint8Array<ArrayBuffer>]]),
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'missing-manifest' },
    });
    const broken = new Map(files).set('manifest.json', bytes('{"election":'));
    expect(await recount(broken)).toMatchObject({ ok: false, problem: { kind: 'bad-manifest' } });
    const changed = new Map(files).set(
      'ballots.csv',
      bytes(`${new TextDecoder().decode(files.get('ballots.csv'))}\n`),
    );
    expect(await recount(changed)).toMatchObject({ ok: false, problem: { kind: 'hash-mismatch' } });
  });

  it('gives the reader’s errors with their lines', async () => {
    const good = formatBallotsCsv([ballot(1, [A])], E.options.length);
    const bad = good.replace(A, 'not-an-option');
    const r = await recount(folder([], bad));
    expect(r).toMatchObject({
      ok: false,
      problem: { kind: 'csv', errors: [{ line: 2, code: 'unknown-option' }] },
    });
  });
});
