import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract-article.ts';
import {
  repairHeader,
  repairMojibake,
  repairMojibakeIn,
  showsMojibake,
} from '../../../src/core/text/repair-mojibake.ts';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/text/mojibake-neste.html',
);
const URL = 'https://journeytozerostories.neste.com/climate-change/climate-change-5-solutions';
const load = (): Document => new JSDOM(readFileSync(FIXTURE, 'utf8'), { url: URL }).window.document;

/** UTF-8 text as a page double-encodes it: its bytes read as Latin-1. */
const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined stay C1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** The same, read as Windows-1252 (what browsers do with a page that says "latin1"). */
const cp1252 = (text: string): string =>
  [...Buffer.from(text, 'utf8')]
    .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');

describe('repairMojibake', () => {
  it('repairs the Latin-1 spelling of curly quotes, dashes and no-break spaces (wcxb 4517)', () => {
    // A paragraph of the fixture as the page has it.
    const doc = load();
    const para = [...doc.querySelectorAll('p')].find((p) =>
      p.textContent!.startsWith('The author of books'),
    )!;
    const raw = para.textContent!;
    expect(raw).toContain('Nagendra said: \u00e2\u0080\u009cBecause of their concrete');
    const fixed = repairMojibake(raw);
    expect(fixed).toBe(
      'The author of books including Trees in Indian Cities and Reforesting Landscapes, ' +
        'Nagendra said: “Because of their concrete, cities develop intense heat, and can be 8 to ' +
        '10 degrees hotter than their surroundings. Green spaces, lakes and streams and trees ' +
        'cool that heat. They are also essential for the wellbeing of a city’s people.”',
    );
  });

  it('repairs the Windows-1252 spelling too', () => {
    const original = '“It’s a start — and a good one,” said the café’s owner, Zoë.';
    const broken = cp1252(original);
    expect(broken).toContain('â€œ');
    expect(repairMojibake(broken)).toBe(original);
  });

  it('repairs accented letters, symbols, non-Latin scripts and four-byte characters', () => {
    for (const original of [
      'Señor Muñoz paid £5 for the crème brûlée — naïve, but © 2024 ®',
      'Русский язык, Ελληνικά, עברית, 中文 (繁體)',
      'Follow us on 𝕏 at 25 ℃',
      'Łódź, Kraków, Dariusz Jaroń',
    ]) {
      expect(repairMojibake(latin1(original)), original).toBe(original);
      expect(repairMojibake(cp1252(original)), original).toBe(original);
    }
  });

  it('repairs an in-word "Ã©" on its own: an uppercase Ã inside a lowercase word is no letter', () => {
    expect(repairMojibake('cafÃ© au lait')).toBe('café au lait');
    expect(repairMojibake('EspaÃ±ol, FranÃ§ais')).toBe('Español, Français');
  });

  it('repairs the weaker two-byte spellings when the page showed mojibake elsewhere', () => {
    // "Â£5" and "Ã©t" alone could be real text: on their own they stay, on the page they go.
    expect(repairMojibake('Â£5 a month')).toBe('Â£5 a month');
    expect(repairMojibake('Â£5 a month', true)).toBe('£5 a month');
    expect(repairMojibake('Ã‰tat', true)).toBe('État');
  });

  it('leaves real text alone', () => {
    for (const text of [
      // Portuguese: Ã and Â are letters.
      'SÃO PAULO — A CAPITAL PAULISTA, IRMÃ E AVÔ; Não há razão, São João',
      'FAMÍLIA DE JOÃO «IRMÃ»',
      // French, with its guillemets and no-break spaces.
      '« Â la recherche du temps perdu » : Â\u00a0? L’âme naïve, où ça, Noël',
      'ÂGE, CÂBLE, CRÊPE — « Ça va ? » a dit Chloé',
      // German: „…“ quotes after ß and umlauts.
      '„Fuß“, sagte er, „daß“ und „Grüße“ — Größe, Äpfel, Übermaß‘',
      // Spanish: ¿ and ¡ are continuation bytes in Latin-1.
      '¿Qué pasó? ¡Olé! Año, niño, ESPAÑA¿ Ñ¡',
      // A blog post about mojibake quotes one example and explains it.
      'I saw "Ã¤" instead of "ä" because someone decoded UTF-8 as Latin-1.',
      'Plain ASCII with "straight quotes" and 5 × 3 = 15, ½ cup, 90°, ±2',
    ]) {
      expect(repairMojibake(text), text).toBe(text);
      expect(showsMojibake(text), text).toBe(false);
    }
  });

  it('leaves a German ß before a curly quote alone even on a page that shows mojibake', () => {
    expect(repairMojibake('„Fuß“ und â\u0080\u0099')).toBe('„Fuß“ und ’');
  });

  it('leaves invalid or incomplete sequences alone', () => {
    // An overlong spelling (C0 80), a lead without its continuations, a surrogate (ED A0 80),
    // one continuation too many, and a sequence past U+10FFFF (F4 90 80 80).
    const cases: [string, string][] = [
      ['\u00c0\u0080 x â\u0080\u009c', '\u00c0\u0080 x “'],
      ['â\u0080 x', 'â\u0080 x'],
      ['\u00ed\u00a0\u0080 x', '\u00ed\u00a0\u0080 x'],
      ['\u00c3\u00a9\u00a9 x', '\u00c3\u00a9\u00a9 x'],
      ['\u00f4\u0090\u0080\u0080 x', '\u00f4\u0090\u0080\u0080 x'],
    ];
    for (const [text, expected] of cases) {
      expect(repairMojibake(text, true), JSON.stringify(text)).toBe(expected);
    }
  });

  it('returns the very same string when there is nothing to repair (the fast path)', () => {
    const text = 'An ordinary page: “quotes”, café, naïve — nothing double-encoded.';
    expect(repairMojibake(text)).toBe(text);
    expect(repairMojibake(text, true)).toBe(text);
    expect(showsMojibake(text)).toBe(false);
  });
});

describe('repairMojibakeIn', () => {
  it('repairs every text node of a page that shows mojibake', () => {
    const doc = load();
    const article = doc.querySelector('article')!;
    expect(article.textContent).toContain('\u00e2\u0080\u009c');
    expect(repairMojibakeIn(article)).toBe(true);
    const text = article.textContent!;
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    expect(text).toContain('“wind path forests”');
    expect(text).toContain('says\u00a0Carrie Song');
  });

  it('leaves a page without mojibake untouched, and says so', () => {
    const doc = new JSDOM(
      '<article><p>Uma reportagem de SÃO PAULO: «Não há razão», disse a IRMÃ.</p>' +
        '<p>A blog on encodings: "Ã©" is how é looks when UTF-8 is read as Latin-1.</p></article>',
    ).window.document;
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    expect(repairMojibakeIn(article)).toBe(false);
    expect(article.innerHTML).toBe(before);
  });

  it('repairs the two-byte spellings of a page once one node showed mojibake', () => {
    const doc = new JSDOM(
      '<article><p>Prices from Â£5 a month.</p><p>â\u0080\u009cWorth it,â\u0080\u009d she said.</p></article>',
    ).window.document;
    const article = doc.querySelector('article')!;
    expect(repairMojibakeIn(article)).toBe(true);
    expect(article.textContent).toBe('Prices from £5 a month.“Worth it,” she said.');
  });
});

describe('repairHeader', () => {
  it('repairs the header strings when the page showed mojibake, or when they show it', () => {
    const header = {
      title: 'A DIY Investorâ\u0080\u0099s Guide',
      byline: 'Dariusz JaroÅ\u0084',
      authors: ['Dariusz JaroÅ\u0084'],
      siteName: 'Â£ Savers',
      excerpt: null,
    };
    expect(repairHeader(header, true)).toEqual({
      title: 'A DIY Investor’s Guide',
      byline: 'Dariusz Jaroń',
      authors: ['Dariusz Jaroń'],
      siteName: '£ Savers',
      excerpt: null,
    });
    // Without the page's word only the unmistakable ones go.
    expect(repairHeader(header, false).siteName).toBe('Â£ Savers');
    expect(repairHeader(header, false).title).toBe('A DIY Investor’s Guide');
  });
});

describe('extractArticle on a double-encoded page', () => {
  it('reads the quotes back, so the quote finder finds them', () => {
    const result = extractArticle(load(), { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.text).not.toMatch(/[\u0080-\u009f]|â€|Â\u00a0/);
    expect(article.text).toContain(
      'Nagendra said: “Because of their concrete, cities develop intense heat',
    );
    expect(article.text).toContain('“Cities are complex systems');
    expect(article.excerpt).toContain('the Earth’s natural systems');
    const quotes = article.quotes.map((q) => q.text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes).toContain('wind path forests');
    expect(quotes.some((q) => q.startsWith('Because of their concrete'))).toBe(true);
    expect(article.html).toContain('“');
  });
});
