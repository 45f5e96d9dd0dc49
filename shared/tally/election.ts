import { TallyInputError } from './profile';
import { tally } from './tally';
import type { ElectionTally, OrderMethod, RankingGroup, Tally } from './types';

/**
 * Counts each section and the pooled ballots of all sections. The combined result is counted
 * from the union of the sections' groups, never by merging section rankings: sections can
 * each rank C first while the pooled ballots rank B first.
 */
export function tallyElection(
  options: readonly string[],
  sections: readonly string[],
  groupsBySection:
    ReadonlyMap<string, Iterable<RankingGroup>> | Readonly<Record<string, Iterable<RankingGroup>>>,
  primary: OrderMethod = 'borda',
): ElectionTally {
  const entries: [string, Iterable<RankingGroup>][] =
    groupsBySection instanceof Map
      ? [...(groupsBySection as ReadonlyMap<string, Iterable<RankingGroup>>)]
      : Object.entries(groupsBySection as Readonly<Record<string, Iterable<RankingGroup>>>);
  const known = new Set(sections);
  const bySectionGroups = new Map<string, RankingGroup[]>(sections.map((s) => [s, []]));
  for (const [section, groups] of entries) {
    if (!known.has(section)) throw new TallyInputError(`ballots for unknown section "${section}"`);
    // Materialised once: the iterable may be a one-shot generator, and it is counted twice.
    (bySectionGroups.get(section) as RankingGroup[]).push(...groups);
  }
  const bySection: Record<string, Tally> = {};
  const pooled: RankingGroup[] = [];
  for (const s of sections) {
    const groups = bySectionGroups.get(s) as RankingGroup[];
    bySection[s] = tally(options, groups, primary);
    for (const g of groups) pooled.push(g);
  }
  // With the ballots all in one section the pooled count is that section's count: reuse it.
  const withBallots = sections.filter((s) => (bySectionGroups.get(s) as RankingGroup[]).length > 0);
  const only = withBallots.length === 1 ? bySection[withBallots[0] as string] : undefined;
  const combined = only ?? tally(options, pooled, primary);
  return {
    primary,
    ballots: combined.ballots,
    blank: combined.blank,
    sections: [...sections],
    combined,
    bySection,
  };
}
