import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../../src/core/block-text.ts';
import { markQuotes } from '../../../src/core/quotes/index.ts';

const body = (html: string): HTMLElement => {
  const doc = new JSDOM(`<body><article>${html}</article></body>`).window.document;
  return doc.querySelector('article')!;
};

describe('markQuotes: markup', () => {
  test('wraps speech with kind, speaker, role and id, keeping the marks inside', () => {
    const root = body('<p>White House chief of staff Mick Mulvaney said: “We are concerned.”</p>');
    const [quote] = markQuotes(root);
    const q = root.querySelector('q')!;
    expect(q.outerHTML).toBe(
      '<q class="dc-quote" data-kind="speech" data-speaker="Mick Mulvaney" data-role="White House chief of staff" data-quote-id="dc-q-1">“We are concerned.”</q>',
    );
    expect(q.hasAttribute('id')).toBe(false);
    expect(quote).toEqual({
      id: 'dc-q-1',
      text: 'We are concerned.',
      kind: 'speech',
      speaker: 'Mick Mulvaney',
      role: 'White House chief of staff',
      paragraph: 0,
    });
  });

  test('terms carry no speaker', () => {
    const root = body('<p>It may supply “non-core” equipment.</p>');
    markQuotes(root);
    expect(root.querySelector('q')!.outerHTML).toBe(
      '<q class="dc-quote" data-kind="term" data-quote-id="dc-q-1">“non-core”</q>',
    );
  });

  test.each([
    ['a link inside', '<p>She said: “We <a href="#x">never</a> left.”</p>'],
    ['emphasis inside', '<p>She said: “We <em>never</em> left.”</p>'],
    ['the quote starts inside an element', '<p>She said: <em>“We never</em> left.”</p>'],
    ['the quote ends inside an element', '<p>She said: “We never <b>left.”</b> Then</p>'],
    [
      'nested inline elements',
      '<p><span>She said: <i>“We <a href="#">ne<b>ver</b></a></i> left.”</span></p>',
    ],
  ])('spans crossing inline elements: %s', (_name, html) => {
    const root = body(html);
    const before = root.textContent;
    const quotes = markQuotes(root);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We never left.');
    // The text is untouched, every piece of the quote is inside a marked element, nothing else is.
    expect(root.textContent).toBe(before);
    const marked = Array.from(root.querySelectorAll('q[data-quote-id="dc-q-1"]'))
      .map((q) => q.textContent)
      .join('');
    expect(marked).toBe('“We never left.”');
    // Still a well-formed tree: serialising and parsing again gives the same markup.
    expect(body(root.innerHTML).innerHTML).toBe(root.innerHTML);
  });

  test('a multi-paragraph quote is one quote, marked in each paragraph', () => {
    const root = body('<p>“First part.</p><p>“Second part,” Jane Doe said.</p>');
    const quotes = markQuotes(root);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('First part. Second part,');
    expect(quotes[0]!.speaker).toBe('Jane Doe');
    const parts = root.querySelectorAll('q[data-quote-id="dc-q-1"]');
    expect(parts).toHaveLength(2);
    expect(parts[0]!.parentElement!.localName).toBe('p');
    expect(parts[1]!.parentElement).not.toBe(parts[0]!.parentElement);
  });

  test('blockquotes: kind block, speaker from the lead-in paragraph', () => {
    const root = body(
      '<p>Jane Doe wrote on Twitter:</p><blockquote><p>We are “done” here.</p></blockquote>',
    );
    const quotes = markQuotes(root);
    const bq = root.querySelector('blockquote')!;
    expect(bq.getAttribute('data-kind')).toBe('block');
    expect(bq.getAttribute('data-speaker')).toBe('Jane Doe');
    expect(bq.getAttribute('data-quote-id')).toBe('dc-q-1');
    // Quotes inside a blockquote are part of it, not listed again.
    expect(quotes.map((q) => q.kind)).toEqual(['block']);
    expect(root.querySelector('blockquote q')).toBeNull();
  });

  test('blockquotes: speaker from a byline or cite inside', () => {
    const root = body(
      '<p>Some text.</p><blockquote class="twitter-tweet"><p>Great day</p>— Jane Roe (@jroe) November 19, 2019</blockquote>' +
        '<blockquote><p>To be or not to be.</p><footer><cite>William Shakespeare</cite></footer></blockquote>',
    );
    const quotes = markQuotes(root);
    expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['block', 'Jane Roe', 'Great day'],
      ['block', 'William Shakespeare', 'To be or not to be.'],
    ]);
  });

  test('a credit typed with two hyphens is no part of the words; one that describes names no one', () => {
    const root = body(
      '<p>Survey answers.</p><blockquote><p>"I can confidently build systems that scale." -- Engineering manager with 20 years experience</p></blockquote>' +
        '<blockquote><p>"We have a library -- effectively a database -- that we deploy." -- Distinguished engineer</p></blockquote>' +
        '<blockquote><p>"Cargo just works." -- Jane Roe, maintainer</p></blockquote>' +
        '<blockquote><p>Nothing else comes close. — Senior engineer at a startup</p></blockquote>',
    );
    expect(markQuotes(root).map((q) => [q.text, q.speaker])).toEqual([
      ['"I can confidently build systems that scale."', null],
      ['"We have a library -- effectively a database -- that we deploy."', null],
      ['"Cargo just works."', 'Jane Roe'],
      ['Nothing else comes close.', null],
    ]);
  });

  test('a dash clause closing a blockquote is its own words, not a byline', () => {
    const root = body(
      '<p>Reviews are in.</p><blockquote><p>Game streaming is finally viable, and Stadia is leading the charge — but with this launch, it’s turning out to be more of a stroll. Hey, at least we’re getting there.</p></blockquote>',
    );
    expect(markQuotes(root).map((q) => q.text)).toEqual([
      'Game streaming is finally viable, and Stadia is leading the charge — but with this launch, it’s turning out to be more of a stroll. Hey, at least we’re getting there.',
    ]);
  });

  test('a blockquote without any named source has no speaker', () => {
    const root = body('<p>Here is the text.</p><blockquote><p>Plain words.</p></blockquote>');
    expect(markQuotes(root)).toEqual([
      { id: 'dc-q-1', text: 'Plain words.', kind: 'block', speaker: null, paragraph: 1 },
    ]);
  });

  test('ids follow document order across inline quotes and blockquotes', () => {
    const root = body('<p>A “one” b.</p><blockquote><p>Two.</p></blockquote><p>C “three” d.</p>');
    expect(markQuotes(root).map((q) => [q.id, q.text])).toEqual([
      ['dc-q-1', 'one'],
      ['dc-q-2', 'Two.'],
      ['dc-q-3', 'three'],
    ]);
  });

  test('code is never searched for quotes', () => {
    const root = body('<pre>x = "not a quote"</pre><p>He said “yes” twice.</p>');
    expect(markQuotes(root).map((q) => q.text)).toEqual(['yes']);
    expect(root.querySelector('pre q')).toBeNull();
  });

  test('unbalanced marks never throw and never wrap the rest of the article', () => {
    const root = body('<p>A “stray mark.</p><p>Plain paragraph.</p><p>And “a real one” here.</p>');
    expect(markQuotes(root).map((q) => q.text)).toEqual(['a real one']);
    expect(root.querySelectorAll('q')).toHaveLength(1);
  });

  test('paragraph numbers are the lines of the article text', () => {
    const root = body('<h2>Title</h2><p>Intro.</p><ul><li>One</li><li>He said “yes”.</li></ul>');
    expect(markQuotes(root)[0]!.paragraph).toBe(3);
  });

  test.each([
    [
      'a figure caption',
      '<figure><img src="a.jpg"><figcaption>Photo: “caption”</figcaption></figure>',
    ],
    ['a line of zero-width characters', '<p>\u200b</p>'],
    ['a <pre> of three lines', '<pre>line one\n\nline two\nline three</pre>'],
  ])('paragraph numbers are lines of the article text after %s', (_what, html) => {
    // As the article text has it: blockText without figure captions.
    const root = body(
      `<p>Intro.</p>${html}<p>He said “yes” then.</p><ul><li>She said “no”.</li></ul>`,
    );
    const lines = blockText(root, new Set(['figcaption'])).split('\n');
    const quotes = markQuotes(root);
    const at = (text: string) => quotes.find((q) => q.text === text)!.paragraph;
    expect(lines[at('yes')]).toBe('He said “yes” then.');
    expect(lines[at('no')]).toBe('She said “no”.');
  });

  test("a caption's quote is on no line of the text: it takes the next line's number", () => {
    const root = body(
      '<p>Intro.</p><figure><figcaption>Photo: “caption”</figcaption></figure><p>Next.</p>',
    );
    expect(markQuotes(root)[0]!.paragraph).toBe(1);
  });

  test('several quotes in one text node and across nodes are each wrapped exactly', () => {
    const root = body(
      '<p>“One,” she said, “two” and <em>“three</em> four” then “five.”</p><p>“Six,” he said.</p>',
    );
    const before = root.textContent;
    markQuotes(root);
    expect(root.textContent).toBe(before);
    const byId = new Map<string, string>();
    for (const q of Array.from(root.querySelectorAll('q')))
      byId.set(q.dataset.quoteId!, (byId.get(q.dataset.quoteId!) ?? '') + q.textContent);
    expect([...byId.values()]).toEqual(['“One,”', '“two”', '“three four”', '“five.”', '“Six,”']);
  });
});

describe('markQuotes: figure captions are asides (readability schema-org-context-object)', () => {
  test('a pronoun after a figure goes back past its caption and photo credit', () => {
    const html =
      '<p>A plan to impeach President Yoon Suk Yeol has failed.</p>' +
      '<p>Earlier Saturday, Yoon apologized, saying they “stemmed from the urgency” he felt.</p>' +
      '<figure><img src="a.jpg"><figcaption><span>An image of President Yoon Suk Yeol is raised at a rally.</span><span>Anthony Wallace / AFP - Getty Images</span></figcaption></figure>' +
      '<p>“I deeply regret this,” he said.</p>';
    expect(markQuotes(body(html)).map((q) => q.speaker)).toEqual([
      'Yoon Suk Yeol',
      'Yoon Suk Yeol',
    ]);
  });
});
