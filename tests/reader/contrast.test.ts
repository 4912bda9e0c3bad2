/**
 * Every theme in reader.css keeps text readable: WCAG AA (4.5:1) for body text, muted text,
 * links, text on both highlight colours and the speaker label, and 3:1 for the highlight
 * underline against the page. The palettes are read from the stylesheet itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/reader/reader.css', 'utf8');

function palette(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no block for ${selector}`);
  const block = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries(
    Array.from(block.matchAll(/--dc-([\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const THEMES = {
  light: ".dc-app[data-theme='light']",
  sepia: ".dc-app[data-theme='sepia']",
  dark: ".dc-app[data-theme='dark']",
  'auto (dark OS)': "  .dc-app[data-theme='auto']",
};

describe.each(Object.entries(THEMES))('%s theme', (_name, selector) => {
  const p = palette(selector);

  it.each([
    ['text', 'fg', 'bg'],
    ['muted text', 'muted', 'bg'],
    ['links', 'accent', 'bg'],
    ['speech highlight', 'fg', 'speech'],
    ['term highlight', 'fg', 'term'],
    ['speaker label', 'bg', 'fg'],
    ['panel text', 'fg', 'panel'],
    ['muted panel text', 'muted', 'panel'],
  ])('%s reaches 4.5:1', (_what, fg, bg) => {
    expect(ratio(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws highlight underlines visibly (3:1 against the page)', () => {
    expect(ratio(p['speech-line']!, p.bg!)).toBeGreaterThanOrEqual(3);
    expect(ratio(p['term-line']!, p.bg!)).toBeGreaterThanOrEqual(3);
  });

  it('keeps speech and terms apart (different fills)', () => {
    expect(p.speech).not.toBe(p.term);
  });
});

it('the dark block for "follow the OS" is the dark theme', () => {
  expect(palette(THEMES['auto (dark OS)'])).toEqual(palette(THEMES.dark));
});
