import { describe, expect, test } from 'vitest';
import { first } from './first-quote.ts';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { genitiveLanguage, nominativeName } from '../../../src/core/quotes/slavic-names.ts';

describe('a name in the genitive after "according to" is given in the nominative', () => {
  test.each([
    ['pl', 'Marka Gołębiowskiego', 'Marek Gołębiowski'],
    ['pl', 'Joanny Lipskiej', 'Joanna Lipska'],
    ['pl', 'Donalda Tuska', 'Donald Tusk'],
    ['pl', 'Pawła Nowaka', 'Paweł Nowak'],
    ['pl', 'Lecha Wałęsy', 'Lech Wałęsa'],
    ['pl', 'Marii Nowak', 'Maria Nowak'],
    ['cs', 'Jiřího Kolaříka', 'Jiří Kolařík'],
    ['cs', 'Dany Kopecké', 'Dana Kopecká'],
    ['cs', 'Ivany Mackové', 'Ivana Macková'],
    ['cs', 'Petra Fialy', 'Petr Fiala'],
    ['cs', 'Andreje Babiše', 'Andrej Babiš'],
    ['cs', 'Karla Havlíčka', 'Karel Havlíček'],
    ['cs', 'Lucie Bílé', 'Lucie Bílá'],
    ['ru', 'Ольги Лаптевой', 'Ольга Лаптева'],
    ['ru', 'Дмитрия Пескова', 'Дмитрий Песков'],
    ['ru', 'Сергея Лаврова', 'Сергей Лавров'],
    ['ru', 'Натальи Гусевой', 'Наталья Гусева'],
    ['ru', 'Павла Дурова', 'Павел Дуров'],
    ['ru', 'Анны Вишневской', 'Анна Вишневская'],
    ['ru', 'Захаровой', 'Захарова'],
    ['ru', 'Никиты Орлова', 'Никита Орлов'],
    ['cs', 'Petra Duška', 'Petr Dušek'],
  ] as const)('%s %s', (lang, genitive, nominative) => {
    expect(nominativeName(genitive, lang)).toBe(nominative);
  });

  test('only after a preposition that takes the genitive', () => {
    expect(genitiveLanguage(' Zdaniem posła opozycji ')).toBe('pl');
    expect(genitiveLanguage('Podle ')).toBe('cs');
    expect(genitiveLanguage('по словам министра ')).toBe('ru');
    expect(genitiveLanguage('Laut ')).toBeNull();
  });
});

describe('speakers after "according to" in Polish, Czech and Russian', () => {
  test.each([
    [
      'Zdaniem posła opozycji Marka Gołębiowskiego zapowiedzi minister są „oderwane od rzeczywistości”.',
      'Marek Gołębiowski',
    ],
    [
      'Podle místostarostky Ivany Mackové jde o „pilotní projekt“, který se má rozšířit.',
      'Ivana Macková',
    ],
    [
      'По словам министра образования области Ольги Лаптевой, программа обойдётся бюджету «примерно в четыре миллиарда рублей».',
      'Ольга Лаптева',
    ],
    // The surname alone, after the full name was given: the full name.
    [
      'Minister Katarzyna Wilczyńska mówiła o reformie. Według Wilczyńskiej plan jest „realny”.',
      'Katarzyna Wilczyńska',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('other languages keep the name as printed', () => {
    expect(first('Laut Anna Berga ist das „nicht hinnehmbar“.')).toEqual(['speech', 'Anna Berga']);
  });
});

describe('a surname alone after the full name was given in the genitive', () => {
  const speakers = (text: string) => analyzeText(text).map((q) => q.speaker);

  test.each([
    [
      'Хозяева отыгрались благодаря голам Артёма Кузнецова и Ильи Рябова.\nАвтор победного гола Рябов признался, что посвятил мяч отцу: «У него сегодня день рождения».',
      'Илья Рябов',
    ],
    [
      'Премьера прошла в постановке Анны Рогожиной.\n«Это очень точно про нас», — рассказала Рогожина накануне премьеры.',
      'Анна Рогожина',
    ],
    [
      'Film jest debiutem Joanny Lipskiej z Łodzi.\n„Nie robiłam tego filmu dla jury” – odpowiada Lipska.',
      'Joanna Lipska',
    ],
    [
      'Podle analytika Petra Duška to dává smysl.\n„Je to logický krok,“ dodal Dušek.',
      'Petr Dušek',
    ],
  ])('%s', (text, speaker) => {
    expect(speakers(text).at(-1)).toBe(speaker);
  });

  test('a genitive name another quote gives in the nominative takes that form', () => {
    const text =
      'Film jest debiutem Agnieszki Zalewskiej.\n„Chciałam zrobić film o ludziach” – mówi reżyserka.\n„Nie robiłam tego filmu dla jury” – odpowiada Zalewska.';
    expect(speakers(text)).toEqual(['Agnieszka Zalewska', 'Agnieszka Zalewska']);
  });

  test('not when the earlier name is no form of the surname, nor in other languages', () => {
    expect(
      speakers(
        'Голы забили Артём Кузнецов и Илья Рябов.\n«Это был тяжёлый матч», — сказал Гордеев.',
      ),
    ).toEqual(['Гордеев']);
    expect(
      speakers('The film is the debut of Anna Rogozina.\n“It is about us,” Rogozin said.'),
    ).toEqual(['Rogozin']);
  });
});
