import { analyzeText } from '../../../src/core/quotes/index.ts';

/** The first quote of a text as [kind, speaker] (['none', null] when it has none). */
export const first = (text: string): [string, string | null] => {
  const q = analyzeText(text)[0];
  return q ? [q.kind, q.speaker] : ['none', null];
};

/** The last quote of a text as [kind, speaker] (['none', null] when it has none). */
export const lastSpeech = (text: string): [string, string | null] => {
  const q = analyzeText(text).at(-1);
  return q ? [q.kind, q.speaker] : ['none', null];
};
