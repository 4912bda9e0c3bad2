import { describe, expect, it } from 'vitest';
import { removeNewsletterBoxes } from '../../../src/core/cleaners/remove-newsletter-boxes.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

describe('removeNewsletterBoxes', () => {
  it('removes a sign-up box with its heading and button', () => {
    const box =
      '<div><h3>Sign up for our newsletter</h3><p>The day’s top stories in your inbox.</p><p>Subscribe</p></div>';
    const r = clean(
      removeNewsletterBoxes,
      `<div><div>${STORY.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>${box}<div><p>${STORY[2]}</p></div></div>`,
    );
    expect(r.text).not.toMatch(/newsletter|inbox|Subscribe/);
    expect(r.reasons).toEqual(['newsletter']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>Breaking News Emails</p><p>Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.</p>',
    '<p>Newsletter abonnieren: Die wichtigsten Nachrichten jeden Morgen.</p>',
    '<p>Inscrivez-vous à notre newsletter</p>',
    '<p>Suscríbete a nuestro boletín</p>',
    '<p>Iscriviti alla newsletter</p>',
    '<p>Schrijf je in voor de nieuwsbrief</p>',
    '<p>By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from Bay News.</p>',
    '<p>By clicking “Sign up”, you agree to receive marketing emails and acknowledge our privacy notice.</p>',
  ])('removes %s', (html) => {
    const r = clean(removeNewsletterBoxes, BODY + html);
    expect(r.reasons).toContain('newsletter');
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    '<p>The newsletter, founded in 1990 by two retired teachers, now reaches every household on the island.</p>',
    '<p>Sign up for a Hulu ad-free account for $11.99 a month if you want to skip the breaks.</p>',
    '<p>Step 1: Add and search for newsletters</p>',
    '<p>I also identified 28 newsletters, a small subset of the newsletters I subscribe to, as the test set.</p>',
    '<p>By signing up for the night boat in March, commuters agreed to a fixed fare for the whole year.</p>',
  ])('keeps %s', (html) => {
    const r = clean(removeNewsletterBoxes, BODY + html);
    expect(r.removed).toEqual([]);
  });

  it.each([
    '<p>Be sure to sign up below so we can stay in touch!</p>',
    '<h3><a href="/course">Get the five day email course to start sewing your own clothes!</a></h3>',
    '<h3><a href="/course">Join my FREE ‘Harbour Sketching Course’ sign up HERE!</a></h3>',
  ])('removes a course or sign-up invitation: %s', (html) => {
    const r = clean(removeNewsletterBoxes, BODY + html);
    expect(r.reasons).toEqual(['newsletter']);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it('removes a pitch written into the article with its lead-in and heading', () => {
    const pitch =
      '<hr><h3>Do you want to learn to sketch boats?</h3><p>If so, I have something special for you! My free email course with a workbook.</p><p>Just sign up below to have the lessons sent to your inbox.</p><div id="form"></div><hr>';
    const r = clean(
      removeNewsletterBoxes,
      `<p>${STORY[0]}</p><p>${STORY[1]}</p>${pitch}<h3>The timetable</h3><p>${STORY[2]}</p>`,
    );
    expect(r.removed).toHaveLength(3);
    expect(r.text.split('\n')).toEqual([STORY[0], STORY[1], 'The timetable', STORY[2]]);
  });

  it('keeps a section and its text above a sign-up line', () => {
    const html =
      '<h3>Training</h3><p>The college offers a free online course in navigation for ferry crews.</p><p>Just sign up below to have our updates sent to your inbox.</p>';
    const r = clean(removeNewsletterBoxes, BODY + html);
    expect(r.removed).toHaveLength(1);
    expect(r.text).toMatch(/Training\nThe college offers/);
  });

  it.each([
    '<p>To buy a season ticket, sign up here with your ferry card number and a valid address.</p>',
    '<p>Get the course notes from the harbour office: the free navigation course starts in May.</p>',
  ])('keeps %s', (html) => {
    const r = clean(removeNewsletterBoxes, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
