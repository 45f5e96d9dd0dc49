import { packRankings } from './group';
import { buildProfile, concatProfiles, profileFromPacked, TallyInputError } from './profile';
import type { Profile } from './profile';
import { tallyProfile } from './tally';
import type { ElectionTally, OrderMethod, RankingGroup, Tally } from './types';

type BySection<T> = ReadonlyMap<string, T> | Readonly<Record<string, T>>;

/**
 * Counts each section and the pooled ballots of all sections. The combined result is counted
 * from the union of the sections' groups, never by merging section rankings: sections can
 * each rank C first while the pooled ballots rank B first.
 */
export function tallyElection(
  options: readonly string[],
  sections: readonly string[],
  groupsBySection: BySection<Iterable<RankingGroup>>,
  primary: OrderMethod = 'borda',
): ElectionTally {
  const bySectionGroups = collect(sections, groupsBySection);
  // Materialised once: the iterable may be a one-shot generator, and it is counted twice.
  const profiles = new Map<string, Profile>();
  for (const [s, list] of bySectionGroups) {
    const groups: RankingGroup[] = [];
    for (const iterable of list) for (const g of iterable) groups.push(g);
    profiles.set(s, buildProfile(options, groups));
  }
  return countSections(options, sections, profiles, primary);
}

/**
 * tallyElection from one ranking per ballot: groups them (see packRankings) and counts the
 * groups without turning them back into strings. Same result as tallyElection on groupRankings.
 */
export function tallyRankings(
  options: readonly string[],
  sections: readonly string[],
  rankingsBySection: BySection<Iterable<readonly string[]>>,
  primary: OrderMethod = 'borda',
): ElectionTally {
  const bySection = collect(sections, rankingsBySection);
  const profiles = new Map<string, Profile>();
  for (const [s, list] of bySection) {
    // A Map or a record holds each section once, so list has at most one entry.
    profiles.set(s, profileFromPacked(options, packRankings(list[0] ?? [])));
  }
  return countSections(options, sections, profiles, primary);
}

/** Each section's inputs, in the order of `sections`; refuses an unknown section. */
function collect<T>(sections: readonly string[], bySection: BySection<T>): Map<string, T[]> {
  const entries: [string, T][] =
    bySection instanceof Map
      ? [...(bySection as ReadonlyMap<string, T>)]
      : Object.entries(bySection as Readonly<Record<string, T>>);
  const known = new Set(sections);
  const out = new Map<string, T[]>(sections.map((s) => [s, []]));
  for (const [section, x] of entries) {
    if (!known.has(section)) throw new TallyInputError(`ballots for unknown section "${section}"`);
    (out.get(section) as T[]).push(x);
  }
  return out;
}

function countSections(
  options: readonly string[],
  sections: readonly string[],
  profiles: ReadonlyMap<string, Profile>,
  primary: OrderMethod,
): ElectionTally {
  const bySection: Record<string, Tally> = {};
  for (const s of sections) bySection[s] = tallyProfile(profiles.get(s) as Profile, primary);
  // With the ballots all in one section the pooled count is that section's count: reuse it.
  const withBallots = sections.filter((s) => hasGroups(profiles.get(s) as Profile));
  const only = withBallots.length === 1 ? bySection[withBallots[0] as string] : undefined;
  const combined =
    only ??
    tallyProfile(
      concatProfiles(
        options,
        sections.map((s) => profiles.get(s) as Profile),
      ),
      primary,
    );
  return {
    primary,
    ballots: combined.ballots,
    blank: combined.blank,
    sections: [...sections],
    combined,
    bySection,
  };
}

/** Ballots of any kind, blank or zero-count groups included (they are left out of the groups). */
const hasGroups = (p: Profile) => p.counts.length > 0 || p.ballots > 0;
