import type { Article } from '../../src/core/types.ts';

/** A small article with the core's quote markup, as the content script hands it over. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  const title = overrides.title ?? 'Talks <img src=x onerror=alert(1)> collapse';
  return {
    url: 'https://news.example/story',
    title,
    // As the core gives it: the title's text, escaped (no quotes in this one).
    titleHtml: title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    byline: 'Ana Ruiz',
    authors: ['Ana Ruiz'],
    siteName: 'The Example',
    excerpt: null,
    published: '2021-04-19T15:42:00Z',
    modified: '2021-04-20T09:00:00Z',
    lang: 'en',
    dir: 'ltr',
    wordCount: 60,
    readingMinutes: 1,
    html:
      '<p>The minister said: <q class="dc-quote" data-kind="speech" data-speaker="Jo Park" data-role="Minister" data-quote-id="dc-q-1">“We will not sign.”</q></p>' +
      '<p>Critics called it a <q class="dc-quote" data-kind="term" data-quote-id="dc-q-2">“stunt”</q>.</p>' +
      '<p><q class="dc-quote" data-kind="speech" data-quote-id="dc-q-3">“Nobody asked us,”</q> one farmer said.</p>' +
      '<blockquote data-kind="block" data-speaker="Jo Park" data-quote-id="dc-q-4"><p>Not now, not ever.</p></blockquote>' +
      '<p>Last paragraph <script>alert(1)</script>here.</p>',
    text: 'The minister said: “We will not sign.”',
    quotes: [
      {
        id: 'dc-q-1',
        text: '“We will not sign.”',
        kind: 'speech',
        speaker: 'Jo Park',
        role: 'Minister',
        paragraph: 0,
      },
      { id: 'dc-q-2', text: '“stunt”', kind: 'term', speaker: null, paragraph: 1 },
      { id: 'dc-q-3', text: '“Nobody asked us,”', kind: 'speech', speaker: null, paragraph: 2 },
      { id: 'dc-q-4', text: 'Not now, not ever.', kind: 'block', speaker: 'Jo Park', paragraph: 3 },
    ],
    removed: [
      {
        reason: 'share-bar',
        text: 'Share on Facebook',
        html: '<li><a href="https://fb.example/">Share on Facebook</a></li>',
      },
      {
        reason: 'related-links',
        text: 'More stories',
        html: '<p onclick="x()">More stories<script>bad()</script></p>',
      },
    ],
    ...overrides,
  };
}
