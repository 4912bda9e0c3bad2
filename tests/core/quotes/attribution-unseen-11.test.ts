import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-ninth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a pronoun does not refer to a place or a body a preposition introduces', () => {
  test.each([
    [
      'Um sieben Uhr steht Martina Kolbe schon im Stall. Die 52-Jährige arbeitet seit dreißig Jahren im Landkreis Oberhaval Süd.\n„Die Leute glauben, das sei Romantik“, sagt sie. „Es ist harte Arbeit.“',
      'Martina Kolbe',
    ],
    [
      'Tomasz Wrona prowadzi piekarnię od 1998 roku. Mieszka w Nowym Targu od urodzenia.\n„Chleb to nie jest biznes, to rzemiosło” – mówi. „Uczył mnie tego ojciec.”',
      'Tomasz Wrona',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text).filter((q) => q.startsWith('speech'))).toEqual([
      `speech/${speaker}`,
      `speech/${speaker}`,
    ]);
  });

  test('"of" a place, then the name in apposition: the name', () => {
    const text =
      'El alcalde de Torrealta del Campo, Ramiro Esteve, espera que el hallazgo atraiga visitantes. «Aquí lo que falta es gente joven», dijo.';
    expect(found(text)).toEqual(['speech/Ramiro Esteve']);
  });

  test('"of" a person with no other name near: still that person', () => {
    const text =
      'Esce martedì il nuovo romanzo di Marta Collini, in libreria per Edizioni Salvi.\n«Mio padre non parlava mai della guerra», racconta l’autrice.';
    expect(found(text)).toEqual(['speech/Marta Collini']);
  });
});
