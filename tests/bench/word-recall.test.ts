import { describe, expect, it } from 'vitest';
import { scorePage, wordRecall } from '../../scripts/lib/shingle-metric.ts';

const TRUTH = 'The harbour authority approved the new timetable. Two early sailings were added.';

describe('wordRecall', () => {
  it('counts a block moved to the end as kept, where 4-token runs do not', () => {
    const moved =
      'Two early sailings were added.\nThe harbour authority approved the new timetable.';
    expect(wordRecall(moved, TRUTH)).toBe(1);
    expect(scorePage(moved, TRUTH).recall).toBeLessThan(1);
  });

  it('counts each missing word, repeated words with their multiplicity', () => {
    expect(wordRecall('The harbour authority approved the new timetable.', TRUTH)).toBeCloseTo(
      7 / 12,
    );
    expect(wordRecall('the the the', 'the the cat')).toBeCloseTo(2 / 3);
    expect(wordRecall('', TRUTH)).toBe(0);
    expect(wordRecall('anything', '')).toBe(1);
  });
});
