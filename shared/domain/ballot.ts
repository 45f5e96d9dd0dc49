import { z } from 'zod';
import { SectionIdSchema, SlugSchema, type Election } from './election';

/** 128 random bits in lowercase hex: the only identifier a ballot has. */
export const BallotIdSchema = z.string().regex(/^[0-9a-f]{32}$/, '32 lowercase hex digits');

/** A ballot ranks at most this many options. */
export const MAX_RANKED = 20;

/**
 * A ballot: no time, no code, no kiosk, no sequence number. The ranking lists option ids best
 * first; it may be partial, or empty for a blank ballot.
 */
export const BallotSchema = z.strictObject({
  id: BallotIdSchema,
  election: SlugSchema,
  section: SectionIdSchema,
  ranking: z.array(SlugSchema).max(MAX_RANKED),
});
export type Ballot = z.infer<typeof BallotSchema>;

/** What a ballot says, without its id: two records with one id must agree on all of it. */
export interface BallotContent {
  readonly election: string;
  readonly section: string;
  readonly ranking: readonly string[];
}

// ------------------------------------------------------------------ fast paths
// BallotSchema written out for the hot loops (opening 100,000 records, reading a million CSV
// rows), where zod costs too much. ballot.properties.test.ts proves each equal to the schema.

const ID = /^[0-9a-f]{32}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const SECTION = /^[A-Z][A-Z0-9]{0,7}$/;

/** BallotSchema's verdict on a parsed JSON value, without zod: the ballot, or null. */
export function asBallotRecord(raw: unknown): Ballot | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const keys = Object.keys(r);
  if (keys.length !== 4) return null;
  const { id, election, section, ranking } = r;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof election !== 'string' || !SLUG.test(election)) return null;
  if (typeof section !== 'string' || !SECTION.test(section)) return null;
  if (!Array.isArray(ranking) || ranking.length > MAX_RANKED) return null;
  for (const o of ranking) if (typeof o !== 'string' || !SLUG.test(o)) return null;
  return { id, election, section, ranking: ranking as string[] };
}

/** text[from, to) is a ballot id (BallotIdSchema's test), without making a string. */
export function isBallotIdAt(text: string, from: number, to: number): boolean {
  if (to - from !== 32) return false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (!((ch >= 48 && ch <= 57) || (ch >= 97 && ch <= 102))) return false;
  }
  return true;
}

/**
 * The canonical stored line of a ballot: fixed key order, no whitespace. The ballot log is
 * made of these lines, and its reader matches them whole (CANONICAL_LINE).
 */
export const ballotLine = (b: Ballot): string =>
  JSON.stringify({ id: b.id, election: b.election, section: b.section, ranking: b.ranking }) + '\n';

const S = '[a-z0-9][a-z0-9-]{0,39}';
/**
 * ballotLine's output (without its newline), matched whole: groups are id, election, section
 * and the ranking as written (`"a","b"`). The character classes leave nothing to escape, so a
 * match is a valid ballot and already its canonical text.
 */
export const CANONICAL_LINE = new RegExp(
  `^\\{"id":"([0-9a-f]{32})","election":"(${S})","section":"([A-Z][A-Z0-9]{0,7})","ranking":\\[((?:"${S}")(?:,"${S}"){0,${MAX_RANKED - 1}})?\\]\\}$`,
);

// ------------------------------------------------------------------ one id, two records

/** Whether two records under one id say the same thing. */
export const sameBallot = (a: BallotContent, b: BallotContent): boolean =>
  a.election === b.election &&
  a.section === b.section &&
  a.ranking.length === b.ranking.length &&
  a.ranking.every((r, i) => b.ranking[i] === r);

/**
 * The one rule for a ballot id met again, wherever ballots are merged (the console's import,
 * the recount CLI): with the same content it is the same ballot forwarded or exported twice
 * and counts once; with other content it is a conflict and the merge is refused.
 */
export const repeatedBallot = (known: BallotContent, again: BallotContent): 'same' | 'conflict' =>
  sameBallot(known, again) ? 'same' : 'conflict';

// ------------------------------------------------------------------ election rules

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

// ------------------------------------------------------------------ record sizes

/**
 * The longest record (canonical line, without its newline, in bytes) a ballot of `election`
 * can have: every option ranked, in the longest section. The box sizes its fixed-size slots
 * by it (src-main/core/slot-file.ts), so a ballot the election accepts always fits.
 */
export function longestBallotBytes(election: Election): number {
  const section = Math.max(...election.sections.map((s) => s.id.length));
  const ranked = election.options.map((o) => o.id);
  const longest: Ballot = {
    id: '0'.repeat(32),
    election: election.id,
    section: 'S'.repeat(section),
    ranking: ranked,
  };
  // Ids are ASCII (slugs, section ids): characters are bytes.
  return ballotLine(longest).length - 1;
}

/**
 * The longest record any valid election can produce (40-character ids, 20 options, an
 * 8-character section): 988 bytes. A fixed 1 KiB slot holds every valid ballot.
 */
export const MAX_BALLOT_LINE_BYTES =
  `{"id":"${'0'.repeat(32)}","election":"${'e'.repeat(40)}","section":"${'S'.repeat(8)}","ranking":[${Array.from({ length: MAX_RANKED }, () => `"${'o'.repeat(40)}"`).join(',')}]}`
    .length;
