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

describe('"according to" in its less common forms', () => {
  test.each([
    ['French "d’après"', 'D’après Marie Dubois, la réforme est « mal conçue ».', 'Marie Dubois'],
    [
      'Spanish "de acuerdo con"',
      'De acuerdo con Juan Pérez, la reforma es «un desastre».',
      'Juan Pérez',
    ],
    ['Italian "a detta di"', 'A detta di Marco Rossi, la riforma è «un disastro».', 'Marco Rossi'],
    ['Portuguese "conforme"', 'Conforme Rui Costa, o plano é “inviável”.', 'Rui Costa'],
    [
      'German "nach Angaben von"',
      'Nach Angaben von Jonas Keller ist die Lage „sehr ernst“.',
      'Jonas Keller',
    ],
    ['Czech "dle", the name in the nominative', 'Dle Jana Nováka je plán „nereálný“.', 'Jan Novák'],
    [
      'Russian "по мнению", the name in the nominative',
      'По мнению министра финансов Ольги Лаптевой, программа обойдётся «примерно в четыре миллиарда рублей».',
      'Ольга Лаптева',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('"von der Leyen" after "laut" keeps its particles', () => {
    expect(first('Laut Ursula von der Leyen ist die Lage „sehr ernst“.')).toEqual([
      'speech',
      'Ursula von der Leyen',
    ]);
  });
});

describe('German, Dutch and Swedish put the verb before its subject after an opening phrase', () => {
  test.each([
    ['German', 'Nach dem Spiel sagte Trainer Jonas Keller: „Wir waren besser.“', 'Jonas Keller'],
    ['Swedish', 'Efter matchen sa förbundskaptenen Jon Dahl: ”Vi var bättre.”', 'Jon Dahl'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('English "told" before a colon keeps its object the addressee', () => {
    expect(
      first('One passenger, a teacher, told The Associated Press: “I just kept praying.”'),
    ).toEqual(['speech', null]);
  });
});
