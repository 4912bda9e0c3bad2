import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-first session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a Chinese name between a role and an act before the verb', () => {
  test.each([
    ['今年52岁的巡护员杨德福回忆说：“那天晚上下着小雨，我听到一种叫声。”', '杨德福'],
    ['法官黃國樑押後判刑時說：「本案涉及的是數百戶居民的血汗錢。」', '黃國樑'],
    ['主控官陳穎詩陳述案情時指出，被告的手法「簡單但極具欺騙性」。', '陳穎詩'],
    ['業主立案法團主席何偉明庭外受訪時說：「錢追得返幾多都好。」', '何偉明'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a role with no act after it keeps the name at the end of the run', () => {
    const text =
      '国家游泳队领队韩志刚在比赛结束后表示，此次比赛涌现出一批年轻选手，“让我们对男子自由泳项目更有信心”。';
    expect(found(text)).toEqual(['speech/韩志刚']);
  });
});
