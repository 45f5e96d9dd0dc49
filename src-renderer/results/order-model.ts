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

export interface OtherPlace {
  methods: OrderMethod[];
  rank: number;
  tied: boolean;
}

/**
 * For each option, where the methods that disagree with the primary one place it, methods
 * that agree with each other grouped: "Schulze, Copeland: 3rd, tied".
 */
export function otherPlacements(t: Tally): Map<string, OtherPlace[]> {
  const primary = new Map(placements(t.primaryOrder).map((p) => [p.id, p]));
  const out = new Map<string, OtherPlace[]>();
  for (const d of t.agreement.differing) {
    for (const place of placements(d.order)) {
      const mine = primary.get(place.id);
      if (!mine || (mine.rank === place.rank && mine.tied === place.tied)) continue;
      const list = out.get(place.id) ?? [];
      const same = list.find((x) => x.rank === place.rank && x.tied === place.tied);
      if (same) same.methods.push(d.method);
      else list.push({ methods: [d.method], rank: place.rank, tied: place.tied });
      out.set(place.id, list);
    }
  }
  return out;
}

/** Methods grouped by the rank where they part from the primary order (null: same order). */
export function groupedChecks(t: Tally): { methods: OrderMethod[]; differsFrom: number | null }[] {
  const groups: { methods: OrderMethod[]; differsFrom: number | null }[] = [];
  for (const c of methodChecks(t)) {
    const g = groups.find((x) => x.differsFrom === c.differsFrom);
    if (g) g.methods.push(c.method);
    else groups.push({ methods: [c.method], differsFrom: c.differsFrom });
  }
  return groups.sort((a, b) => (a.differsFrom ?? Infinity) - (b.differsFrom ?? Infinity));
}
