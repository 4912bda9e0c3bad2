import { describe, expect, it } from 'vitest';
import { unhideMainContent } from '../../../src/core/prepare/unhide-main-content.ts';

const STORY = '<p>The harbour authority approved the new ferry timetable on Tuesday.</p>'.repeat(
  12,
);
const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('unhideMainContent', () => {
  it.each([
    ['hidden', `<div hidden>${STORY}</div>`],
    ['aria-hidden', `<div aria-hidden="true">${STORY}</div>`],
    ['display:none', `<div style="opacity:1; display: none">${STORY}</div>`],
    ['visibility:hidden', `<main style="visibility:hidden">${STORY}</main>`],
  ])('shows a %s wrapper around most of the page', (_name, html) => {
    const d = doc(`<nav>Menu</nav>${html}`);
    unhideMainContent(d);
    const wrapper = d.body.children[1]!;
    expect(wrapper.hasAttribute('hidden')).toBe(false);
    expect(wrapper.getAttribute('aria-hidden')).toBeNull();
    expect(wrapper.getAttribute('style') ?? '').not.toMatch(/none|hidden/);
  });

  it('keeps small hidden parts hidden', () => {
    const d = doc(
      `<div hidden id="menu"><a href="/">Home</a></div>${STORY}<div style="display:none">Thanks for subscribing!</div><span aria-hidden="true">★</span>`,
    );
    unhideMainContent(d);
    expect(d.querySelector('#menu')?.hasAttribute('hidden')).toBe(true);
    expect(d.querySelector('[style]')?.getAttribute('style')).toBe('display:none');
    expect(d.querySelector('span')?.getAttribute('aria-hidden')).toBe('true');
  });
});
