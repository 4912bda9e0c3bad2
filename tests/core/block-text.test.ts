import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/block-text.ts';

const text = (html: string, exclude?: ReadonlySet<string>) =>
  blockText(JSDOM.fragment(`<div>${html}</div>`).firstChild!, exclude);

describe('blockText', () => {
  it('puts each block on its own line instead of gluing them', () => {
    expect(
      text('<h3>Step 1</h3><p>Measure the <b>hull</b>.</p><ul><li>a</li><li>b</li></ul>'),
    ).toBe('Step 1\nMeasure the hull.\na\nb');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(text('<pre>let a = 1;\nlet b = 2;</pre>')).toBe('let a = 1;\nlet b = 2;');
  });

  it('leaves out the elements it is told to, with their content', () => {
    expect(
      text(
        '<figure><img><figcaption>Caption</figcaption></figure><p>Body</p>',
        new Set(['figcaption']),
      ),
    ).toBe('Body');
  });

  it('drops lines made only of zero-width characters (a joiner used as a spacer)', () => {
    expect(text('<p>First</p><p>\u200d</p><p>\u200b\ufeff </p><p>Second</p>')).toBe(
      'First\nSecond',
    );
  });

  it('keeps a joiner inside visible text', () => {
    expect(text('<p>👩\u200d🔬 lab notes</p>')).toBe('👩\u200d🔬 lab notes');
  });
});
