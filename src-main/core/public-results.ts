/**
 * What the projector may show, computed from released ballots only. A view is hidden while it
 * could expose a few voters: below the threshold, or under the "hidden until close" policy.
 * The combined view is hidden too while any section is below the threshold, since combined
 * minus the visible sections would give the hidden one away.
 */
import type { PublicResults, ResultView, Status } from '../../shared/api';
import type { Election } from '../../shared/domain/election';
import { tallyElection } from '../../shared/tally';
import { breakTies } from '../../shared/tally/tie-break';
import type { RankingGroup, Tally } from '../../shared/tally/types';

export const ALL = 'ALL';

export interface PublicResultsInput {
  election: Election;
  status: Status;
  testMode: boolean;
  revealed: boolean;
  drawSeed?: string | null;
  entitled: Record<string, number>;
  groupsBySection: Record<string, RankingGroup[]>;
}

const sum = (groups: readonly RankingGroup[]) => groups.reduce((n, g) => n + g.count, 0);

export function buildPublicResults(i: PublicResultsInput): PublicResults {
  const e = i.election;
  const sections = e.sections.map((s) => s.id);
  const t = tallyElection(
    e.options.map((o) => o.id),
    sections,
    i.groupsBySection,
    e.method,
  );
  const min = e.results.minBallots;
  // After the close nothing new shows until the reveal: the slide of a restarted box would
  // draw its last live batches from the shuffled log, a different set of the same size.
  const hiddenByPolicy = (e.results.policy === 'hidden' || i.status === 'closed') && !i.revealed;
  const counts = Object.fromEntries(sections.map((s) => [s, sum(i.groupsBySection[s] ?? [])]));
  const anySmall = sections.some((s) => (counts[s] ?? 0) > 0 && (counts[s] ?? 0) < min);

  const view = (id: string, n: number, small: boolean, tally: Tally | null): ResultView => {
    const entitledValues = id === ALL ? sections.map((s) => i.entitled[s]) : [i.entitled[id]];
    const entitled = entitledValues.every((v) => v !== undefined)
      ? entitledValues.reduce<number>((a, v) => a + (v ?? 0), 0)
      : null;
    const hidden =
      n === 0
        ? 'no-ballots'
        : hiddenByPolicy
          ? 'hidden-until-close'
          : small
            ? 'below-threshold'
            : null;
    return {
      view: id,
      ballots: n,
      // A blank ballot is a choice too: three blanks out of three would tell the room how a
      // small section voted, so the count is released only with the rest of the view.
      blank: hidden ? 0 : (tally?.blank ?? 0),
      entitled,
      hidden,
      tally: hidden ? null : tally,
      tieBreak:
        hidden || !tally || !e.tieBreak?.length
          ? null
          : breakTies(tally, e.tieBreak, i.drawSeed ?? null),
    };
  };

  const views: ResultView[] = [
    view(ALL, t.ballots, t.ballots < min || anySmall, t.combined),
    ...sections.map((s) => view(s, counts[s] ?? 0, (counts[s] ?? 0) < min, t.bySection[s] ?? null)),
  ];
  return {
    election: e,
    status: i.status,
    // Before the opening every ballot on the slide is a test ballot, even once staff turned
    // test mode off without purging: the room must never take them for real ones.
    testMode: i.testMode || (i.status === 'preparation' && t.ballots > 0),
    released: t.ballots,
    revealed: i.revealed,
    views,
  };
}
