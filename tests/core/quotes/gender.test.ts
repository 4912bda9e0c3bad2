import { describe, expect, it } from 'vitest';
import { genders } from '../../../src/core/quotes/gender.ts';

describe('the gender a text gives a surname', () => {
  const text = [
    'Mr Cook spoke first. Cooper said she would stay; Ms Grisham agreed.',
    'Taylor, told reporters he was done. Later Taylor said that she — no, Taylor said he was done.',
    'Katherine McLee said she left. Evans wrote he had been there.',
  ].join('\n');
  const genderOf = genders(text);

  it('reads honorifics and "X said he/she"', () => {
    expect(genderOf('Cook')).toBe('m');
    expect(genderOf('Grisham')).toBe('f');
    expect(genderOf('Cooper')).toBe('f');
    expect(genderOf('Evans')).toBe('m');
  });

  it('gives none to a surname the text gives both ways', () => {
    expect(genderOf('Taylor')).toBeUndefined();
  });

  it('reads the whole word before the verb: "McLee said she" is not about a "Lee"', () => {
    expect(genderOf('McLee')).toBe('f');
    expect(genderOf('Lee')).toBeUndefined();
  });

  it('gives none to a surname the text never genders', () => {
    expect(genderOf('Katherine')).toBeUndefined();
    expect(genderOf('Nobody')).toBeUndefined();
  });
});
