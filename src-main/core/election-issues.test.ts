import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { ElectionSchema, type Election } from '../../shared/domain/election';
import { boxDeps, tempDir } from '../../test/fault/support/box-fixture';
import { BallotBox } from './ballot-box';
import { defaultElection } from './default-election';
import { electionIssues } from './election-issues';

/** A copy of the embedded election as plain JSON, to break on purpose. */
const base = (): Record<string, unknown> & Election =>
  JSON.parse(JSON.stringify(defaultElection)) as Record<string, unknown> & Election;

const issuesOf = (input: unknown) => {
  const r = ElectionSchema.safeParse(input);
  if (r.success) throw new Error('expected an invalid election');
  return electionIssues(r.error.issues, input).map(({ path, code, params }) => ({
    path,
    code,
    ...(params ? { params } : {}),
  }));
};

describe('electionIssues', () => {
  it('maps each kind of schema complaint to a catalog code with its parameters', () => {
    const e = base();
    e.id = 'Bad Id';
    e.title.fr = '';
    (e as Record<string, unknown>).question = 3;
    delete (e as Partial<Election>).method;
    (e as Record<string, unknown>).extra = 1;
    (e as Record<string, unknown>).eligibility = 'anyone';
    e.rules.minRanked = 1.5;
    e.results.batchSize = 5000;
    e.kiosk.inactivitySeconds = 2;
    (e.sections[0] as { id: string }).id = 'fr';
    (e.sections[0] as { name: { fr: string } }).name.fr = 'x'.repeat(81);
    (e as Record<string, unknown>).context = 'texte';
    (e.rules as Record<string, unknown>).allowBlank = 'yes';
    expect(issuesOf(e)).toEqual([
      { path: 'id', code: 'election.bad-slug' },
      { path: 'title.fr', code: 'election.text-empty' },
      { path: 'question', code: 'election.expected-object' },
      { path: 'context', code: 'election.expected-array' },
      { path: 'sections.0.id', code: 'election.bad-section-id' },
      { path: 'sections.0.name.fr', code: 'election.text-too-long', params: { max: 80 } },
      {
        path: 'eligibility',
        code: 'election.not-one-of',
        params: { values: 'open, codes' },
      },
      { path: 'rules.minRanked', code: 'election.expected-integer' },
      { path: 'rules.allowBlank', code: 'election.expected-boolean' },
      { path: 'results.batchSize', code: 'election.number-too-big', params: { max: 1000 } },
      { path: 'kiosk.inactivitySeconds', code: 'election.number-too-small', params: { min: 15 } },
      { path: 'method', code: 'election.required' },
      { path: '(root)', code: 'election.unknown-keys', params: { keys: 'extra', count: 1 } },
    ]);
  });

  it('says "missing" for an absent key, whatever zod calls it', () => {
    const e = base();
    delete (e as Partial<Election>).title;
    delete (e.kiosk as Partial<Election['kiosk']>).shuffleOptions;
    expect(issuesOf(e)).toEqual([
      { path: 'title', code: 'election.required' },
      { path: 'kiosk.shuffleOptions', code: 'election.required' },
    ]);
  });

  it('recognises the schema’s own checks: duplicate ids and minRanked', () => {
    const e = base();
    const first = e.options[0] as Election['options'][number];
    e.options[1] = { ...(e.options[1] as Election['options'][number]), id: first.id };
    e.sections.push({ ...(e.sections[0] as Election['sections'][number]) });
    e.rules.minRanked = 9;
    expect(issuesOf(e)).toEqual([
      { path: 'options', code: 'election.duplicate-option-id', params: { id: first.id } },
      {
        path: 'sections',
        code: 'election.duplicate-section-id',
        params: { id: (e.sections[0] as { id: string }).id },
      },
      {
        path: 'rules.minRanked',
        code: 'election.min-ranked-too-big',
        params: { max: e.options.length },
      },
    ]);
  });

  it('recognises the tie-break checks: a rule listed twice, the draw by lot not last', () => {
    const twice = { ...base(), tieBreak: ['head-to-head', 'head-to-head'] as Election['tieBreak'] };
    expect(issuesOf(twice)).toEqual([
      { path: 'tieBreak', code: 'election.duplicate-tie-break', params: { rule: 'head-to-head' } },
    ]);
    const lotFirst = { ...base(), tieBreak: ['lot', 'first-choices'] as Election['tieBreak'] };
    expect(issuesOf(lotFirst)).toEqual([{ path: 'tieBreak', code: 'election.lot-not-last' }]);
    const fine = { ...base(), tieBreak: ['first-choices', 'head-to-head', 'lot'] };
    expect(ElectionSchema.safeParse(fine).success).toBe(true);
  });

  it('counts array sizes and text minimums', () => {
    const e = base();
    e.options = e.options.slice(0, 1);
    e.sections = [];
    expect(issuesOf(e)).toEqual([
      { path: 'options', code: 'election.too-few-items', params: { min: 2 } },
      { path: 'sections', code: 'election.too-few-items', params: { min: 1 } },
    ]);
    expect(issuesOf([])).toEqual([{ path: '(root)', code: 'election.expected-object' }]);
  });

  it('keeps zod’s English message for the logs', () => {
    const e = base();
    e.id = 'Bad Id';
    const r = ElectionSchema.safeParse(e);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(electionIssues(r.error.issues, e)[0]?.message).toBe(
        'lowercase letters, digits and dashes',
      );
  });
});

describe('BallotBox.loadElection', () => {
  const boxes: BallotBox[] = [];
  afterEach(() => {
    for (const b of boxes.splice(0)) b.shutdown();
  });
  const fail = (json: string): ApiError => {
    const box = new BallotBox(boxDeps(tempDir()));
    boxes.push(box);
    try {
      box.loadElection(json);
    } catch (e) {
      if (e instanceof ApiError) return e;
      throw e;
    }
    throw new Error('expected loadElection to fail');
  };

  it('sends coded issues for an invalid election and for a file that is not JSON', () => {
    const e = base();
    const dupId = (e.options[0] as Election['options'][number]).id;
    e.options[1] = { ...(e.options[1] as Election['options'][number]), id: dupId };
    const invalid = fail(JSON.stringify(e));
    expect(invalid.code).toBe('election-invalid');
    expect(invalid.issues).toEqual([
      {
        path: 'options',
        message: `duplicate option id "${dupId}"`,
        code: 'election.duplicate-option-id',
        params: { id: dupId },
      },
    ]);
    const notJson = fail('{ "id": ');
    expect(notJson.issues?.[0]).toMatchObject({
      path: '(file)',
      code: 'election.not-json',
    });
    expect(notJson.issues?.[0]?.params?.reason).toBeTypeOf('string');
  });
});
