import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test } from 'vitest';
import { corpusAvailable, loadCorpus, readPage } from '../../../scripts/lib/corpus.ts';
import { extractArticle } from '../../../src/core/extract-article.ts';
import { analyzeText } from '../../../src/core/quotes/analyze.ts';
import {
  ALL_TEXT_REGEXES,
  isLatinText,
  latinSource,
  usingLatinTwins,
  withTexts,
} from '../../../src/core/quotes/letters.ts';

const PROPERTIES = ['Lu', 'Ll', 'L', 'M', 'N', 'Script=Han', 'Script=Hangul', 'Script=Katakana'];
const FLAGS = ['u', 'iu'];

/** Every code point (as a string) that a Latin-1 text may hold. */
function latinAlphabet(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (isLatinText(ch)) out.push(ch);
  }
  return out;
}

describe('Latin-1 twins of Unicode-property regexes', () => {
  const alphabet = latinAlphabet();

  test('each property class matches in its twin exactly the characters it matches itself', () => {
    const wrong: string[] = [];
    for (const p of PROPERTIES)
      for (const flags of FLAGS)
        for (const form of [`\\p{${p}}`, `[\\p{${p}}]`, `[^\\p{${p}}]`, `[x\\p{${p}}]`]) {
          const unicode = new RegExp(`^${form}$`, flags);
          const twin = new RegExp(latinSource(unicode.source, flags), flags);
          for (const ch of alphabet)
            if (unicode.test(ch) !== twin.test(ch))
              wrong.push(`${form}/${flags} U+${ch.codePointAt(0)!.toString(16)}`);
        }
    expect(wrong).toEqual([]);
  });

  test('a Latin-1 text is one whose letters, marks and digits are all Latin-1', () => {
    expect(alphabet.length).toBeGreaterThan(256);
    expect(isLatinText('« Bien sûr », a déclaré Zoë — „Grüß Gott“, sagte er. 🎉️ ½')).toBe(true);
    // Lone surrogates and astral letters are not; an emoji's pair is.
    expect(isLatinText('ok 🎉 🤖 🫠')).toBe(true);
    for (const foreign of [
      'Łukasz',
      'Ελλάδα',
      '李博灏',
      'e\u0301',
      'ʼ',
      '①',
      'Ⅻ',
      'ｆ',
      '𝐀',
      'a\ud83c',
      '\udf00 b',
    ])
      expect(isLatinText(foreign), foreign).toBe(false);
  });

  test('rewrites only property escapes, inside and outside classes', () => {
    expect(latinSource('\\p{Lu}[\\p{Ll}-]\\\\p{L}\\P{L}\\p{Script=Han}', 'u')).toBe(
      '[A-Z\\xc0-\\xd6\\xd8-\\xde][a-z\\xb5\\xdf-\\xf6\\xf8-\\xff-]\\\\p{L}\\P{L}[]',
    );
  });

  test('every regex of the quote rules compiles, itself and as a twin with the same flags', () => {
    expect(ALL_TEXT_REGEXES.length).toBeGreaterThan(80);
    withTexts(['plain text'], () => {
      expect(usingLatinTwins()).toBe(true);
      for (const r of ALL_TEXT_REGEXES) {
        expect(r.re.flags).toBe(r.flags);
        expect(r.re.source).not.toContain('\\p{');
      }
    });
    expect(usingLatinTwins()).toBe(false);
    for (const r of ALL_TEXT_REGEXES) expect(r.re.source).toBe(new RegExp(r.source).source);
  });
});

describe('the analysis with twins', () => {
  const exec = RegExp.prototype.exec;
  afterEach(() => {
    RegExp.prototype.exec = exec;
  });

  /**
   * The analysis of a text, every string a regex read while the twins were in use, and the
   * Unicode-property regexes that ran then (the rules should have used their twins).
   */
  function analyseWatching(text: string): { quotes: unknown; read: string[]; unicode: string[] } {
    const read: string[] = [];
    const unicode = new Set<string>();
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (usingLatinTwins()) {
        read.push(String(s));
        if (this.source.includes('\\p{')) unicode.add(this.source);
      }
      return exec.call(this, s);
    };
    const quotes = analyzeText(text, undefined, 'Jane Doe');
    RegExp.prototype.exec = exec;
    return { quotes, read, unicode: [...unicode] };
  }

  const sample = (): string => {
    const html = readFileSync('samples/huawei-5g.html', 'utf8');
    const doc = new JSDOM(html, { url: 'https://example.com/huawei' }).window.document;
    const result = extractArticle(doc, { url: 'https://example.com/huawei', quotes: false });
    if (!result.ok) throw new Error('the sample has an article');
    return result.article.text;
  };
  const texts = (): string[] => [
    sample(),
    '« C’est une trahison », a déclaré Émile Zola. „Das ist gut“, sagte Jürgen Müller.',
    ...(corpusAvailable()
      ? loadCorpus('aeb')
          .slice(0, 40)
          .map((p) => {
            const doc = new JSDOM(readPage(p.file), { url: p.url }).window.document;
            const r = extractArticle(doc, { url: p.url, quotes: false });
            return r.ok ? r.article.text : '';
          })
      : []),
  ];

  test('reads only strings of the Latin-1 text through twins, and finds what the Unicode regexes find', () => {
    let latin = 0;
    for (const text of texts()) {
      if (!isLatinText(text)) continue;
      latin++;
      const { quotes, read, unicode } = analyseWatching(text);
      expect(read.length).toBeGreaterThan(0);
      expect(unicode).toEqual([]);
      expect(read.filter((s) => !isLatinText(s))).toEqual([]);
      // A non-Latin paragraph at the end turns the twins off and changes no quote before it.
      expect(analyzeText(`${text}\nŁ`, undefined, 'Jane Doe')).toEqual(quotes);
    }
    expect(latin).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
