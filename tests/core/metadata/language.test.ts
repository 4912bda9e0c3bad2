import { describe, expect, it } from 'vitest';
import { normalizeLang } from '../../../src/core/metadata/language.ts';
import { fixture, headerOf } from './helpers.ts';

describe('normalizeLang', () => {
  it.each([
    ['en_gb', 'en-GB'],
    ['EN-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de, en', 'de'],
    ['not a language', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLang(input)).toBe(expected);
  });
});

const page = (htmlAttrs: string, head = '', title = 'Title'): string =>
  `<!doctype html><html ${htmlAttrs}><head><title>${title}</title>${head}</head><body><p>${'Text here. '.repeat(30)}</p></body></html>`;

describe('language and direction', () => {
  it('reads html lang and gives ltr for a left-to-right language', () => {
    expect(headerOf(page('lang="en-gb"'))).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
  });

  it('falls back to Content-Language and og:locale', () => {
    expect(headerOf(page('', '<meta http-equiv="content-language" content="pt_BR">')).lang).toBe(
      'pt-BR',
    );
    expect(headerOf(page('', '<meta property="og:locale" content="nl_NL">')).lang).toBe('nl-NL');
  });

  it('gives rtl for Arabic and Hebrew, and honours an explicit dir', () => {
    expect(headerOf(fixture('rtl-arabic.html'))).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(headerOf(page('lang="he"')).dir).toBe('rtl');
    expect(headerOf(page('lang="ar" dir="ltr"')).dir).toBe('ltr');
  });

  it('guesses rtl from the title script when nothing is declared', () => {
    expect(headerOf(page('', '', 'افتتاح مكتبة جديدة في وسط المدينة'))).toMatchObject({
      lang: null,
      dir: 'rtl',
    });
    expect(headerOf(page('')).dir).toBeNull();
  });
});
