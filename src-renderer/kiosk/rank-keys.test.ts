import { describe, expect, it } from 'vitest';
import { keyAction } from './rank-keys';

const rank = (key: string, r: string[], id: string, c = 4) => {
  const a = keyAction(key, r, id, c);
  return a.kind === 'rank' ? a.ranking : a.kind;
};

describe('keyboard ranking', () => {
  it('a digit gives that rank, pushing the others down', () => {
    expect(rank('1', ['a', 'b'], 'c')).toEqual(['c', 'a', 'b']);
    expect(rank('2', ['a', 'b', 'c'], 'a')).toEqual(['b', 'a', 'c']);
  });
  it('a digit beyond the ranked ones gives the next rank; beyond the options does nothing', () => {
    expect(rank('4', ['a'], 'c')).toEqual(['a', 'c']);
    expect(rank('5', ['a'], 'c')).toBe('none');
  });
  it('arrow up ranks an unranked theme last, then moves it up', () => {
    expect(rank('ArrowUp', ['a'], 'b')).toEqual(['a', 'b']);
    expect(rank('ArrowUp', ['a', 'b'], 'b')).toEqual(['b', 'a']);
  });
  it('arrow down moves a ranked theme down, and out of the ranking from the last place', () => {
    expect(rank('ArrowDown', ['a', 'b'], 'a')).toEqual(['b', 'a']);
    expect(rank('ArrowDown', ['a', 'b'], 'b')).toEqual(['a']);
    expect(rank('ArrowDown', ['a'], 'c')).toBe('none');
  });
  it('Delete takes a theme back; Enter continues; other keys are left alone', () => {
    expect(rank('Delete', ['a', 'b'], 'a')).toEqual(['b']);
    expect(rank('Enter', ['a'], 'a')).toBe('continue');
    expect(rank('Tab', ['a'], 'a')).toBe('none');
  });
});
