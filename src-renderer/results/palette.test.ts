import { describe, expect, it } from 'vitest';
import { UNRANKED_FILL, contrast, rankFills, textOn } from './palette';

describe('bar palette', () => {
  it('keeps every number on every fill at AA contrast (4.5:1), for 2 to 20 ranks', () => {
    for (let ranks = 2; ranks <= 20; ranks++)
      for (const fill of [...rankFills(ranks), UNRANKED_FILL])
        expect(contrast(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it('runs from dark to light, so ranks stay in order in greyscale too', () => {
    const fills = rankFills(4);
    const lum = fills.map((f) => contrast(f, '#000000'));
    expect([...lum].sort((a, b) => a - b)).toEqual(lum);
    expect(new Set(fills).size).toBe(4);
  });
});
