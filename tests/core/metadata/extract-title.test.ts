import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../../src/core/metadata/extract-title.ts';
import { headerOf } from './helpers.ts';

describe('stripSiteName', () => {
  it.each([
    ['Headline here | Site', ['Site'], 'Headline here'],
    ['Site - Headline here', ['Site'], 'Headline here'],
    ['Headline here — The Site', ['the site'], 'Headline here'],
    ['Headline here | World | Site', ['Site'], 'Headline here | World'],
    ['Headline here – BBC News', ['bbc.co.uk', 'bbc'], 'Headline here'],
    ['Spider-Man - a review', ['Site'], 'Spider-Man - a review'],
    ['Site', ['Site'], 'Site'],
  ])('%j without %j → %j', (title, names, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });
});

const page = (head: string, body = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}<p>${'Some article text. '.repeat(30)}</p></body></html>`;

describe('extractTitle via the header', () => {
  it('prefers an h1 that agrees with a segment of the document title', () => {
    const html = page(
      '<title>Rates rise again - Daily Ledger</title>',
      '<h1>Rates rise again</h1>',
    );
    expect(headerOf(html).title).toBe('Rates rise again');
  });

  it('does not take a logo h1 that is the site name', () => {
    const html = page(
      '<title>Rates rise again | Daily Ledger</title><meta property="og:site_name" content="Daily Ledger">',
      '<h1>Daily Ledger</h1>',
    );
    expect(headerOf(html).title).toBe('Rates rise again');
  });

  it('strips the site name from an h1 that carries it too', () => {
    const html = page(
      '<title>Best exhibitions of 2025 – Artlyst - Artlyst</title><meta property="og:site_name" content="Artlyst">',
      '<h1>Best exhibitions of 2025 – Artlyst</h1>',
    );
    expect(headerOf(html).title).toBe('Best exhibitions of 2025');
  });

  it('strips the site name from og:title when the site name is known', () => {
    const html = page(
      '<title>x</title><meta property="og:title" content="Daily Ledger: markets | Rates rise again"><meta property="og:site_name" content="Daily Ledger: markets">',
    );
    expect(headerOf(html).title).toBe('Rates rise again');
  });

  it('drops a short unknown suffix but keeps a lower-case continuation', () => {
    expect(headerOf(page('<title>Lorem ipsum dolor sit amet – My website</title>')).title).toBe(
      'Lorem ipsum dolor sit amet',
    );
    expect(
      headerOf(page('<title>How we designed the queue - an async task framework</title>')).title,
    ).toBe('How we designed the queue - an async task framework');
  });

  it('returns plain text, never markup', () => {
    const html = page('<title>Rates &lt;b&gt;rise&lt;/b&gt; again</title>');
    expect(headerOf(html).title).toBe('Rates <b>rise</b> again');
  });
});
