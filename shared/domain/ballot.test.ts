import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asBallotRecord, ballotProblem, rankingProblem, type Ballot } from './ballot';
import { ElectionSchema, type Election } from './election';

const repo = path.resolve(import.meta.dirname, '../..');
const base = ElectionSchema.parse(
  JSON.parse(fs.readFileSync(path.join(repo, 'assets/default-election.json'), 'utf8')),
);
const withRules = (minRanked: number, allowBlank: boolean): Election => ({
  ...base,
  rules: { minRanked, allowBlank },
});

describe('rankingProblem', () => {
  it('accepts partial rankings down to the minimum', () => {
    expect(rankingProblem(withRules(2, false), ['accompagnement', 'projet-politique'])).toBeNull();
    expect(rankingProblem(withRules(2, false), ['accompagnement'])).toEqual({
      kind: 'too-few',
      min: 2,
      got: 1,
    });
  });

  it('allows a blank ballot only when the election does', () => {
    expect(rankingProblem(withRules(4, true), [])).toBeNull();
    expect(rankingProblem(withRules(4, false), [])).toEqual({ kind: 'blank-not-allowed' });
  });

  it('refuses unknown and repeated options', () => {
    expect(rankingProblem(base, ['nope'])).toEqual({ kind: 'unknown-option', option: 'nope' });
    expect(rankingProblem(base, ['accompagnement', 'accompagnement'])).toEqual({
      kind: 'duplicate-option',
      option: 'accompagnement',
    });
  });

  it('checks the election and the section of a whole ballot', () => {
    const b = { id: 'a'.repeat(32), election: base.id, section: 'FR', ranking: ['accompagnement'] };
    expect(ballotProblem(base, b)).toBeNull();
    expect(ballotProblem(base, { ...b, election: 'other' })).toEqual({
      kind: 'wrong-election',
      election: 'other',
    });
    expect(ballotProblem(base, { ...b, section: 'DE' })).toEqual({
      kind: 'unknown-section',
      section: 'DE',
    });
  });
});

const ballot = (): Ballot => ({
  id: 'a'.repeat(32),
  election: 'sip-2020-2021',
  section: 'FR',
  ranking: ['accompagnement'],
});

describe('asBallotRecord', () => {
  it('accepts exactly the four ballot fields', () => {
    const b = ballot();
    expect(asBallotRecord(b)).toEqual(b);
    expect(asBallotRecord({ ...b, at: '2021-03-20T10:00:00Z' })).toBeNull();
    expect(asBallotRecord({ ...b, id: 'ABC' })).toBeNull();
    expect(asBallotRecord({ ...b, ranking: [1] })).toBeNull();
    expect(asBallotRecord([b])).toBeNull();
    expect(asBallotRecord(null)).toBeNull();
  });
});
