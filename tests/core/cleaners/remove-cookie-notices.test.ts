import { describe, expect, it } from 'vitest';
import { removeCookieNotices } from '../../../src/core/cleaners/remove-cookie-notices.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeCookieNotices', () => {
  it.each([
    '<div><p>We use cookies to personalise content and ads.</p><p>Accept</p></div>',
    '<div><p>Wir verwenden Cookies, um Inhalte zu personalisieren.</p></div>',
    '<div><p>Ce site utilise des cookies.</p></div>',
    '<div><p>Utilizamos cookies propias y de terceros.</p></div>',
    '<div><p>Utilizziamo i cookie per migliorare il sito.</p></div>',
    '<div><p>Deze website gebruikt cookies.</p></div>',
  ])('removes %s', (html) => {
    const r = clean(removeCookieNotices, `<div>${BODY}</div>${html}`);
    expect(r.reasons).toEqual(['cookie-notice']);
    expect(r.text.split('\n')).toHaveLength(3);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a story about cookies', () => {
    const html =
      '<p>The bakery sold 4,000 cookies on the first crossing, its owner said with a grin.</p>';
    const r = clean(removeCookieNotices, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
