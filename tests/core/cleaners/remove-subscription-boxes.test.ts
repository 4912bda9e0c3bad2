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
    '<p>Already have an account? Log in</p>',
    '<p>To read the rest of this story subscribe to Harbour+.</p>',
    '<p>This article is exclusive to Harbour+ subscribers</p>',
  ])('removes %s', (html) => {
    const r = clean(removeSubscriptionBoxes, BODY + html);
    expect(r.reasons).toEqual(['subscription']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>Subscriptions to the service rose to 12 million, each paying $6.99 per month, the company said.</p>',
    '<p>If you just want Disney+, you can sign up for a free 7-day trial. Afterwards you’ll pay $6.99 per month.</p>',
    '<p>Subscriptions/memberships: Viewers pay a monthly fee to support the streamer and unlock perks (e.g., emotes, badges, ad-free viewing).</p>',
    '<ul><li>Pros</li><li>Crystal-clear image quality</li><li>Cons</li><li>Subscription required to unlock all its best features</li></ul>',
  ])('keeps reporting about prices: %s', (html) => {
    const r = clean(removeSubscriptionBoxes, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
