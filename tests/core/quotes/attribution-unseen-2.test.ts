import { describe, expect, test } from 'vitest';
import { first } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the eighteenth session. */

describe('a title between a role and a name in the frame after the quote', () => {
  test.each([
    [
      '«Мы сыграли плохо», — признался после игры главный тренер «Металлурга» Сергей Гордеев.',
      'Сергей Гордеев',
    ],
    ['„Zagraliśmy słabo” – powiedział po meczu trener „Pogoni” Jan Kowalski.', 'Jan Kowalski'],
    ['„Es war ein schweres Spiel“, sagte der Trainer des „Kickers“ Hans Meier.', 'Hans Meier'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('not a title that ends the frame', () => {
    expect(first('“We lost,” he told “60 Minutes”. Smith left.')).toEqual(['speech', null]);
  });
});
