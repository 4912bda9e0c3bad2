import { describe, expect, test } from 'vitest';
import { first, lastSpeech } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the twenty-first session. */

describe('a quote after a copula or an auxiliary is the predicate, not a modifier', () => {
  test.each([
    [
      'Rodrigo Tavares afirmou que o reajuste é "inevitável" diante da alta do diesel.',
      ['speech', 'Rodrigo Tavares'],
    ],
    [
      'Il geologo Stefano Galli spiega che le piogge hanno "saturato" il terreno.',
      ['speech', 'Stefano Galli'],
    ],
    [
      'Fábio Rezende disse que os resultados são “consistentes” com outros trabalhos.',
      ['speech', 'Fábio Rezende'],
    ],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test('after any other verb the quote still modifies the noun that follows', () => {
    expect(first('The deal lets the company supply “non-core” equipment.')).toEqual(['term', null]);
  });
});

describe('verbs of speaking with their preposition', () => {
  test.each([
    ['Henrique Matos fala em “falência do modelo”.', 'Henrique Matos'],
    ['Marie Dupont parle d’une « trahison ».', 'Marie Dupont'],
    ['Marie Dupont a parlé d’« erreurs » en série.', 'Marie Dupont'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Dutch "laat … weten" with words between the verb and its particle', () => {
  test.each([
    ['Jan de Vries liet na afloop weten ‘diep teleurgesteld’ te zijn.', 'Jan de Vries'],
    [
      'De Vereniging van Hogescholen en Universiteiten liet na afloop weten ‘diep teleurgesteld’ te zijn.',
      'Vereniging van Hogescholen en Universiteiten',
    ],
    [
      'Het ministerie van Landbouw laat in een reactie weten de situatie “nauwlettend te volgen”.',
      'ministerie van Landbouw',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('organisations named over "and" and in lower case', () => {
  test.each([
    [
      'Das Bundesministerium für Arbeit und Soziales teilte mit, es prüfe den Fall „mit Nachdruck“.',
      'Bundesministerium für Arbeit und Soziales',
    ],
    [
      'Le ministère de l’Industrie a indiqué « suivre la situation de près ».',
      'ministère de l’Industrie',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('two people joined by "and" stay people, not one body', () => {
    expect(first('“We won,” said Tom Smith and Jane Doe.')).not.toEqual([
      'speech',
      'Tom Smith and Jane Doe',
    ]);
  });
});
