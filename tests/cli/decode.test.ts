import { describe, expect, it } from 'vitest';
import { notHtmlReason } from '../../src/cli/check-input.ts';
import { decodeHtml, sniffCharset } from '../../src/cli/decode.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8'): Buffer =>
  Buffer.from(text, encoding);

describe('sniffCharset', () => {
  it.each([
    ['<meta charset="iso-8859-1">', 'windows-1252'],
    ["<meta charset='Shift_JIS'>", 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'windows-1251'],
    ['<?xml version="1.0" encoding="ISO-8859-2"?><html>', 'iso-8859-2'],
    ['<meta charset="utf-16">', 'utf-8'],
    ['<meta charset="no-such-charset">', null],
    ['<p>no declaration</p>', null],
  ])('%s → %s', (head, expected) => {
    expect(sniffCharset(bytes(head))).toBe(expected);
  });

  it('trusts a byte-order mark over the meta tag', () => {
    const page = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      bytes('<meta charset="iso-8859-1">'),
    ]);
    expect(sniffCharset(page)).toBe('utf-8');
    expect(sniffCharset(Buffer.from([0xff, 0xfe, 0x3c, 0]))).toBe('utf-16le');
  });
});

describe('decodeHtml', () => {
  it('decodes by the declared charset', () => {
    const page = bytes('<meta charset="iso-8859-1"><p>Café à la crème</p>', 'latin1');
    expect(decodeHtml(page)).toEqual({
      text: '<meta charset="iso-8859-1"><p>Café à la crème</p>',
      charset: 'windows-1252',
    });
  });

  it('keeps valid UTF-8 without a declaration, and falls back to windows-1252 otherwise', () => {
    expect(decodeHtml(bytes('<p>Café</p>')).charset).toBe('utf-8');
    const legacy = decodeHtml(bytes('<p>Café</p>', 'latin1'));
    expect(legacy).toEqual({ text: '<p>Café</p>', charset: 'windows-1252' });
  });
});

describe('notHtmlReason', () => {
  const check = (text: string) => notHtmlReason(bytes(text), text);

  it.each([
    ['<!doctype html><title>x</title>'],
    ['<p>A fragment of HTML is fine.</p>'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
  ])('accepts %j', (text) => {
    expect(check(text)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['{"html": "<p>x</p>"}', /JSON/],
    ['<?xml version="1.0"?><rss><channel/></rss>', /XML/],
    ['Just some notes.\nNo markup here.', /plain text/],
  ])('refuses %j', (text, reason) => {
    expect(check(text)).toMatch(reason);
  });

  it('refuses binary files', () => {
    const pdf = bytes('%PDF-1.7\n<p>looks like a tag</p>');
    expect(notHtmlReason(pdf, pdf.toString('latin1'))).toMatch(/binary/);
    const nul = Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x41]);
    expect(notHtmlReason(nul, nul.toString('latin1'))).toMatch(/binary/);
  });
});
