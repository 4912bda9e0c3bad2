import { describe, expect, it } from 'vitest';
import { removeBreadcrumbs } from '../../../src/core/cleaners/remove-breadcrumbs.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeBreadcrumbs', () => {
  it.each([
    [
      'a trail',
      '<p><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></p>',
    ],
    ['a nav', '<nav><a href="/">Startseite</a> / <a href="/politik">Politik</a></nav>'],
    [
      'link-only lines',
      '<p><a href="/">Home</a></p><p><a href="/news">News</a></p><p><a href="/science">Science &amp; Space</a></p>',
    ],
    ['a section label', '<p>Opinion Columnist</p>'],
    ['a capitalised kicker', '<div>REVIEW</div>'],
    ['a skip link left as text', '<p>Skip to main content</p>'],
    ['a German skip link', '<div>Zum Inhalt springen</div>'],
  ])('removes %s at the head', (_name, html) => {
    const r = clean(removeBreadcrumbs, html + BODY);
    expect(new Set(r.reasons)).toEqual(new Set(['breadcrumbs']));
    expect(r.text.split('\n')).toHaveLength(3);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    ['a heading that opens the text', '<h2>Introduction</h2>'],
    ['list items', '<ul><li>Two Eggs</li><li>Plain Flour</li></ul>'],
    ['a standfirst', '<p>Commuters get later boats and no fare rise.</p>'],
    [
      'a heading over a list',
      '<p>Key Takeaways</p><ul><li>Later boats</li><li>No fare rise</li></ul>',
    ],
    [
      'section headings over formulas, before any running text',
      '<h2>The Lorenz Equations</h2><math><mi>x</mi></math><h2>The Cauchy Inequality</h2><math><mi>y</mi></math><h2>Maxwell’s Equations</h2><math><mi>z</mi></math>',
    ],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeBreadcrumbs, html + BODY);
    expect(r.removed).toEqual([]);
  });

  it('keeps a short label when the page has no running text at all', () => {
    const r = clean(removeBreadcrumbs, '<div>Test</div>');
    expect(r.removed).toEqual([]);
  });

  it('keeps link-only lines inside the body', () => {
    const links = '<p><a href="/a">Timetable</a></p><p><a href="/b">Fares</a></p>';
    const r = clean(removeBreadcrumbs, BODY.replace('</p>', `</p>${links}`));
    expect(r.removed).toEqual([]);
  });
});
