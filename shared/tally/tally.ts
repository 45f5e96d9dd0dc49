import { agreementOf } from './agreement';
import { bordaScores } from './borda';
import { condorcetLoser, condorcetWinner } from './condorcet';
import { copelandScores } from './copeland';
import { firstChoiceCounts, rankDistribution } from './distribution';
import { instantRunoff } from './irv';
import { kemeny } from './kemeny';
import { pairwiseMatrix } from './pairwise';
import { buildProfile, type Profile } from './profile';
import { schulzeOrder, schulzePaths } from './schulze';
import { tiersFromScores } from './tiers';
import type { OrderMethod, RankingGroup, Tally, Tiers } from './types';

/**
 * Counts grouped ballots with every method. Throws TallyInputError for a ranking naming an
 * unknown option or the same option twice: the caller validated ballots, so that is a bug.
 */
export function tally(
  options: readonly string[],
  groups: Iterable<RankingGroup>,
  primary: OrderMethod = 'borda',
): Tally {
  return tallyProfile(buildProfile(options, groups), primary);
}

/** Counts a profile (ballots already as option indices) with every method. */
export function tallyProfile(p: Profile, primary: OrderMethod = 'borda'): Tally {
  const { options } = p;
  const names = (xs: readonly number[]) => xs.map((i) => options[i] as string);
  const record = <T>(f: (i: number) => T): Record<string, T> =>
    Object.fromEntries(options.map((o, i) => [o, f(i)]));

  const m = pairwiseMatrix(p);
  const borda = bordaScores(p);
  const copeland = copelandScores(m);
  const paths = schulzePaths(m);
  const k = kemeny(m);
  const irv = instantRunoff(p);
  const first = firstChoiceCounts(p);
  const dist = rankDistribution(p);
  const cw = condorcetWinner(m);
  const cl = condorcetLoser(m);

  const orders: Record<OrderMethod, Tiers> = {
    borda: tiersFromScores(options, borda),
    schulze: schulzeOrder(options, paths),
    copeland: tiersFromScores(options, copeland),
    irv: irv.tiers.map(names),
    kemeny: k.tiers.map(names),
  };
  const { kemeny: kemenyTiers, ...otherOrders } = orders;

  return {
    ballots: p.ballots,
    blank: p.blank,
    options: [...options],
    // No diagonal: an option is not compared with itself.
    pairwise: Object.fromEntries(
      options.map((o, a) => [
        o,
        Object.fromEntries(options.flatMap((q, b) => (a === b ? [] : [[q, m[a]?.[b] as number]]))),
      ]),
    ),
    borda: record((i) => borda[i] as number),
    copeland: record((i) => copeland[i] as number),
    firstChoices: record((i) => first[i] as number),
    rankDistribution: record((i) => dist[i] as number[]),
    orders: otherOrders,
    kemeny: {
      score: k.score,
      orders: k.orders.map(names),
      total: k.total,
      truncated: k.truncated,
      tiers: kemenyTiers,
    },
    irvRounds: irv.rounds.map((r) => ({
      counts: Object.fromEntries([...r.counts].map(([o, n]) => [options[o] as string, n])),
      exhausted: r.exhausted,
      eliminated: names(r.eliminated),
    })),
    schulzePaths: record((a) => record((b) => paths[a]?.[b] as number)),
    primary,
    primaryOrder: orders[primary],
    condorcetWinner: cw === null ? null : (options[cw] as string),
    condorcetLoser: cl === null ? null : (options[cl] as string),
    agreement: agreementOf(primary, orders),
  };
}
