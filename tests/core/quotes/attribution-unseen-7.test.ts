import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-third session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a colon frame is its whole sentence, over the terms quoted in it', () => {
  test.each([
    [
      'Le maire, Patrick Delmas (divers droite), a défendu une décision « pénible mais juste » : « Je ne ferme pas cette salle de gaieté de cœur. »',
      'Patrick Delmas',
    ],
    [
      'Le maire de la commune, Gérard Pinel, redoute un « effet domino » sur les sous-traitants : « Quand l’usine tousse, toute la vallée s’enrhume. »',
      'Gérard Pinel',
    ],
    [
      'The mayor, Jane Roeder, defended the decision as “painful but responsible” on Monday: “I am not closing this pool lightly.”',
      'Jane Roeder',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`, `speech/${speaker}`]);
  });

  test('not over a sentence that ends between the term and the colon', () => {
    const text =
      'Locals call it the “blue pool”. Its future is now clear to everyone: “We will close it in June.”';
    expect(found(text)[1]).not.toBe('speech/Locals');
    expect(found(text)[0]).toBe('term/-');
  });
});

describe('German copy', () => {
  test('a conjunction that opens the sentence is no part of the name after it', () => {
    const text =
      'Wenn Hermine Kallinger um vier Uhr die Backstube aufsperrt, schläft das Dorf noch.\n„Ich hab’s mir lange überlegt“, sagt sie.';
    expect(found(text)).toEqual(['speech/Hermine Kallinger']);
  });

  test('a compound customer noun before the name is her role; "schimpft sie" frames the quote', () => {
    const text =
      'Stammkundin Gertraud Hollerer kommt seit vierzig Jahren jeden Morgen. „Wo soll ich denn jetzt mein Brot holen?“, schimpft sie.';
    expect(found(text)).toEqual(['speech/Gertraud Hollerer']);
  });

  test('"Millionen Franken" is no name for the subjunctive report after it to go to', () => {
    const text =
      'Regionalsekretärin Daniela Gmünder kritisierte den Abbau. Das Unternehmen habe über 60 Millionen Franken an Dividenden ausgeschüttet, «und jetzt sollen die Büezer die Rechnung bezahlen».';
    expect(found(text)).toEqual(['speech/Daniela Gmünder']);
  });

  test('"bezeichnete den Abbau als «…»" gives the words to the subject, in a title’s capitals', () => {
    const text =
      'Regionalsekretärin Daniela Gmünder bezeichnete den Abbau als «Kahlschlag auf Raten».';
    expect(found(text)).toEqual(['speech/Daniela Gmünder']);
  });
});
