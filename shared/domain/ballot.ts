import { z } from 'zod';
import { SectionIdSchema, SlugSchema, type Election } from './election';

/** 128 random bits in lowercase hex: the only identifier a ballot has. */
export const BallotIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '32 lowercase hex digits');

/**
 * A ballot: no time, no code, no kiosk, no sequence number. The ranking lists option ids best
 * first; it may be partial, or empty for a blank ballot.
 */
export const BallotSchema = z.strictObject({
  id: BallotIdSchema,
  election: SlugSchema,
  section: SectionIdSchema,
  ranking: z.array(SlugSchema).max(20),
});
export type Ballot = z.infer<typeof BallotSchema>;

export type RankingProblem =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'duplicate-option'; option: string }
  | { kind: 'too-few'; min: number; got: number }
  | { kind: 'blank-not-allowed' }
  | { kind: 'unknown-section'; section: string }
  | { kind: 'wrong-election'; election: string };

/** Checks a ranking against the election's options and rules; null when it is valid. */
export function rankingProblem(
  election: Election,
  ranking: readonly string[],
): RankingProblem | null {
  const ids = new Set(election.options.map((o) => o.id));
  const seen = new Set<string>();
  for (const r of ranking) {
    if (!ids.has(r)) return { kind: 'unknown-option', option: r };
    if (seen.has(r)) return { kind: 'duplicate-option', option: r };
    seen.add(r);
  }
  if (ranking.length === 0) return election.rules.allowBlank ? null : { kind: 'blank-not-allowed' };
  if (ranking.length < election.rules.minRanked)
    return { kind: 'too-few', min: election.rules.minRanked, got: ranking.length };
  return null;
}

export function ballotProblem(election: Election, ballot: Ballot): RankingProblem | null {
  if (ballot.election !== election.id) return { kind: 'wrong-election', election: ballot.election };
  if (!election.sections.some((s) => s.id === ballot.section))
    return { kind: 'unknown-section', section: ballot.section };
  return rankingProblem(election, ballot.ranking);
}
