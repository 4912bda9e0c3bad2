import { describe, expect, it } from 'vitest';
import { removeSubscriptionBoxes } from '../../../src/core/cleaners/remove-subscription-boxes.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeSubscriptionBoxes', () => {
  it.each([
    '<p>Subscribe</p>',
    '<p>Already a subscriber? Log in</p>',
    '<p>Get access to our premium journalism for as little as $1 a week.</p>',
    '<p>Jetzt abonnieren: 4 Wochen für 0,99 € pro Monat testen.</p>',
    '<p>Abonnez-vous : 1 € par mois pendant 3 mois.</p>',
  ])('removes %s', (html) => {
    const r = clean(removeSubscriptionBoxes, BODY + html);
    expect(r.reasons).toEqual(['subscription']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>Subscriptions to the service rose to 12 million, each paying $6.99 per month, the company said.</p>',
    '<p>If you just want Disney+, you can sign up for a free 7-day trial. Afterwards you’ll pay $6.99 per month.</p>',
  ])('keeps reporting about prices: %s', (html) => {
    const r = clean(removeSubscriptionBoxes, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
