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

describe('a nationality or a role noun written capitalised before a name', () => {
  test.each([
    ['« Je n’avais pas les jambes », a reconnu le Néerlandais Joost van Dael.', 'Joost van Dael'],
    ['„Es war perfekt“, sagte der Schweizer Marco Odermatt.', 'Marco Odermatt'],
    ['„Heute hat alles gepasst“, sagte Torhüter Jonas Fehrmann.', 'Jonas Fehrmann'],
    ['Deren Sprecher Thomas Hübner sprach von einem „finanziellen Abenteuer“.', 'Thomas Hübner'],
    ['„Klare Sache“, sagte Schiedsrichter Felix Brand.', 'Felix Brand'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('an English adjective stays part of a name', () => {
    expect(first('“No need,” said Chinese CDC in a statement.')).toEqual(['speech', 'Chinese CDC']);
  });
});

describe('a speaker described by age refers back to the person named before', () => {
  test.each([
    'Lucas Terrier a repris la tête.\n« J’ai souffert », a confié le coureur de 24 ans à l’arrivée.',
    'Lucas Terrier ganó.\n«He sufrido», dijo el corredor de 24 años.',
    'Lucas Terrier ha vinto.\n«Ho sofferto», ha detto il 24enne.',
    'Lucas Terrier ganhou.\n«Sofri», disse o ciclista de 24 anos.',
  ])('%s', (text) => {
    expect(first(text)).toEqual(['speech', 'Lucas Terrier']);
  });
});
