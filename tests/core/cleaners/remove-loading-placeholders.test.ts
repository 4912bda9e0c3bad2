import { describe, expect, it } from 'vitest';
import { removeLoadingPlaceholders } from '../../../src/core/cleaners/remove-loading-placeholders.ts';
import { STORY, clean, keepsStory } from './clean-snippet.ts';

const [p1, p2, p3] = STORY.map((p) => `<p>${p}</p>`);

describe('removeLoadingPlaceholders', () => {
  it.each([
    ['a paragraph placeholder', '<div class="slot">Loading paragraph...</div>'],
    ['an image placeholder', '<p>Loading image…</p>'],
    ['a placeholder naming its block', '<div>Loading hub_pages...</div>'],
    ['a plain "Loading…"', '<div><span>Loading…</span></div>'],
    ['a French placeholder', '<p>Chargement…</p>'],
    ['a German placeholder', '<p>Wird geladen ...</p>'],
    ['a "please wait"', '<p>Loading, please wait</p>'],
    ["a feed's empty state", '<div><p>No posts</p></div>'],
    ["a list's empty state", '<p>No items found.</p>'],
    ['a German empty state', '<p>Keine Beiträge gefunden</p>'],
  ])('removes %s', (_name, html) => {
    const r = clean(removeLoadingPlaceholders, `${p1}${html}${p2}${html}${p3}`);
    expect(r.removed).toHaveLength(2);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    ['a sentence about loading', '<p>Loading the ferry takes twenty minutes...</p>'],
    ['a heading without an ellipsis', '<h3>Loading</h3>'],
    ['a heading about loading bays', '<h3>Loading bays and ramps</h3>'],
    ['a one-line answer', '<p>No comment.</p>'],
    ['a sentence that starts like an empty state', '<p>No results were found in the trial.</p>'],
    ['a heading about posts', '<h3>No posts for the guards</h3>'],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeLoadingPlaceholders, `${p1}${html}${p2}${p3}`);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    ['a survey thank-you', '<div>✅ Thank you for completing the survey!</div>'],
    ['a vote thank-you', '<p>Thanks for voting!</p>'],
    ['a form error', '<p>Oops! Something went wrong while submitting the form.</p>'],
    [
      "a search widget's miss",
      "<p>Sorry, we couldn't find a match for this location. Please try again.</p>",
    ],
    [
      "a map widget's location error",
      "<div>We're sorry. It looks like this option is not available. You might have location services disabled in your browser settings.</div>",
    ],
    ['a German thank-you', '<p>Vielen Dank für Ihre Teilnahme an der Umfrage!</p>'],
  ])('removes what a form says once sent: %s', (_name, html) => {
    const r = clean(removeLoadingPlaceholders, `${p1}${html}${p2}${p3}`);
    expect(r.reasons).toEqual(['placeholder']);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    [
      'a thank-you in the story',
      '<p>Thank you for completing the survey, the harbour master wrote to the 300 commuters who answered.</p>',
    ],
    ['an apology in a quote', '<p>“Sorry, we couldn’t find the ferry,” the coastguard said.</p>'],
    [
      'a sentence about location tracking',
      '<p>Location services were disabled on the captain’s phone, the inquiry found.</p>',
    ],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeLoadingPlaceholders, `${p1}${html}${p2}${p3}`);
    expect(r.removed).toEqual([]);
  });
});
