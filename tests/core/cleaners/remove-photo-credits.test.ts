import { describe, expect, it } from 'vitest';
import {
  isPhotoCredit,
  removePhotoCredits,
} from '../../../src/core/cleaners/remove-photo-credits.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removePhotoCredits', () => {
  it.each([
    'Credit...Doug Mills/The New York Times',
    'Photo: AFP',
    'Photograph: AFP via Getty',
    '(Image: © NASA/ESA/K. Retherford/SWRI)',
    'Sakib Ali/Hindustan Times/Getty Images',
    'Getty Images',
    'Natalie Naccache | Bloomberg | Getty Images',
    'Foto: dpa',
    'Bild: Keystone',
    'Crédit photo : AFP',
    'Foto: EFE',
    'Image copyright',
    'Image caption',
    '© Reuters',
    'Courtesy of brand',
    '(Image credit: Wareable)',
    'Credit: The Spruce Eats',
    'Copyright 2021 Harbour Press',
    '© 2024 AP Photo',
    'Getty Images / Holger Leue',
    'Getty Images / Patrick J. Endres',
    'iStock | 35007',
    'Image 1 of 9',
    'Image 1 of / 8',
    '1 of 6',
    'Bild 3 von 12',
  ])('recognises %j as a credit', (text) => {
    expect(isPhotoCredit(text)).toBe(true);
  });

  it.each([
    'Photographers waited outside the court for six hours.',
    'The agency, Reuters, first reported the deal.',
    'Image is everything, the candidate told the crowd.',
    'Getty Images agreed to buy the archive for $20 million last year, the company said.',
    'Copyright Complexity in a Fragmented World',
    'Copyright Office Weighs In on AI Training and Fair Use',
    'Video: 4K/30p, Full HD 120p',
    'AP/NORC poll finds support for the ferry plan',
    'Reuters / the agency said on Monday',
    '5/5',
    '1 / 5',
    '3 of the 12 crossings were cancelled',
  ])('does not take %j for a credit', (text) => {
    expect(isPhotoCredit(text)).toBe(false);
  });

  it('removes a credit left on its own line and keeps the story', () => {
    const r = clean(removePhotoCredits, `<p>Credit...Doug Mills/The New York Times</p>${BODY}`);
    expect(r.reasons).toEqual(['photo-credit']);
    expect(keepsStory(r.text)).toBe(true);
  });
});
