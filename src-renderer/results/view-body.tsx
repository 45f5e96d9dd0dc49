/** One view's content: participation, then its results or why they are not shown yet. */
import type { PublicResults, ResultView } from '../../shared/api';
import { HeadToHead } from './head-to-head';
import { HiddenNotice } from './hidden-notice';
import { MethodCheck } from './method-check';
import { Participation } from './participation';
import { PriorityOrder } from './priority-order';
import { TieBreakLine } from './tie-break-line';
import type { Page } from './view-switcher';

export function ViewBody(props: { results: PublicResults; view: ResultView; page: Page }) {
  const { results, view, page } = props;
  const e = results.election;
  return (
    <>
      <Participation results={results} view={view} />
      {!view.tally ? (
        <HiddenNotice results={results} view={view} />
      ) : page === 'summary' ? (
        <>
          <PriorityOrder tally={view.tally} election={e} />
          <TieBreakLine outcome={view.tieBreak ?? null} election={e} />
          <MethodCheck tally={view.tally} election={e} />
        </>
      ) : (
        <HeadToHead tally={view.tally} election={e} />
      )}
    </>
  );
}
