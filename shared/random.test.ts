import { describe, expect, it } from 'vitest';
import { randomIndex, shuffled } from './random';

describe('shuffled', () => {
  it('is a permutation that follows the random source', () => {
    const xs = ['a', 'b', 'c', 'd'];
    const zero = shuffled(xs, () => 0);
    expect([...zero].sort()).toEqual(xs);
    expect(zero).not.toEqual(xs);
    expect(shuffled(xs, (n) => n - 1)).toEqual(xs);
  });
});

describe('randomIndex', () => {
  it('rejects the draws that would bias the result, and stays below n', () => {
    const draws = [
      [0xff, 0xff, 0xff, 0xff], // above the last multiple of 3 below 2^32: drawn again
      [0, 0, 0, 5],
    ];
    let k = 0;
    expect(randomIndex(3, () => Uint8Array.from(draws[k++] as number[]))).toBe(2);
    expect(k).toBe(2);
  });
});
