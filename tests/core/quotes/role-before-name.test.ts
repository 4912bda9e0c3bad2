import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** A bare role noun before a full name (twenty-eighth session, from tuning-aa's errors). */

/** The speaker and role of a text's first speech quote. */
const firstSpeech = (text: string): [string | null, string | null] => {
  const q = analyzeText(text).find((x) => x.kind === 'speech');
  return [q?.speaker ?? null, q?.role ?? null];
};

describe('a capitalised role word before a full name is the role, not the name', () => {
  test.each([
    [
      'Dutch, at a sentence start',
      'De gemeente wil de markt verplaatsen en dat is niet iedereen naar de zin. Visboer Kees Brouwer is boos. ‘Ik sta hier al dertig jaar en niemand heeft het ons gevraagd’, zegt hij.',
      'Kees Brouwer',
      'Visboer',
    ],
    [
      'German, after an article',
      'Die Kneipe schließt nach vierzig Jahren, und viele Gäste sind traurig. „Hier hat das halbe Viertel seine Feste gefeiert“, sagt der Schornsteinfeger Uwe Lindner, der seit 1990 kommt.',
      'Uwe Lindner',
      'Schornsteinfeger',
    ],
    [
      'Swedish, at a sentence start',
      'Kommunen vill stänga badet och det har väckt ilska. Simlärare Maja Ekholm är kritisk. ”Barnen i området kommer inte att lära sig simma”, säger hon och det är inte första gången.',
      'Maja Ekholm',
      'Simlärare',
    ],
    [
      'Czech, at a sentence start',
      'Obec chce zrušit autobusovou linku. Důchodkyně Věra Malá je proti. „Bez autobusu se k doktorovi nedostanu,“ řekla na zastupitelstvu.',
      'Věra Malá',
      'Důchodkyně',
    ],
    [
      'Polish, a town in the genitive',
      'Mecz był wyrównany do ostatniej piłki. Najlepiej zagrał środkowy Sokoła Paweł Dudek. „Wygraliśmy głową, nie siłą” – powiedział po meczu Dudek.',
      'Paweł Dudek',
      'środkowy Sokoła',
    ],
    [
      'Russian, a body in the genitive',
      'В городе открылся новый мост. Начальник управления Минтранса Олег Кравцов назвал проект «важным для всего района», но отметил, что работы ещё не закончены.',
      'Олег Кравцов',
      'Начальник управления',
    ],
  ])('%s', (_name, text, speaker, role) => {
    expect(firstSpeech(text)).toEqual([speaker, role]);
  });
});

describe('a name of three capitalised words stays whole', () => {
  test.each([
    [
      'after a lower-case role word, the surname never given alone (Dutch)',
      'De rechter legde de man een taakstraf op. Het is niet de eerste keer. Een van de slachtoffers, buschauffeur Jan Willem Post, zei op de zitting: “Ik ben weleens bespuugd, maar nooit zo bang geweest.” Volgens hem is dat een probleem voor het hele vak.',
      'Jan Willem Post',
    ],
    [
      'an organisation opening with its kind (Dutch)',
      'Het kabinet verbiedt houtstook in de stad en dat is niet voor iedereen goed nieuws. Stichting Frisse Wind spreekt van “een besluit waar we jaren op hebben gewacht”.',
      'Stichting Frisse Wind',
    ],
    [
      'an organisation opening with an adjective (Polish)',
      'Nazwa planetoidy jest już oficjalna. Polska Akademia Nauk ogłosiła: „To wielki sukces polskiej astronomii amatorskiej i wzór dla młodych”.',
      'Polska Akademia Nauk',
    ],
    [
      'a Russian name with its patronymic',
      'В селе открылся музей. Его основатель Пётр Ильич Соколов собирал экспонаты тридцать лет. «Я хотел, чтобы дети знали, откуда они», — говорит Пётр Ильич Соколов.',
      'Пётр Ильич Соколов',
    ],
    [
      'an English name (the rule is for German, Dutch, Scandinavian and Slavic copy)',
      'The agency has a new chair. Mary Jo Whitfield said: “We will be open about every decision we make.”',
      'Mary Jo Whitfield',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(firstSpeech(text)[0]).toBe(speaker);
  });
});
