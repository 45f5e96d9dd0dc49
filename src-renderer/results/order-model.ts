/**
 * What the slide says about an order, computed from a Tally: ranks with ties (1, 2, 2, 4),
 * the primary method's score of each option, and where the other methods part from it.
 */
import type { OrderMethod, Tally, Tiers } from '../../shared/tally/types';

export interface Placed {
  id: string;
  /** Competition rank: tied options share the rank, the next one skips (1, 2, 2, 4). */
  rank: number;
  tied: boolean;
}

export function placements(tiers: Tiers): Placed[] {
  const out: Placed[] = [];
  let rank = 1;
  for (const tier of tiers) {
    for (const id of tier) out.push({ id, rank, tied: tier.length > 1 });
    rank += tier.length;
  }
  return out;
}

/** The rank at which tier number `tierIndex` of an order starts. */
export function rankOfTier(tiers: Tiers, tierIndex: number): number {
  return 1 + tiers.slice(0, tierIndex).reduce((n, t) => n + t.length, 0);
}

export function orderOf(t: Tally, method: OrderMethod): Tiers {
  return method === 'kemeny' ? t.kemeny.tiers : t.orders[method];
}

const beats = (m: Record<string, Record<string, number>>, a: string, b: string) =>
  (m[a]?.[b] ?? 0) > (m[b]?.[a] ?? 0);

/**
 * The number that justifies an option's place under the primary method: Borda points,
 * Copeland wins minus losses, duels won (by strongest path for Schulze, by majority for
 * Kemeny-Young, whose own score belongs to the whole order), votes in the last IRV round.
 */
export function scoreOf(t: Tally, id: string): number {
  switch (t.primary) {
    case 'borda':
      return t.borda[id] ?? 0;
    case 'copeland':
      return t.copeland[id] ?? 0;
    case 'schulze':
      return t.options.filter((o) => o !== id && beats(t.schulzePaths, id, o)).length;
    case 'kemeny':
      return t.options.filter((o) => o !== id && beats(t.pairwise, id, o)).length;
    case 'irv': {
      let last = 0;
      for (const r of t.irvRounds) if (id in r.counts) last = r.counts[id] ?? 0;
      return last;
    }
  }
}

export const OTHER_METHODS: readonly OrderMethod[] = [
  'borda',
  'schulze',
  'kemeny',
  'copeland',
  'irv',
];

export interface MethodCheck {
  method: OrderMethod;
  /** The first rank where this method's order parts from the primary one; null when equal. */
  differsFrom: number | null;
}

export function methodChecks(t: Tally): MethodCheck[] {
  return OTHER_METHODS.filter((m) => m !== t.primary).map((method) => {
    const d = t.agreement.differing.find((x) => x.method === method);
    return { method, differsFrom: d ? rankOfTier(t.primaryOrder, d.firstDifference) : null };
  });
}

export interface Divergence {
  /** Other methods, in OTHER_METHODS order. */
  methods: OrderMethod[];
  /** Their order parts from the primary one at this rank; null when it is the same order. */
  rank: number | null;
  /** What they put at that rank instead (several ids: tied there). */
  there: string[];
}

/**
 * The other methods grouped by where they first part from the primary order and what they put
 * there: enough for a plain sentence such as "the other methods put these two themes joint
 * first". Methods that give the same order come first.
 */
export function divergences(t: Tally): Divergence[] {
  const others = OTHER_METHODS.filter((m) => m !== t.primary);
  const same: OrderMethod[] = [];
  const groups: (Divergence & { key: string })[] = [];
  for (const method of others) {
    const d = t.agreement.differing.find((x) => x.method === method);
    if (!d) {
      same.push(method);
      continue;
    }
    const rank = rankOfTier(t.primaryOrder, d.firstDifference);
    const there = d.order[d.firstDifference] ?? [];
    // One sentence per first difference: orders that part later are told the same.
    const key = JSON.stringify([rank, [...there].sort()]);
    const g = groups.find((x) => x.key === key);
    if (g) g.methods.push(method);
    else groups.push({ key, methods: [method], rank, there });
  }
  const out: Divergence[] = same.length ? [{ methods: same, rank: null, there: [] }] : [];
  return [
    ...out,
    ...groups
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map(({ methods, rank, there }) => ({ methods, rank, there })),
  ];
}
