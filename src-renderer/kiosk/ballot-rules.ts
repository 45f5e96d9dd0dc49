/** Whether a ranking may go to the review under the election's rules, and if not, why. */
import type { Election } from '../../shared/domain/election';

export type Readiness = { ok: true } | { ok: false; missing: number; min: number };

/** A blank ballot never comes through here: it has its own button, offered only when allowed. */
export function readiness(rules: Election['rules'], ranked: number): Readiness {
  if (ranked < rules.minRanked)
    return { ok: false, missing: rules.minRanked - ranked, min: rules.minRanked };
  return { ok: true };
}

/** The themes the voter left out, in the order they were shown. */
export const unranked = (order: readonly string[], ranking: readonly string[]): string[] =>
  order.filter((id) => !ranking.includes(id));
