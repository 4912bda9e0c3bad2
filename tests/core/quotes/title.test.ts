import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract-article.ts';
import { markTitleQuotes, TITLE_PARAGRAPH } from '../../../src/core/quotes/title.ts';
import type { Quote } from '../../../src/core/types.ts';

const doc = new JSDOM('<body></body>').window.document;

/** A title `<h1>` as extractArticle builds it, marked against the given body quotes and text. */
function title(text: string, body: Quote[] = [], bodyText = '') {
  const h1 = doc.createElement('h1');
  h1.textContent = text;
  const quotes = markTitleQuotes(h1, body, bodyText);
  return { quotes, h1, kinds: quotes.map((q) => [q.kind, q.speaker, q.text]) };
}

const said = (speaker: string, text: string, paragraph = 0): Quote => ({
  id: `dc-q-${paragraph + 1}`,
  text,
  kind: 'speech',
  speaker,
  paragraph,
});

describe('quotes in the title', () => {
  test('a term in a headline, marked like the body’s, id dc-q-t1 and paragraph -1', () => {
    const { quotes, h1 } = title('Scientists Describe ‘Feather-Duvet Lung’');
    expect(quotes).toEqual([
      {
        id: 'dc-q-t1',
        text: 'Feather-Duvet Lung',
        kind: 'term',
        speaker: null,
        paragraph: TITLE_PARAGRAPH,
      },
    ]);
    expect(TITLE_PARAGRAPH).toBe(-1);
    expect(h1.innerHTML).toBe(
      'Scientists Describe <q class="dc-quote" data-kind="term" data-quote-id="dc-q-t1">‘Feather-Duvet Lung’</q>',
    );
  });

  test('an epithet before a name is a term, not the named person’s words', () => {
    expect(title('‘Godfather of AI’ Yann LeCun leaves Meta').kinds).toEqual([
      ['term', null, 'Godfather of AI'],
    ]);
  });

  test('“X says ‘…’” is speech by X, with the fullest name the body gives X', () => {
    expect(title('Trump says ‘we will win this war very soon’').kinds).toEqual([
      ['speech', 'Trump', 'we will win this war very soon'],
    ]);
    const body = [said('Donald Trump', 'It is going very well,')];
    const { quotes, h1 } = title('Trump says ‘we will win this war very soon’', body);
    expect(quotes[0]!.speaker).toBe('Donald Trump');
    expect(h1.querySelector('q')!.getAttribute('data-speaker')).toBe('Donald Trump');
  });

  test('the headline colon frame “‘…’: Name” hands the quote to the name', () => {
    expect(title('‘We are concerned’: Mulvaney').kinds).toEqual([
      ['speech', 'Mulvaney', 'We are concerned'],
    ]);
    const body = [said('Mick Mulvaney', 'Period, end of story.', 3)];
    const { quotes, h1 } = title('‘We are concerned’: Mulvaney', body);
    expect(quotes[0]).toMatchObject({ kind: 'speech', speaker: 'Mick Mulvaney' });
    expect(h1.querySelector('q')!.getAttribute('data-kind')).toBe('speech');
    // Words after the name are no colon frame: left to the usual rules.
    expect(title('‘Feather-Duvet Lung’: What You Need To Know').kinds).toEqual([
      ['term', null, 'Feather-Duvet Lung'],
    ]);
  });

  test('a quotation the body also quotes takes the body’s kind and speaker', () => {
    const body = [said('Tim Cook', 'pulled into the enterprise,')];
    expect(title('Tim Cook On Apple Being ‘Pulled Into The Enterprise’', body).kinds).toEqual([
      ['speech', 'Tim Cook', 'Pulled Into The Enterprise'],
    ]);
    // A shorter excerpt of a longer body quotation gets its speaker.
    const long = [said('Kevin Mayer', 'We had some issues ... we had some customer issues,')];
    expect(title('‘We had some issues,’ exec says on Disney+ glitches', long).kinds).toEqual([
      ['speech', 'Kevin Mayer', 'We had some issues,'],
    ]);
  });

  test('a one-word subject the body writes in lower case is no speaker', () => {
    const headline = 'Video shows dramatic rescue of 8-year-old kidnapping victim: "We got her!"';
    const { quotes, h1 } = title(headline, [], 'Police released dramatic video of the rescue.');
    expect(quotes[0]).toMatchObject({ kind: 'speech', speaker: null });
    expect(h1.querySelector('q')!.hasAttribute('data-speaker')).toBe(false);
  });

  test('a headline with apostrophes and no quotes is left as it is', () => {
    const text = 'Don’t panic: the world’s ’90s rock ’n’ roll is back';
    const { quotes, h1 } = title(text);
    expect(quotes).toEqual([]);
    expect(h1.innerHTML).toBe(text);
  });
});

describe('extractArticle: the title’s quotes', () => {
  const paras = [
    'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports.',
    '“We cannot take the risk any longer,” said Mayor Ana Ruiz, who chaired the meeting.',
    'Shop owners on the quay called the decision a “disaster” for trade, and asked for a temporary ferry while a new bridge is built.',
  ];
  const page = (heading: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><html lang="en"><head><title>${heading}</title></head><body><article><h1>${heading}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      'text/html',
    );
  const extract = (heading: string) => {
    const result = extractArticle(page(heading), { url: 'https://news.example/bridge' });
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };

  test('lists them first, marks them in titleHtml, and leaves the body’s quotes as they were', () => {
    const plain = extract('Harbour bridge to close to cars');
    const quoted = extract('Ruiz: ‘We cannot take the risk’ as harbour bridge closes &lt;b&gt;');
    expect(plain.quotes.map((q) => q.id)).toEqual(['dc-q-1', 'dc-q-2']);
    expect(plain.titleHtml).toBe('Harbour bridge to close to cars');
    expect(quoted.title).toBe('Ruiz: ‘We cannot take the risk’ as harbour bridge closes <b>');
    expect(quoted.quotes).toEqual([
      {
        id: 'dc-q-t1',
        text: 'We cannot take the risk',
        kind: 'speech',
        speaker: 'Ana Ruiz',
        paragraph: -1,
      },
      ...plain.quotes,
    ]);
    expect(quoted.html).toBe(plain.html);
    // The title's text, escaped, with the quote markup of the body.
    expect(quoted.titleHtml).toBe(
      'Ruiz: <q class="dc-quote" data-kind="speech" data-speaker="Ana Ruiz" data-quote-id="dc-q-t1">‘We cannot take the risk’</q> as harbour bridge closes &lt;b&gt;',
    );
  });

  test('skips them with the body’s when quotes are off, and still gives titleHtml', () => {
    const page1 = page('A ‘disaster’ for the quay');
    const result = extractArticle(page1, { url: 'https://news.example/bridge', quotes: false });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.quotes).toEqual([]);
    expect(result.article.titleHtml).toBe('A ‘disaster’ for the quay');
  });
});
