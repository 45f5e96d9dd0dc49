/**
 * An app kiosk's outbox as a ballots file the hub's « Importer » takes (the same CSV as an
 * export folder's ballots.csv). For the ballots a kiosk still held when the hub closed (the
 * hub no longer takes them over the link): staff save this file on the kiosk and import it at
 * the hub, where ballots already received count once (an import is idempotent) and the others
 * join the box. Every ballot of the file is written, sent or not: the kiosk keeps no record of
 * which were acknowledged. Rows are shuffled: the outbox is in casting order, a file that
 * leaves the kiosk must not be.
 */
import { randomInt } from 'node:crypto';
import { formatBallotsCsv } from '../../../shared/csv/ballots-csv';
import { asBallotRecord, type Ballot } from '../../../shared/domain/ballot';
import { shuffled } from '../../../shared/random';
import type { OutgoingBallot } from './outbox';

export interface OutboxExport {
  csv: string;
  ballots: number;
  /** Records that could not be read: not in the file, left in the outbox. */
  unreadable: number;
}

/** The election the kiosk last heard from the hub: its id and how many options it has. */
export interface ElectionShape {
  id: string;
  options: readonly unknown[];
}

/** `records`: the outbox's records as stored (Outbox.records()), in whatever order. */
export function exportOutbox(records: readonly string[], election: ElectionShape): OutboxExport {
  const byId = new Map<string, Ballot>();
  let unreadable = 0;
  for (const text of records) {
    let ballot: Ballot | null = null;
    try {
      const b = JSON.parse(text) as Partial<OutgoingBallot>;
      ballot = asBallotRecord({
        id: b.ballotId,
        election: election.id,
        section: b.section,
        ranking: b.ranking,
      });
    } catch {
      // counted below
    }
    if (ballot) byId.set(ballot.id, ballot);
    else unreadable++;
  }
  const ballots = shuffled([...byId.values()], (n) => randomInt(n));
  return {
    csv: formatBallotsCsv(ballots, election.options.length),
    ballots: ballots.length,
    unreadable,
  };
}
