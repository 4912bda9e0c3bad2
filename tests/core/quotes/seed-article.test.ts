import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract-article.ts';
import { analyzeText } from '../../../src/core/quotes/index.ts';

// The seed story's sentences (the project's own sample page tells the same story).
const SENTENCES = {
  betrayal:
    'Donald Trump has referred to Boris Johnson’s decision to allow the Chinese tech giant Huawei to take part in Britain’s 5G roll-out as a “betrayal”, the Daily Mail reports.',
  apoplectic:
    'Britain’s Prime Minister was said to have endured an “apoplectic” reaction from Donald Trump in a difficult phone call this month.',
  nonCore:
    'Boris Johnson has capped Huawei’s presence in Britain’s 5G networks at 35 percent, allowing the company to supply “non-core” equipment such as radio masts and antennas.',
  impact:
    'Mick Mulvaney, the White House chief of staff,  has publicly lamented that Huawei’s involvement in the UK will have a “direct and dramatic impact” on trans-Atlantic intelligence cooperation.',
  mulvaney:
    'Mulvaney said: “We are very much concerned that integrity of that information is hardwired into your computer systems, and if you folks go forward with the decision to include Huawei, it will have a direct and dramatic impact on our ability to share information with you. Period, end of story.”',
};
const STORY = Object.values(SENTENCES).join('\n');

describe('the seed story, as text', () => {
  const quotes = analyzeText(STORY);
  test.each([
    ['betrayal', 'speech', 'Donald Trump', null],
    // "was said to have endured": an impersonal hedge names no source, and the word describes a
    // reaction (a modifier), so by RULES.md it is a term.
    ['apoplectic', 'term', null, null],
    ['non-core', 'term', null, null],
    ['direct and dramatic impact', 'speech', 'Mick Mulvaney', 'White House chief of staff'],
    ['We are very much concerned', 'speech', 'Mick Mulvaney', 'White House chief of staff'],
  ])('“%s” → %s by %s', (start, kind, speaker, role) => {
    const q = quotes.find((x) => x.text.startsWith(start))!;
    expect(q).toBeDefined();
    expect([q.kind, q.speaker, q.role]).toEqual([kind, speaker, role]);
  });

  test('finds exactly these five and keeps the Mulvaney quote whole', () => {
    expect(quotes).toHaveLength(5);
    expect(quotes[4]!.text.endsWith('Period, end of story.')).toBe(true);
  });
});

describe('the bundled sample page, through extractArticle', () => {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../../samples/huawei-5g.html');
  const url = 'https://harbourcourier.example/uk/20210419/trump-johnson-huawei-betrayal-5g.html';
  const result = extractArticle(new JSDOM(readFileSync(file, 'utf8'), { url }).window.document, {
    url,
  });
  if (!result.ok) throw new Error(result.message);
  const { html, titleHtml } = result.article;
  // The title's quote comes first ("Trump calls Johnson's Huawei decision a 'betrayal'").
  const [titleQuote, ...quotes] = result.article.quotes;

  test('lists the title’s quote first, read against the body: Trump’s “betrayal”', () => {
    expect(titleQuote).toEqual({
      id: 'dc-q-t1',
      text: 'betrayal',
      kind: 'speech',
      speaker: 'Donald Trump',
      paragraph: -1,
    });
    expect(result.article.title).toBe("Trump calls Johnson's Huawei decision a 'betrayal'");
    expect(titleHtml).toBe(
      'Trump calls Johnson\'s Huawei decision a <q class="dc-quote" data-kind="speech" data-speaker="Donald Trump" data-quote-id="dc-q-t1">\'betrayal\'</q>',
    );
  });

  test('lists the quotes with kinds and speakers', () => {
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['speech', 'Donald Trump'],
      ['term', null],
      ['term', null],
      ['speech', 'Mick Mulvaney'],
      ['speech', 'Mick Mulvaney'],
    ]);
    expect(quotes[4]!.role).toBe('White House chief of staff');
  });

  test('the markup survives sanitizing, with the marks kept inside', () => {
    const doc = new JSDOM(html).window.document;
    const marked = Array.from(doc.querySelectorAll('q.dc-quote'));
    expect(marked).toHaveLength(5);
    const mulvaney = doc.querySelector(`q[data-quote-id="${quotes[4]!.id}"]`)!;
    expect(mulvaney.getAttribute('data-kind')).toBe('speech');
    expect(mulvaney.getAttribute('data-speaker')).toBe('Mick Mulvaney');
    expect(mulvaney.getAttribute('data-role')).toBe('White House chief of staff');
    expect(mulvaney.textContent!.startsWith('“We are')).toBe(true);
    expect(mulvaney.textContent!.endsWith('end of story.”')).toBe(true);
    expect(doc.querySelector('q[data-kind="term"]')!.hasAttribute('data-speaker')).toBe(false);
  });

  test('quote ids are in document order and paragraphs point at the article text', () => {
    expect(quotes.map((q) => q.id)).toEqual(['dc-q-1', 'dc-q-2', 'dc-q-3', 'dc-q-4', 'dc-q-5']);
    const lines = result.article.text.split('\n');
    for (const q of quotes) expect(lines[q.paragraph]).toContain(q.text.slice(0, 20));
  });
});
