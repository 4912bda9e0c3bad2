import { describe, expect, test } from 'vitest';
import { first } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the seventeenth session. */

describe('a place after a preposition in an inverted frame is no speaker', () => {
  test.each([
    [
      'Russian "в"',
      'Губернатор Алексей Кравцов поручил отремонтировать школы. «Дети не должны учиться в таких зданиях», — заявил глава региона на совещании в Екатеринбурге.',
      'Алексей Кравцов',
    ],
    [
      'Polish "we"',
      'Prezydent miasta Jan Nowak otworzył most. „Most jest gotowy” – powiedział prezydent podczas uroczystości we Wrocławiu.',
      'Jan Nowak',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});
