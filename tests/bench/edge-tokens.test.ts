import { describe, expect, it } from 'vitest';
import { edgeExtraTokens } from '../../scripts/lib/quality.ts';

// The head/tail measure the bench reports ("≥ 10 extra tokens at the head or tail").
const truth = 'Huawei was banned from the 5G network on Tuesday after months of debate in London';

describe('extra tokens at the head or tail', () => {
  it('is zero when the prediction is the truth', () => {
    expect(edgeExtraTokens(truth, truth)).toBe(0);
  });

  it('counts chrome before the article', () => {
    expect(edgeExtraTokens(`Listen Live Get short URL ${truth}`, truth)).toBe(5);
  });

  it('counts chrome after the article, and reports the larger edge', () => {
    const tail = 'Community standards Discussion 12 comments ban Huawei China 5G trade';
    expect(edgeExtraTokens(`${truth} ${tail}`, truth)).toBe(10);
    expect(edgeExtraTokens(`Listen Live ${truth} ${tail}`, truth)).toBe(10);
  });

  it('does not count chrome in the middle of the article', () => {
    const [a, b] = [truth.split(' ').slice(0, 8).join(' '), truth.split(' ').slice(8).join(' ')];
    expect(edgeExtraTokens(`${a} Advertisement Read more below ${b}`, truth)).toBe(0);
  });

  it('counts every token of a prediction that shares nothing with the truth', () => {
    expect(edgeExtraTokens('Sign in to continue reading this page', truth)).toBe(7);
    expect(edgeExtraTokens('', truth)).toBe(0);
  });
});
