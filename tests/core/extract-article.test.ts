import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article.ts';

const PARAS = [
  'The harbour authority approved the new ferry timetable on Tuesday, after months of complaints from commuters about crowded morning crossings and late boats.',
  'Under the plan, boats will leave every twenty minutes at peak times, and the last crossing of the evening will move from ten past ten to twenty to midnight.',
  'The authority’s chair said fares would not rise this year, and that a second crew member would be on board every crossing from the start of the summer season.',
];

const page = (article: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Ferries to run later</title></head><body><nav><a href="/">Home</a></nav><article><h1>Ferries to run later</h1>${article}</article><footer>© Example</footer></body></html>`,
    'text/html',
  );

describe('extractArticle (pipeline wiring)', () => {
  it('leaves the source document untouched', () => {
    const doc = page(`<p>Listen Live</p>${PARAS.map((p) => `<p>${p}</p>`).join('')}`);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: 'https://news.example/ferries', quotes: false });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('cleans the body, records removals with sanitized html, and keeps captions out of the text', () => {
    const doc = page(
      `<p><span onclick="steal()">Listen Live</span></p>${PARAS.map((p) => `<p>${p}</p>`).join('')}` +
        '<figure><img src="https://news.example/quay.jpg" alt=""><figcaption>The new quay</figcaption></figure>',
    );
    const result = extractArticle(doc, { url: 'https://news.example/ferries', quotes: false });
    if (!result.ok) throw new Error(result.message);
    const { text, html, removed } = result.article;
    expect(text.split('\n')).toEqual(PARAS);
    expect(html).toContain('<figcaption>The new quay</figcaption>');
    expect(removed).toEqual([
      expect.objectContaining({ reason: 'audio-player', text: 'Listen Live' }),
    ]);
    expect(removed[0]?.html).not.toContain('onclick');
  });

  it('reveals lazy images before Readability sees them', () => {
    const doc = page(
      `${PARAS.map((p) => `<p>${p}</p>`).join('')}<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://news.example/quay.jpg" alt=""></figure>`,
    );
    const result = extractArticle(doc, { url: 'https://news.example/ferries', quotes: false });
    expect(result.ok && result.article.html).toContain('https://news.example/quay.jpg');
  });

  it('returns a typed failure for a page without an article', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
    const result = extractArticle(doc, { url: 'https://news.example/' });
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
  });
});

describe('extractArticle (what is not an article)', () => {
  it('says no-article when Readability only finds a form’s labels', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><html><head><title>Sign in</title></head><body><form><label>Email <input></label><label>Password <input type="password"></label><button>Sign in</button></form></body></html>',
      'text/html',
    );
    expect(extractArticle(doc, { url: 'https://mail.example/login' })).toMatchObject({
      ok: false,
      reason: 'no-article',
    });
  });

  it('refuses a page nested deeper than the budget with too-large, before any parsing work', () => {
    const depth = 2000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>${PARAS[0]}</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = extractArticle(new DOMParser().parseFromString(html, 'text/html'));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('counts CJK text by characters, not as one word per paragraph', () => {
    const zh = '港务局周二宣布，北防波堤将在未来三个冬季内重建。'.repeat(8);
    const doc = page(`<p>${zh}</p><p>${zh}</p><p>${zh}</p>`);
    doc.documentElement.lang = 'zh';
    const result = extractArticle(doc, { url: 'https://news.example/zh', quotes: false });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.wordCount).toBeGreaterThan(300);
  });
});

describe('extractArticle (short but real)', () => {
  it('keeps a short text that has a full sentence', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><html><body><article><p>The ferry runs again from Monday, the harbour authority said.</p></article></body></html>',
      'text/html',
    );
    const result = extractArticle(doc, { url: 'https://news.example/brief', quotes: false });
    expect(result.ok).toBe(true);
  });
});
