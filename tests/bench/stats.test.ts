import { describe, expect, it } from 'vitest';
import { median, percentile, spread } from '../../scripts/bench/stats.ts';

describe('stats', () => {
  it('takes medians and interpolated percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBeCloseTo(10.5);
    expect(percentile([5], 95)).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('spreads a subset over the whole list, ends included', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2, 3], 1)).toEqual([2]);
  });
});
