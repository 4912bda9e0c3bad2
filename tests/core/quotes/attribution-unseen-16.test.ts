import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-fourth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a quote after a sentence opened by a place, then a role and a name', () => {
  test.each([
    [
      'No Alto do Mandu, a costureira Edileuza Ramos saiu de casa às 4h com os três netos. “Parecia um trovão, só que vinha de baixo.”',
      'Edileuza Ramos',
    ],
    [
      'In Alto do Mandu, seamstress Edileuza Ramos left her house at 4am with her grandchildren. “It sounded like thunder, only it came from below.”',
      'Edileuza Ramos',
    ],
    [
      'Nel pomeriggio, l’allenatore Marco Ferrante ha lasciato il campo senza parlare. «Non è il momento delle parole.»',
      'Marco Ferrante',
    ],
    [
      'En la plaza, el alcalde Jorge Ibáñez escuchó a los vecinos durante una hora. «Tienen razón en estar enfadados.»',
      'Jorge Ibáñez',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('an article alone before a capitalised body is no role', () => {
    const text =
      'Sette anni dopo il terremoto, il Teatro Comunale di Roccafiorita riapre le porte. Sabato sera il sipario si alzerà su «La bottega dei sogni».';
    expect(found(text).some((q) => q.includes('Teatro'))).toBe(false);
  });
});
