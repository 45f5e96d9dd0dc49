/** Entitled counts survive saving or reloading the election; dropping one needs consent. */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { boxDeps, tempDir } from '../../test/fault/support/box-fixture';
import { BallotBox } from './ballot-box';

const boxes: BallotBox[] = [];
const freshBox = () => {
  const b = new BallotBox(boxDeps(tempDir()));
  boxes.push(b);
  return b;
};
afterEach(() => {
  for (const b of boxes.splice(0)) b.shutdown();
});

describe('entitled counts and the election', () => {
  it('keeps every entitled count when the election is saved, edited or reloaded', () => {
    const box = freshBox();
    box.setEntitled('FR', 180);
    box.setEntitled('BE', 120);
    box.updateElection(box.election);
    expect(box.overview().entitled).toEqual({ FR: 180, BE: 120 });
    box.updateElection({ ...box.election, eligibility: 'codes' });
    expect(box.overview().entitled).toEqual({ FR: 180, BE: 120 });
    box.useDefaultElection();
    box.loadElection(JSON.stringify(box.election));
    expect(box.overview().entitled).toEqual({ FR: 180, BE: 120 });
  });

  it('refuses to drop the count of a section the new election lacks, naming it, until confirmed', () => {
    const box = freshBox();
    box.setEntitled('FR', 180);
    box.setEntitled('BE', 120);
    const frOnly = {
      ...box.election,
      sections: box.election.sections.filter((s) => s.id === 'FR'),
    };
    let err: unknown;
    try {
      box.loadElection(JSON.stringify(frOnly));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('entitled-would-drop');
    expect((err as ApiError).params).toEqual({ sections: 'BE', count: 1 });
    // Nothing changed on the refusal.
    expect(box.election.sections.map((s) => s.id)).toEqual(['FR', 'BE']);
    expect(box.overview().entitled).toEqual({ FR: 180, BE: 120 });

    box.loadElection(JSON.stringify(frOnly), true);
    expect(box.election.sections.map((s) => s.id)).toEqual(['FR']);
    expect(box.overview().entitled).toEqual({ FR: 180 });
  });
});
