import { describe, expect, it } from 'vitest';
import raw from '../../assets/default-election.json';
import { ElectionSchema } from '../../shared/domain/election';
import { readiness, unranked } from './ballot-rules';
import { idlePhase, warningSeconds } from './inactivity';
import { sectionOverride } from './kiosk-section';

describe('readiness', () => {
  it('asks for the missing themes until the minimum is reached', () => {
    expect(readiness({ minRanked: 4, allowBlank: false }, 1)).toEqual({
      ok: false,
      missing: 3,
      min: 4,
    });
    expect(readiness({ minRanked: 4, allowBlank: false }, 4)).toEqual({ ok: true });
    expect(readiness({ minRanked: 1, allowBlank: true }, 0).ok).toBe(false);
  });
  it('lists the unranked themes in the shown order', () => {
    expect(unranked(['d', 'a', 'c', 'b'], ['c', 'b'])).toEqual(['d', 'a']);
  });
});

describe('inactivity', () => {
  it('warns during the last seconds, then expires', () => {
    expect(warningSeconds(90)).toBe(15);
    expect(warningSeconds(15)).toBe(5);
    expect(idlePhase(10_000, 90)).toEqual({ phase: 'active' });
    expect(idlePhase(80_000, 90)).toEqual({ phase: 'warning', left: 10 });
    expect(idlePhase(90_000, 90)).toEqual({ phase: 'expired' });
  });
});

describe('section override', () => {
  const e = ElectionSchema.parse(raw);
  it('accepts a section of the election from the address, in any case', () => {
    expect(sectionOverride('?section=be', e)).toBe('BE');
    expect(sectionOverride('', e)).toBeUndefined();
  });
  it('ignores a section the election does not have', () => {
    expect(sectionOverride('?section=XX', e)).toBeUndefined();
  });
});
