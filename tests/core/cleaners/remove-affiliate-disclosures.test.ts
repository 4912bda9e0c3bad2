import { describe, expect, it } from 'vitest';
import { removeAffiliateDisclosures } from '../../../src/core/cleaners/remove-affiliate-disclosures.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

describe('removeAffiliateDisclosures', () => {
  it.each([
    '<p>We earn a commission for products purchased through some links in this article. <a href="/trust">Why Trust Us?</a></p>',
    '<p><em>This post may contain affiliate links at no additional cost to you. I may earn a small commission.</em></p>',
    '<p>This article contains affiliate links that may earn us a commission at no extra cost to you. Read our Disclosure for more.</p>',
    '<p>Some of the links in this article are affiliate ones.<br>This means that if you click through them to make a purchase, we may earn a small commission.</p>',
    '<p>Disclosure: Bay News may earn a commission from some of the products featured on this page.</p>',
    '<p>Dieser Artikel enthält Affiliate-Links. Wenn du darüber einkaufst, erhalten wir eine kleine Provision.</p>',
    '<p>Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.</p>',
    '<p>Este artículo contiene enlaces de afiliados; podemos recibir una comisión por tus compras.</p>',
    '<p>Questo articolo contiene link di affiliazione: potremmo ricevere una commissione.</p>',
    '<p>Dit artikel bevat affiliate links: wij ontvangen een kleine commissie als je iets koopt.</p>',
  ])('removes %s', (html) => {
    const r = clean(
      removeAffiliateDisclosures,
      `<p>${STORY[0]}</p>${html}<p>${STORY[1]}</p><p>${STORY[2]}</p>`,
    );
    expect(r.reasons).toEqual(['affiliate-disclosure']);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it('takes the box around the note with its link to the policy', () => {
    const box =
      '<div class="note"><p>We may earn a commission when you buy through links on our site.</p><p><a href="/policy">Learn more</a></p></div>';
    const r = clean(removeAffiliateDisclosures, box + `<div>${BODY}</div>`);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    '<li>Affiliate programs: Streamers earn a commission when viewers buy games, gear, or software via affiliate links.</li>',
    '<p>Partners promote your tours to their audiences. Our system gives them booking links, so you receive new customers and affiliates earn commissions.</p>',
    '<p>No affiliate links. No paid promotion. I have used every piece of gear in this post for years.</p>',
    '<p>Brokers on the island earn a commission of two per cent on every ferry season ticket they sell to commuters.</p>',
    '<p>Affiliate marketing lets others promote your products for a commission.</p>',
  ])('keeps %s', (html) => {
    const r = clean(removeAffiliateDisclosures, BODY + html);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });
});
