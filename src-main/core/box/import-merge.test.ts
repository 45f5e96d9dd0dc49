import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import type { Ballot } from '../../../shared/domain/ballot';
import { ballotId, OPTIONS, tempDir } from '../../../test/fault/support/box-fixture';
import { BallotSet } from '../ballot-set';
import { mergeBallots } from './import-merge';

const ballot = (ranking = [OPTIONS[0] as string], id = ballotId()): Ballot => ({
  id,
  election: 'sip-2020-2021',
  section: 'FR',
  ranking,
});

describe('mergeBallots', () => {
  it('adds new ballots once, counting the same ballot again as already present', () => {
    const file = path.join(tempDir(), 'ballots.jsonl');
    const set = new BallotSet(file, 1);
    const known = ballot();
    set.append([known]);
    const fresh = ballot([]);
    expect(mergeBallots(set, [known, fresh, fresh, ballot()])).toEqual({
      added: 2,
      alreadyPresent: 2,
    });
    expect(set.size).toBe(3);
    set.close();
  });

  it('refuses the whole merge for a known id with other content, writing nothing', () => {
    const file = path.join(tempDir(), 'ballots.jsonl');
    const set = new BallotSet(file, 1);
    const known = ballot();
    set.append([known]);
    const bytes = fs.statSync(file).size;
    for (const batch of [
      [ballot(), { ...known, ranking: [OPTIONS[1] as string] }],
      [ballot(), ...((b) => [b, { ...b, section: 'BE' }])(ballot())],
    ]) {
      expect(() => mergeBallots(set, batch)).toThrow(ApiError);
      expect(fs.statSync(file).size).toBe(bytes);
    }
    expect(set.size).toBe(1);
    set.close();
  });
});
