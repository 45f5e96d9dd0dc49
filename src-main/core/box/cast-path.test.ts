import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Election } from '../../../shared/domain/election';
import { ballotId, OPTIONS, readSlots, tempDir } from '../../../test/fault/support/box-fixture';
import { apiErrorCode } from '../../../test/unit/support/api-errors';
import { BallotSet } from '../ballot-set';
import { CastJournal } from '../cast-journal';
import { defaultElection } from '../default-election';
import { CastPath, type CastContext } from './cast-path';
import { CodeBook } from './code-book';
import { DataFolder } from './data-folder';
import { EMPTY_MARK } from '../seal';
import { SealKeeper } from './seal-keeper';

/** A cast path over its own journal and a seal of what the set and the codes hold. */
function castPath(folder: DataFolder, codes: CodeBook, set: BallotSet) {
  const journal = new CastJournal(folder.file('journal'));
  const seal = new SealKeeper(
    journal,
    () => ({
      state: EMPTY_MARK,
      settings: EMPTY_MARK,
      ballots: set.mark,
      testBallots: EMPTY_MARK,
      burned: codes.burnedMark,
      codes: EMPTY_MARK,
      audit: EMPTY_MARK,
    }),
    folder.dir,
  );
  return { path: new CastPath(journal, seal, codes), journal, seal };
}

const withCodes: Election = { ...defaultElection, eligibility: 'codes' };

function setup(election: Election = withCodes) {
  const folder = new DataFolder(tempDir());
  const codes = new CodeBook(folder, (n) => randomBytes(n));
  const set = new BallotSet(folder.file('ballots'), 1);
  const { path, journal } = castPath(folder, codes, set);
  const ctx: CastContext = { election, accepting: true, testing: false, set, kioskSection: 'BE' };
  const close = () => [set, codes, journal].forEach((c) => c.close());
  return { folder, codes, set, path, ctx, close };
}

describe('CastPath', () => {
  it('records a ballot in its code’s section and burns the code, once', () => {
    const t = setup();
    const [code] = t.codes.generate('FR', 1) as [string];
    const req = { ballotId: ballotId(), ranking: [OPTIONS[0] as string], code };
    expect(t.path.cast(t.ctx, req)).toEqual({ recorded: true, duplicate: false });
    expect(t.set.countBySection()).toEqual({ FR: 1 });
    expect(t.codes.used).toBe(1);
    // The retry after a lost answer: same id, same ranking, the code already burned.
    expect(t.path.cast(t.ctx, req)).toEqual({ recorded: true, duplicate: true });
    expect(
      apiErrorCode(() => t.path.cast(t.ctx, { ...req, ranking: [OPTIONS[1] as string] })),
    ).toBe('ballot-id-conflict');
    expect(apiErrorCode(() => t.path.cast(t.ctx, { ...req, ballotId: ballotId() }))).toBe(
      'code-used',
    );
    t.close();
  });

  it('refuses before writing anything when the vote is closed, the ranking bad or the code missing', () => {
    const t = setup();
    const req = { ballotId: ballotId(), ranking: [OPTIONS[0] as string] };
    expect(apiErrorCode(() => t.path.cast({ ...t.ctx, accepting: false }, req))).toBe(
      'vote-not-open',
    );
    expect(apiErrorCode(() => t.path.cast(t.ctx, { ...req, ranking: ['nope'] }))).toBe(
      'invalid-ranking',
    );
    expect(apiErrorCode(() => t.path.cast(t.ctx, req))).toBe('code-required');
    expect(t.set.size).toBe(0);
    t.close();
  });

  it('uses the kiosk’s section without codes', () => {
    const t = setup(defaultElection);
    t.path.cast(t.ctx, { ballotId: ballotId(), ranking: [] });
    expect(t.set.countBySection()).toEqual({ BE: 1 });
    t.close();
  });

  it('replays a journal left by a crash: the ballot and the burn, each once', () => {
    const t = setup();
    const [code] = t.codes.generate('FR', 1) as [string];
    const { hash } = t.codes.check(code);
    const ballot = { id: ballotId(), election: withCodes.id, section: 'FR', ranking: [] };
    t.close();
    const journal = new CastJournal(t.folder.file('journal'));
    journal.write({ ballot, codeHash: hash });
    journal.close();
    for (let i = 0; i < 2; i++) {
      const codes = new CodeBook(t.folder, (n) => randomBytes(n));
      const set = new BallotSet(t.folder.file('ballots'), 1);
      const replaying = castPath(t.folder, codes, set);
      replaying.path.replay(set, new BallotSet(t.folder.file('testBallots'), 1));
      replaying.journal.close();
      expect([set.size, codes.used]).toEqual([1, 1]);
      set.close();
      codes.close();
    }
    expect(readSlots(t.folder.file('ballots'))).toHaveLength(1);
  });
});
