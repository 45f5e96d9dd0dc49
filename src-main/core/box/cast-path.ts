/**
 * Casting a ballot: the checks (vote accepting, ranking, code, section), the retry rule (the
 * same ballot id again is answered `duplicate`, other content under it is refused), and the
 * durable step that records the ballot and burns its code together through the cast journal.
 */
import { ApiError } from '../../../shared/api';
import { ballotLine, rankingProblem, type Ballot } from '../../../shared/domain/ballot';
import type { Election } from '../../../shared/domain/election';
import type { BallotSet } from '../ballot-set';
import type { CastJournal } from '../cast-journal';
import { toApiError } from '../storage-errors';
import type { CodeBook } from './code-book';
import type { SealKeeper } from './seal-keeper';

export interface CastRequest {
  ballotId: string;
  ranking: string[];
  section?: string | undefined;
  code?: string | undefined;
}

/** What the box is at the moment of a cast. */
export interface CastContext {
  election: Election;
  accepting: boolean;
  /** Test ballots (before opening): no codes, a set of their own. */
  testing: boolean;
  set: BallotSet;
  kioskSection: string;
}

export class CastPath {
  constructor(
    private readonly journal: CastJournal,
    private readonly seal: SealKeeper,
    private readonly codes: CodeBook,
    /**
     * Runs the flush of a cast's data once the voter is answered (setImmediate in the app).
     * Until then the journal holds the cast; the next write of the journal flushes it first.
     */
    private readonly later: (work: () => void) => void = (work) => void setImmediate(work),
  ) {}

  /** After the answer: the cast's data flushed, the journal emptied. */
  private settleLater(): void {
    this.later(() => {
      try {
        this.journal.settle();
      } catch (e) {
        // The journal keeps the cast (replayed at the next opening); the next cast or step
        // tries the flush again and is refused if it still fails.
        console.error('deferred flush failed', e);
      }
    });
  }

  /** Finish a cast that a crash interrupted between its journal entry and its last write. */
  replay(real: BallotSet, test: BallotSet): void {
    const intent = this.journal.pending();
    if (intent) {
      const set = intent.test ? test : real;
      if (!set.has(intent.ballot.id)) set.append([intent.ballot]);
      if (intent.codeHash) this.codes.burn(intent.codeHash);
    }
    this.journal.clear();
  }

  cast(ctx: CastContext, req: CastRequest): { recorded: true; duplicate: boolean } {
    if (!ctx.accepting) throw new ApiError('vote-not-open', 'The vote is not open.');
    const { set, election: e, testing } = ctx;

    const problem = rankingProblem(e, req.ranking);
    if (problem)
      throw new ApiError('invalid-ranking', `Invalid ranking: ${problem.kind}`, { ...problem });

    const useCodes = e.eligibility === 'codes' && !testing;
    let code: { section: string; hash: string } | null = null;
    const existing = set.lineOf(req.ballotId);
    if (useCodes && existing === undefined) {
      if (!req.code) throw new ApiError('code-required', 'A voting code is required.');
      code = this.codes.check(req.code);
    }
    const section = code?.section ?? req.section ?? ctx.kioskSection;
    if (!e.sections.some((s) => s.id === section))
      throw new ApiError('unknown-section', `Unknown section ${section}`, { section });
    const ballot: Ballot = { id: req.ballotId, election: e.id, section, ranking: [...req.ranking] };

    if (existing !== undefined) {
      // A kiosk retrying after a lost answer: the same ballot is recorded once. With codes the
      // stored section came from the (now burned) code, so only the ranking is compared.
      const stored = JSON.parse(existing) as Ballot;
      const again = ballotLine(useCodes ? { ...ballot, section: stored.section } : ballot);
      if (existing === again) return { recorded: true, duplicate: true };
      throw new ApiError(
        'ballot-id-conflict',
        'This ballot id was already used for another ballot.',
      );
    }

    try {
      if (code) this.castWithCode(set, ballot, code.hash);
      else {
        const part = testing ? 'testBallots' : 'ballots';
        this.seal.cast(
          { ballot, ...(testing ? { test: true as const } : {}) },
          { [part]: set.markAfter([ballot]) },
        );
        try {
          // Durable already through the journal: flushed after the answer (journal.defer).
          set.stage([ballot], false).commit();
        } catch (e) {
          this.seal.settle();
          throw e;
        }
        this.journal.defer(() => set.flush());
        this.settleLater();
      }
    } catch (err) {
      toApiError(err);
    }
    return { recorded: true, duplicate: false };
  }

  private castWithCode(set: BallotSet, ballot: Ballot, codeHash: string): void {
    this.seal.cast(
      { ballot, codeHash },
      { ballots: set.markAfter([ballot]), burned: this.codes.burnedMarkAfter(codeHash) },
    );
    let staged: ReturnType<BallotSet['stage']> | null = null;
    try {
      // Both durable already through the journal: flushed after the answer (journal.defer).
      staged = set.stage([ballot], false);
      this.codes.burn(codeHash, false);
    } catch (e) {
      // The voter is told the vote did not count: neither half may come back on a replay.
      staged?.undo();
      this.seal.settle();
      throw e;
    }
    staged.commit();
    this.journal.defer(() => {
      set.flush();
      this.codes.flush();
    });
    this.settleLater();
  }
}
