/**
 * Merging ballots from other kiosks into the real ballot log: all of them or none, under the
 * shared rule for a repeated ballot id (shared/domain/ballot.ts `repeatedBallot`): the same
 * content again counts once, other content under a known id refuses the whole merge.
 */
import { ApiError } from '../../../shared/api';
import { repeatedBallot, type Ballot } from '../../../shared/domain/ballot';
import type { BallotSet } from '../ballot-set';
import { toApiError } from '../storage-errors';
import type { Mark } from '../seal';

export interface MergeReport {
  added: number;
  alreadyPresent: number;
}

/** @param seal told the set's mark before the new ballots are written (box/seal.ts) */
export function mergeBallots(
  set: BallotSet,
  ballots: readonly Ballot[],
  seal: (mark: Mark, report: MergeReport) => void = () => {},
): MergeReport {
  const fresh = new Map<string, Ballot>();
  let alreadyPresent = 0;
  for (const b of ballots) {
    const stored = set.lineOf(b.id);
    const known = fresh.get(b.id) ?? (stored === undefined ? undefined : storedBallot(stored));
    if (known === undefined) {
      fresh.set(b.id, b);
      continue;
    }
    if (repeatedBallot(known, b) === 'conflict')
      throw new ApiError('import-invalid', `Ballot ${b.id} already exists with other content.`, {
        ballot: b.id,
      });
    alreadyPresent++;
  }
  try {
    const added = [...fresh.values()];
    seal(set.markAfter(added), { added: added.length, alreadyPresent });
    set.append(added);
  } catch (e) {
    toApiError(e);
  }
  return { added: fresh.size, alreadyPresent };
}

const storedBallot = (line: string): Ballot => JSON.parse(line) as Ballot;
