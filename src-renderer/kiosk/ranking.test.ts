import { describe, expect, it } from 'vitest';
import { displayed, dropAt, move, placeAt, toggle } from './ranking';

describe('tap', () => {
  it('gives the next rank, and taking a theme back closes the ranks up', () => {
    let r = toggle([], 'a');
    r = toggle(r, 'b');
    r = toggle(r, 'c');
    expect(r).toEqual(['a', 'b', 'c']);
    expect(toggle(r, 'b')).toEqual(['a', 'c']);
  });
});

describe('placeAt and move', () => {
  it('puts an unranked theme at a rank, clamped to the end of the ranking', () => {
    expect(placeAt(['a', 'b'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(placeAt(['a', 'b'], 'c', 9)).toEqual(['a', 'b', 'c']);
  });
  it('moves a ranked theme by one, unchanged at the ends', () => {
    expect(move(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b'], 'z', 1)).toEqual(['a', 'b']);
  });
});

describe('dropAt (drag over ranked-then-unranked list)', () => {
  it('ranks an unranked theme where it lands among the ranked ones', () => {
    expect(dropAt(['a', 'b'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(dropAt(['a', 'b'], 'c', 2)).toEqual(['a', 'b', 'c']);
  });
  it('leaves an unranked theme dropped among the unranked unchanged', () => {
    expect(dropAt(['a', 'b'], 'c', 3)).toEqual(['a', 'b']);
  });
  it('reorders ranked themes, and unranks one dropped below them', () => {
    expect(dropAt(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(dropAt(['a', 'b', 'c'], 'a', 3)).toEqual(['b', 'c']);
  });
});

describe('displayed', () => {
  it('lists ranked themes first, then the others in the voter’s order', () => {
    expect(displayed(['c'], ['b', 'a', 'c', 'd'])).toEqual(['c', 'b', 'a', 'd']);
  });
});
