import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/core/metadata/reading-time.ts';

describe('countWords', () => {
  it('counts words separated by spaces, ignoring punctuation-only tokens', () => {
    expect(countWords('Hello, world — again.')).toBe(3);
  });

  it('counts each Chinese or Japanese character', () => {
    expect(countWords('人工智能迈上新台阶')).toBe(9);
    expect(countWords('きょうのイソップ')).toBe(8);
    expect(countWords('DeepMind 新电脑')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it('uses 238 words per minute for English (Brysbaert 2019)', () => {
    expect(readingMinutes(2380, 'en')).toBe(10);
    expect(readingMinutes(2380, 'en-GB')).toBe(10);
  });

  it('uses per-language speeds', () => {
    expect(readingMinutes(2850, 'it')).toBe(10);
    expect(readingMinutes(1810, 'ar')).toBe(10);
    expect(readingMinutes(2380, 'ar')).toBe(13);
    expect(readingMinutes(2380, null)).toBe(10);
  });

  it('times Chinese by characters when given the text', () => {
    const text = '字'.repeat(2550);
    expect(readingMinutes(1, 'zh-CN', text)).toBe(10);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes(0, 'en')).toBe(1);
  });
});
