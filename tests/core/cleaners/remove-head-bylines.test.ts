import { describe, expect, it } from 'vitest';
import { removeHeadBylines } from '../../../src/core/cleaners/remove-head-bylines.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeHeadBylines', () => {
  it.each([
    'By Paul Takahashi',
    'By Stefan Becket, Kathryn Watson, Grace Segers',
    'Von Anna Weber',
    'Par Claire Dubois',
    'Por María López',
    'Associated Press',
    'Detroit News wire services',
    'By',
  ])('removes the byline %j at the head and hands it to metadata', (byline) => {
    const r = clean(removeHeadBylines, `<p>${byline}</p>${BODY}`);
    expect(r.reasons).toEqual(['byline']);
    expect(r.ctx.found.bylines).toEqual([byline]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('removes the title repeated at the head and a byline naming a known author', () => {
    const r = clean(removeHeadBylines, `<h2>Ferries to run later</h2><p>Jo Bloggs</p>${BODY}`, {
      title: 'Ferries to run later',
      authors: ['Jo Bloggs'],
    });
    expect(r.reasons).toEqual(['title', 'byline']);
  });

  it.each([
    '<p>By the end of the year, every crossing will have a second crew member on board.</p>',
    '<p>Reuters reported the story first.</p>',
  ])('keeps %s', (html) => {
    const r = clean(removeHeadBylines, html + BODY);
    expect(r.removed).toEqual([]);
  });

  it('keeps a byline-like line in the body', () => {
    const r = clean(removeHeadBylines, `${BODY}<p>By Paul Takahashi</p>${BODY}`);
    expect(r.removed).toEqual([]);
  });
});
