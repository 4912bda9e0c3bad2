import { describe, expect, it } from 'vitest';
import { fixture, headerOf } from './helpers.ts';

const now = new Date('2021-04-20T12:00:00Z');

describe('extractMetadata on own-written pages', () => {
  it('reads a JSON-LD @graph: headline, authors, publisher, both dates', () => {
    expect(
      headerOf(fixture('jsonld-graph.html'), { url: 'https://gazette.example/news/ferries' }),
    ).toMatchObject({
      title: 'Ferry services resume after week-long strike',
      byline: 'Mara Quill, Tobias Venn',
      authors: ['Mara Quill', 'Tobias Venn'],
      siteName: 'The Harbour Gazette',
      published: '2023-03-02T08:15:00Z',
      modified: '2023-03-02T11:40:00Z',
      lang: 'en-GB',
      dir: 'ltr',
    });
  });

  it('reads meta tags: "Site - Headline", byline with "By", offsets to UTC, Content-Language', () => {
    expect(
      headerOf(fixture('meta-only.html'), { url: 'https://valleypost.example/council' }),
    ).toMatchObject({
      title: 'City council approves new cycle lanes',
      authors: ['Jane Doe', 'John Roe'],
      siteName: 'Valley Post',
      published: '2022-09-14T22:05:00Z',
      modified: '2022-09-15T13:30:00Z',
      lang: 'en-US',
    });
  });

  it('reads a visible German dateline and a "Von" byline when there is no metadata', () => {
    expect(
      headerOf(fixture('dateline-de.html'), { url: 'https://rheinbote.example/a/1', now }),
    ).toMatchObject({
      title: 'Neue Brücke über den Rhein eröffnet',
      authors: ['Lena Hartmann'],
      siteName: 'rheinbote.example',
      published: '2021-04-19T15:42:00Z',
      lang: 'de',
    });
  });

  it('tells a published <time> from an "updated" one', () => {
    expect(
      headerOf(fixture('time-elements.html'), { url: 'https://courrier.example/v' }),
    ).toMatchObject({
      title: 'Les vendanges commencent tôt cette année',
      published: '2022-08-18T04:30:00Z',
      lang: 'fr-FR',
    });
  });
});

describe('what the cleaners hand over', () => {
  const bare = `<!doctype html><html lang="en"><head><title>Huawei row deepens | Wire</title></head>
    <body><h1>Huawei row deepens</h1><p>${'Article text goes on here. '.repeat(40)}</p></body></html>`;

  it('puts a glued timestamp removed from the body into the header', () => {
    const header = headerOf(bare, { now }, { dates: ['15:42 GMT19 April 2021'], bylines: [] });
    expect(header.published).toBe('2021-04-19T15:42:00Z');
  });

  it('resolves a relative date against options.now', () => {
    const header = headerOf(bare, { now }, { dates: ['Published 1 day ago'], bylines: [] });
    expect(header.published).toBe('2021-04-19');
  });

  it('treats "Updated …" as the modification time, not publication', () => {
    const header = headerOf(
      bare,
      { now },
      { dates: ['15:42 GMT19 April 2021', 'Updated 9:41 AM'], bylines: [] },
    );
    expect(header).toMatchObject({
      published: '2021-04-19T15:42:00Z',
      modified: '2021-04-20T09:41:00Z',
    });
  });

  it('takes a removed byline, cleaned and split', () => {
    const header = headerOf(
      bare,
      { now },
      { dates: [], bylines: ['By Ann Lee and Bo Chan, 19 April 2021'] },
    );
    expect(header).toMatchObject({ authors: ['Ann Lee', 'Bo Chan'], byline: 'Ann Lee, Bo Chan' });
  });

  it('prefers a JSON-LD date over a visible dateline', () => {
    const html = bare.replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-18T10:00:00Z"}</script></head>',
    );
    expect(
      headerOf(html, { now }, { dates: ['15:42 GMT19 April 2021'], bylines: [] }).published,
    ).toBe('2021-04-18T10:00:00Z');
  });

  it('survives broken JSON-LD', () => {
    const html = bare.replace(
      '</head>',
      '<script type="application/ld+json">{"@type": "NewsArticle", </script></head>',
    );
    expect(headerOf(html, { now }).title).toBe('Huawei row deepens');
  });
});

describe('visible datelines', () => {
  it("reads the story's own dateline, not a dated teaser beside it", () => {
    const html = `<!doctype html><html lang="en"><head><title>Quay lights approved</title></head><body>
      <aside><div class="teaser"><a href="/old">Old story</a><span class="date">3 January 2019</span></div></aside>
      <article><h1>Quay lights approved</h1><span class="date">12 March 2024</span>
      <p>${'The council approved new lighting along the quay on Tuesday evening. '.repeat(8)}</p></article>
      </body></html>`;
    expect(headerOf(html, { now }).published).toBe('2024-03-12');
  });
});

describe('<time> elements', () => {
  it("prefers the article's own <time> over a sidebar's", () => {
    const html = `<!doctype html><html lang="en"><head><title>Quay lights approved</title></head><body>
      <aside><a href="/old">Old story</a> <time datetime="2019-01-03T10:00:00Z">3 Jan</time></aside>
      <article><h1>Quay lights approved</h1><time datetime="2024-03-12T08:00:00Z">12 March</time>
      <p>${'The council approved new lighting along the quay on Tuesday evening. '.repeat(8)}</p></article>
      </body></html>`;
    expect(headerOf(html, { now }).published).toBe('2024-03-12T08:00:00Z');
  });
});

describe('what is not a dateline', () => {
  it('does not read a video duration in a .time element as today', () => {
    const html = `<!doctype html><html lang="en"><head><title>Quay lights approved</title></head><body>
      <article><h1>Quay lights approved</h1><div class="video"><span class="time">1:03:42</span></div>
      <p>${'The council approved new lighting along the quay on Tuesday evening. '.repeat(8)}</p></article>
      </body></html>`;
    expect(headerOf(html, { now }).published).toBeNull();
  });
});
