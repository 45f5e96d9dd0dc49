/**
 * Types of the counting engine. Every order is a list of tiers, best first; options in one
 * tier are tied. Nothing here breaks a tie silently.
 */

/** Ballots that share one ranking (best first; partial allowed; empty = blank), with their number. */
export interface RankingGroup {
  readonly ranking: readonly string[];
  readonly count: number;
}

export type Tiers = string[][];

export type OrderMethod = 'borda' | 'schulze' | 'copeland' | 'kemeny' | 'irv';

export interface Tally {
  /** All ballots, blank ones included. */
  ballots: number;
  blank: number;
  options: string[];
  /** pairwise[a][b]: ballots that prefer a over b. */
  pairwise: Record<string, Record<string, number>>;
  borda: Record<string, number>;
  /** Copeland score: head-to-head wins minus losses. */
  copeland: Record<string, number>;
  firstChoices: Record<string, number>;
  /** For each option, ballots (non-blank) putting it 1st, 2nd, …, c-th, then unranked as the last entry. */
  rankDistribution: Record<string, number[]>;
  orders: Record<Exclude<OrderMethod, 'kemeny'>, Tiers>;
  /** Every optimal Kemeny-Young order and its score (agreements with the ballots' pairs). */
  kemeny: KemenySummary;
  /** Instant runoff round by round, for the explanation screen. */
  irvRounds: IrvRoundSummary[];
  /** Schulze strongest paths (winning votes): schulzePaths[a][b]. */
  schulzePaths: Record<string, Record<string, number>>;
  /** The method the election chose; its order is `primaryOrder`. */
  primary: OrderMethod;
  primaryOrder: Tiers;
  condorcetWinner: string | null;
  condorcetLoser: string | null;
  agreement: Agreement;
}

export interface KemenySummary {
  score: number;
  /** The optimal orders, at most KEMENY_MAX_ORDERS (1000) of them, sorted. */
  orders: string[][];
  /** How many optimal orders there are in all (a float: beyond 2^53 it is approximate). */
  total: number;
  /** True when `orders` lists fewer than `total`. */
  truncated: boolean;
  /**
   * Tiers shared by every optimal order: options whose place differs between optimal orders
   * share a tier. Equal to the order itself when there is only one.
   */
  tiers: Tiers;
}

export interface IrvRoundSummary {
  /** Votes of each option still in the race. */
  counts: Record<string, number>;
  /** Non-blank ballots with no option left in the race. */
  exhausted: number;
  /** Options leaving after this round; several when tied for fewest votes. */
  eliminated: string[];
}

export interface Agreement {
  /**
   * True when every method gives the same tiers. Kemeny takes part through `kemeny.tiers`
   * (its order when it has one optimal order).
   */
  allSame: boolean;
  /** Methods whose order differs from the primary method's, with the first tier where they part. */
  differing: { method: OrderMethod; order: Tiers; firstDifference: number }[];
}

export interface ElectionTally {
  primary: OrderMethod;
  ballots: number;
  blank: number;
  sections: string[];
  combined: Tally;
  bySection: Record<string, Tally>;
}
