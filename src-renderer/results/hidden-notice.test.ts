import { describe, expect, it } from 'vitest';
import type { PublicResults, ResultView } from '../../shared/api';
import defaultElection from '../../assets/default-election.json';
import { ElectionSchema } from '../../shared/domain/election';
import { firstShown, messageOf } from './hidden-notice';

const election = ElectionSchema.parse(defaultElection);

const results = (
  status: PublicResults['status'],
  rules: Partial<PublicResults['election']['results']> = {},
  more: Partial<PublicResults> = {},
): PublicResults => ({
  election: { ...election, results: { ...election.results, ...rules } },
  status,
  testMode: false,
  released: 0,
  revealed: false,
  views: [],
  ...more,
});

const empty: ResultView = {
  view: 'BE',
  ballots: 0,
  blank: 0,
  entitled: null,
  hidden: 'no-ballots',
  tally: null,
};

describe('firstShown', () => {
  it('is the first batch at or above the threshold while the vote runs, the threshold at close', () => {
    const open = { batchSize: 10, minBallots: 5, policy: 'live' as const };
    expect(firstShown(results('open', open))).toBe(20);
    expect(firstShown(results('open', { ...open, batchSize: 3 }))).toBe(9);
    expect(firstShown(results('closed', open))).toBe(5);
  });
});

describe('messageOf', () => {
  it('never says "no ballots" while ballots may wait for their batch', () => {
    expect(messageOf(results('open'), empty)).toBe('below-threshold');
    expect(messageOf(results('preparation', {}, { testMode: true }), empty)).toBe(
      'below-threshold',
    );
  });

  it('says there are none when none can be waiting', () => {
    expect(messageOf(results('closed', {}, { revealed: true }), empty)).toBe('none');
    expect(messageOf(results('preparation'), empty)).toBe('none');
  });

  it('says the final results wait for the staff between the close and the reveal', () => {
    expect(messageOf(results('closed'), empty)).toBe('awaiting-reveal');
    expect(messageOf(results('closed', {}, { revealed: true }), empty)).toBe('none');
  });

  it('says results wait for the close under the hidden policy', () => {
    expect(messageOf(results('open', { policy: 'hidden' }), empty)).toBe('hidden-until-close');
  });
});
