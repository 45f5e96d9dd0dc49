/**
 * Tie-break rules declared in the election before the vote, applied in their order to each tie
 * of the primary order. A rule only ever splits a tie: options in different tiers keep their
 * order. Without rules, or when no rule separates them, tied options stay tied.
 *
 * The draw by lot is public and reproducible: each tied option gets the SHA-256 (hex) of
 * "<seed>:<option id>", and the lowest comes first. Anyone can redo it with any SHA-256 tool,
 * e.g. `printf '%s' '4217:theme-a' | sha256sum`.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { tiersFromScores } from './tiers';
import type { Tally, Tiers } from './types';

import type { TieBreakRule } from '../domain/election';

export { TIE_BREAK_RULES, type TieBreakRule } from '../domain/election';

export interface TieBreakDecision {
  rule: TieBreakRule;
  /** The options that were tied when the rule applied. */
  tied: string[];
  /** How the rule ordered them (still tiers: a rule may split a tie only partly). */
  order: Tiers;
}

export interface TieBreakOutcome {
  /** The primary order after the rules. */
  order: Tiers;
  /** Every tie a rule split, in the order of the result. */
  decisions: TieBreakDecision[];
  /** Ties the declared draw by lot is to break once staff enter its seed. */
  awaitingDraw: string[][];
}

/** The draw key of one option: lower draws first. */
export const drawKey = (seed: string, option: string): string =>
  bytesToHex(sha256(utf8ToBytes(`${seed}:${option}`)));

/** The tied options in draw order, each alone in its tier. */
export function drawByLot(seed: string, tied: readonly string[]): Tiers {
  const keyed = tied.map((o) => ({ o, k: drawKey(seed, o) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map(({ o }) => [o]);
}

/** Head-to-head among the tied options only: wins minus losses against each other. */
function headToHead(t: Tally, tied: readonly string[]): Tiers {
  const score = tied.map((a) =>
    tied.reduce((s, b) => {
      if (a === b) return s;
      const ab = t.pairwise[a]?.[b] ?? 0;
      const ba = t.pairwise[b]?.[a] ?? 0;
      return s + Math.sign(ab - ba);
    }, 0),
  );
  return tiersFromScores(tied, score);
}

function applyRule(t: Tally, rule: TieBreakRule, tied: string[], seed: string | null): Tiers {
  switch (rule) {
    case 'first-choices':
      return tiersFromScores(
        tied,
        tied.map((o) => t.firstChoices[o] ?? 0),
      );
    case 'head-to-head':
      return headToHead(t, tied);
    case 'lot':
      return seed === null ? [tied] : drawByLot(seed, tied);
  }
}

/**
 * The primary order of `t` with the declared rules applied, and what each rule decided.
 * @param seed the seed of the draw by lot, null until staff entered it
 */
export function breakTies(
  t: Tally,
  rules: readonly TieBreakRule[],
  seed: string | null = null,
): TieBreakOutcome {
  const decisions: TieBreakDecision[] = [];
  const awaitingDraw: string[][] = [];
  const split = (tier: string[], from: number): Tiers => {
    if (tier.length < 2) return [tier];
    for (let r = from; r < rules.length; r++) {
      const rule = rules[r] as TieBreakRule;
      if (rule === 'lot' && seed === null) {
        awaitingDraw.push([...tier]);
        return [tier];
      }
      const parts = applyRule(t, rule, tier, seed);
      if (parts.length > 1) {
        decisions.push({ rule, tied: [...tier], order: parts.map((p) => [...p]) });
        return parts.flatMap((p) => split(p, r + 1));
      }
    }
    return [tier];
  };
  const order = t.primaryOrder.flatMap((tier) => split([...tier], 0));
  return { order, decisions, awaitingDraw };
}
