import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicResults, ResultView } from '../../shared/api';
import type { Election } from '../../shared/domain/election';
import { tally } from '../../shared/tally';
import type { RankingGroup } from '../../shared/tally/types';
import { BallotSet } from './ballot-set';
import { defaultElection } from './default-election';
import { ALL, buildPublicResults, type PublicResultsInput } from './public-results';

const OPTS = defaultElection.options.map((o) => o.id);
const [A, B, C, D] = OPTS as [string, string, string, string];

const election = (results: Partial<Election['results']> = {}): Election => ({
  ...defaultElection,
  results: { ...defaultElection.results, policy: 'live', batchSize: 5, minBallots: 5, ...results },
});

const input = (p: Partial<PublicResultsInput> = {}): PublicResultsInput => ({
  election: election(),
  status: 'open',
  testMode: false,
  revealed: false,
  entitled: {},
  groupsBySection: {},
  ...p,
});

const viewOf = (r: PublicResults, id: string): ResultView => {
  const v = r.views.find((x) => x.view === id);
  if (!v) throw new Error(`no view ${id}`);
  return v;
};

const g = (count: number, ...ranking: string[]): RankingGroup => ({ ranking, count });

describe('buildPublicResults', () => {
  it('gives one view for the combined ballots and one per section, in the election order', () => {
    const r = buildPublicResults(input({ groupsBySection: { FR: [g(5, A, B)], BE: [g(6, B)] } }));
    expect(r.views.map((v) => v.view)).toEqual([ALL, ...defaultElection.sections.map((s) => s.id)]);
    expect(r.released).toBe(11);
    expect(viewOf(r, ALL).ballots).toBe(11);
  });

  it('counts the combined view from the pooled ballots', () => {
    const groups = { FR: [g(5, A, B, C, D)], BE: [g(3, B, A, C, D), g(3, C, B, A, D)] };
    const r = buildPublicResults(input({ groupsBySection: groups }));
    const pooled = tally(OPTS, [...groups.FR, ...groups.BE], 'borda');
    expect(viewOf(r, ALL).tally?.borda).toEqual(pooled.borda);
    expect(viewOf(r, ALL).tally?.primaryOrder).toEqual(pooled.primaryOrder);
    expect(viewOf(r, 'BE').tally?.borda).toEqual(tally(OPTS, groups.BE, 'borda').borda);
  });

  it('hides a section below the threshold and shows it from the threshold on', () => {
    const four = buildPublicResults(input({ groupsBySection: { FR: [g(4, A)] } }));
    expect(viewOf(four, 'FR')).toMatchObject({
      ballots: 4,
      hidden: 'below-threshold',
      tally: null,
    });
    const five = buildPublicResults(input({ groupsBySection: { FR: [g(5, A)] } }));
    expect(viewOf(five, 'FR').hidden).toBeNull();
    expect(viewOf(five, 'FR').tally?.firstChoices[A]).toBe(5);
  });

  it('says "no ballots" for an empty view rather than "below the threshold"', () => {
    const r = buildPublicResults(input({ groupsBySection: { FR: [g(5, A)] } }));
    expect(viewOf(r, 'BE')).toMatchObject({ ballots: 0, hidden: 'no-ballots', tally: null });
  });

  it('hides the combined view while a non-empty section is below the threshold', () => {
    const r = buildPublicResults(input({ groupsBySection: { FR: [g(20, A, B)], BE: [g(2, B)] } }));
    expect(viewOf(r, 'FR').hidden).toBeNull();
    expect(viewOf(r, 'BE').hidden).toBe('below-threshold');
    // Combined minus France would be Belgium's two ballots.
    expect(viewOf(r, ALL)).toMatchObject({ ballots: 22, hidden: 'below-threshold', tally: null });
  });

  it('shows the combined view when the only small section has no ballot at all', () => {
    const r = buildPublicResults(input({ groupsBySection: { FR: [g(7, A, B)] } }));
    expect(viewOf(r, ALL).hidden).toBeNull();
    expect(viewOf(r, ALL).tally?.ballots).toBe(7);
  });

  it('withholds the blank count of a hidden view, since blanks are choices too', () => {
    const r = buildPublicResults(
      input({
        groupsBySection: { FR: [g(10, A), g(2)], BE: [g(3)] },
        status: 'closed',
        revealed: true,
      }),
    );
    expect(viewOf(r, 'BE')).toMatchObject({ ballots: 3, blank: 0, tally: null });
    expect(viewOf(r, ALL)).toMatchObject({ ballots: 15, blank: 0, tally: null });
    expect(viewOf(r, 'FR')).toMatchObject({ ballots: 12, blank: 2 });
  });

  it('under "hidden until close" shows participation only, until staff reveal', () => {
    const groups = { FR: [g(10, A, B)], BE: [g(5, B, A)] };
    const e = election({ policy: 'hidden' });
    const before = buildPublicResults(input({ election: e, groupsBySection: groups }));
    for (const v of before.views) {
      expect(v.hidden).toBe('hidden-until-close');
      expect(v.tally).toBeNull();
      expect(v.blank).toBe(0);
    }
    expect(viewOf(before, ALL).ballots).toBe(15);
    const after = buildPublicResults(
      input({ election: e, groupsBySection: groups, status: 'closed', revealed: true }),
    );
    expect(after.revealed).toBe(true);
    expect(after.views.every((v) => v.hidden === null && v.tally !== null)).toBe(true);
  });

  it('still applies the threshold after a reveal', () => {
    const r = buildPublicResults(
      input({
        election: election({ policy: 'hidden' }),
        groupsBySection: { FR: [g(9, A)], BE: [g(1, B)] },
        revealed: true,
        status: 'closed',
      }),
    );
    expect(viewOf(r, 'BE').hidden).toBe('below-threshold');
    expect(viewOf(r, ALL).hidden).toBe('below-threshold');
  });

  it('gives the entitled count of a section, and of the combined view only when every section has one', () => {
    const groups = { FR: [g(5, A)], BE: [g(5, B)] };
    const partial = buildPublicResults(input({ groupsBySection: groups, entitled: { FR: 40 } }));
    expect(viewOf(partial, 'FR').entitled).toBe(40);
    expect(viewOf(partial, 'BE').entitled).toBeNull();
    expect(viewOf(partial, ALL).entitled).toBeNull();
    const full = buildPublicResults(
      input({ groupsBySection: groups, entitled: { FR: 40, BE: 60 } }),
    );
    expect(viewOf(full, ALL).entitled).toBe(100);
  });

  it('marks ballots shown before the opening as test ballots, even with test mode off', () => {
    const r = buildPublicResults(
      input({ status: 'preparation', testMode: false, groupsBySection: { FR: [g(5, A)] } }),
    );
    expect(r.testMode).toBe(true);
    const empty = buildPublicResults(input({ status: 'preparation', testMode: false }));
    expect(empty.testMode).toBe(false);
  });

  it('uses the election method as the primary order', () => {
    const r = buildPublicResults(
      input({
        election: { ...election(), method: 'copeland' },
        groupsBySection: { FR: [g(3, A, B, C, D), g(2, B, C, D, A)] },
      }),
    );
    expect(viewOf(r, 'FR').tally?.primary).toBe('copeland');
  });
});

describe('released batches, through the ballot set', () => {
  let dir = '';
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const publish = (set: BallotSet, status: 'open' | 'closed' = 'open', revealed = false) =>
    buildPublicResults(
      input({
        status,
        revealed,
        groupsBySection: Object.fromEntries(
          defaultElection.sections.map((s) => [s.id, set.groups(s.id, 'released')]),
        ),
      }),
    );

  let n = 0;
  const ballot = (section: string, ...ranking: string[]) => ({
    id: (++n).toString(16).padStart(32, '0'),
    election: defaultElection.id,
    section,
    ranking,
  });

  it('changes the slide only every fifth ballot of a section, and releases the rest at the reveal', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'public-results-'));
    const set = new BallotSet(path.join(dir, 'ballots.jsonl'), 5);
    const slides: string[] = [];
    for (let k = 0; k < 4; k++) {
      set.append([ballot('FR', A, B, C, D)]);
      slides.push(JSON.stringify(publish(set)));
    }
    set.append([ballot('FR', B, A, C, D)]);
    for (let k = 0; k < 4; k++) set.append([ballot('FR', C, A, B, D)]);
    slides.push(JSON.stringify(publish(set)));
    // The slide trails the box by one whole batch: nine ballots still show nothing.
    expect(new Set(slides).size).toBe(1);
    expect(publish(set).released).toBe(0);
    set.append([ballot('FR', C, A, B, D)]);
    const tenth = publish(set);
    expect(tenth.released).toBe(5);
    expect(viewOf(tenth, 'FR').tally?.firstChoices).toMatchObject({ [A]: 4, [B]: 1 });

    // Belgium's first four ballots move neither Belgium's count nor the combined one.
    for (let k = 0; k < 4; k++) set.append([ballot('BE', C, A, B, D)]);
    expect(JSON.stringify(publish(set))).toBe(JSON.stringify(tenth));

    set.releaseAll();
    const closed = publish(set, 'closed', true);
    expect(closed.released).toBe(14);
    expect(viewOf(closed, 'BE')).toMatchObject({ ballots: 4, hidden: 'below-threshold' });
    expect(viewOf(closed, ALL)).toMatchObject({ ballots: 14, hidden: 'below-threshold' });
    set.close();
  });
});
