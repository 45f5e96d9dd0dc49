/**
 * The close reveals nothing early: over random casting sequences, the final slide differs from
 * the last live slide, in every section, by nothing or by at least one whole batch. Comparing
 * the two can never isolate the last one to four voters of a section.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublicResults } from '../../../shared/api';
import type { Election } from '../../../shared/domain/election';
import { BallotSet } from '../ballot-set';
import { defaultElection } from '../default-election';
import { ALL } from '../public-results';
import { EventBus, ResultsPublisher } from './results-publisher';
import type { Status } from './lifecycle';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reveal-props-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const OPTS = defaultElection.options.map((o) => o.id);
const SECTIONS = defaultElection.sections.map((s) => s.id);
let run = 0;
let id = 0;

const ballotsOf = (r: PublicResults, view: string) =>
  r.views.find((v) => v.view === view)?.ballots ?? 0;

describe('the close and the reveal', () => {
  it('final minus last live is zero or at least batchSize ballots, in every section', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(
          fc.record({
            section: fc.constantFrom(...SECTIONS),
            ranking: fc.shuffledSubarray(OPTS, { minLength: 0 }),
          }),
          { maxLength: 40 },
        ),
        (batchSize, casts) => {
          const election: Election = {
            ...defaultElection,
            results: { policy: 'live', batchSize, minBallots: 1 },
          };
          const set = new BallotSet(path.join(dir, `b${++run}.jsonl`), batchSize);
          let status: Status = 'open';
          let revealed = false;
          const publisher = new ResultsPublisher(
            () => ({
              election,
              status,
              testMode: false,
              revealed,
              drawSeed: null,
              entitled: {},
              releasedBySection: set.releasedBySection(),
              groups: (s) => set.groups(s, 'released'),
            }),
            new EventBus(),
          );
          let lastLive = publisher.current();
          for (const c of casts) {
            set.append([
              {
                id: (++id).toString(16).padStart(32, '0'),
                election: election.id,
                section: c.section,
                ranking: c.ranking,
              },
            ]);
            lastLive = publisher.current();
          }
          status = 'closed';
          const closed = publisher.current();
          // Between the close and the reveal the slide shows no result at all.
          expect(closed.views.every((v) => v.tally === null)).toBe(true);
          revealed = true;
          set.releaseAll();
          const final = publisher.current();
          set.close();

          for (const s of SECTIONS) {
            const cast = casts.filter((c) => c.section === s).length;
            const diff = ballotsOf(final, s) - ballotsOf(lastLive, s);
            expect(ballotsOf(final, s)).toBe(cast);
            if (cast < batchSize) {
              // Fewer than one batch in all: the room never saw any of this section live.
              expect(ballotsOf(lastLive, s)).toBe(0);
            } else {
              expect(diff === 0 || diff >= batchSize).toBe(true);
            }
          }
          expect(ballotsOf(final, ALL)).toBe(casts.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
