import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './run-cli.ts';

const KEYS = [
  'file',
  'ok',
  'url',
  'title',
  'titleHtml',
  'byline',
  'authors',
  'siteName',
  'published',
  'modified',
  'lang',
  'dir',
  'wordCount',
  'readingMinutes',
  'text',
  'html',
  'quotes',
  'removed',
];

describe('declutter extract --format json', () => {
  const story = fixture('story.html');
  const run = runCli(['extract', story, '--url', 'https://gazette.example/news/harbour-wall']);
  const [record] = run.records;

  it('prints one JSON object with every field and exits 0', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.records).toHaveLength(1);
    expect(Object.keys(record!)).toEqual(expect.arrayContaining(KEYS));
  });

  it('carries the header: title, split authors, site, the dateline as ISO UTC, language', () => {
    expect(record).toMatchObject({
      file: story,
      ok: true,
      url: 'https://gazette.example/news/harbour-wall',
      title: 'Harbour wall repairs finished early',
      authors: ['Mara Quill', 'Tobias Venn'],
      siteName: 'The Harbour Gazette',
      published: '2024-03-12T09:30:00Z',
      lang: 'en-GB',
      dir: 'ltr',
    });
  });

  it('gives the body as text, one paragraph per line, without the header or the dateline', () => {
    const text = record!.text as string;
    const paragraphs = readFileSync(story, 'utf8')
      .match(/<p>(?!By )[^]*?<\/p>/g)!
      .map((p) => p.replace(/<[^>]+>/g, ''));
    expect(text.split('\n')).toEqual(paragraphs);
    expect(text).not.toContain('09:30 GMT');
    expect(text).not.toContain('Harbour wall repairs finished early');
    expect(record!.wordCount).toBe(text.split(/\s+/).length);
    expect(record!.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('gives sanitized HTML with links resolved against --url', () => {
    const html = record!.html as string;
    expect(html).toContain('href="https://gazette.example/harbour"');
    expect(html).toContain('<em>fish market</em>');
    expect(html).not.toMatch(/<(?:script|nav|header|footer)\b/);
  });

  it('records what was removed', () => {
    const removed = record!.removed as { reason: string; text: string }[];
    expect(removed.map((r) => r.text)).toEqual(expect.arrayContaining(['09:30 GMT12 March 2024']));
  });
});

describe('declutter extract: several inputs, failures', () => {
  const run = runCli([
    'extract',
    fixture('story.html'),
    fixture('no-article.html'),
    fixture('missing.html'),
    fixture('notes.txt'),
    fixture('data.json'),
    fixture('image.png'),
    fixture('latin1.html'),
  ]);
  const byFile = (name: string) => run.records.find((r) => (r.file as string).endsWith(name));

  it('runs every input, one line each, and exits 1 because some failed', () => {
    expect(run.status).toBe(1);
    expect(run.records).toHaveLength(7);
    expect(byFile('story.html')).toMatchObject({ ok: true });
    expect(byFile('latin1.html')).toMatchObject({ ok: true });
  });

  it.each([
    ['no-article.html', 'no-article'],
    ['missing.html', 'not-found'],
    ['notes.txt', 'not-html'],
    ['data.json', 'not-html'],
    ['image.png', 'not-html'],
  ])('%s → ok:false, reason %s, and a one-line message on stderr', (name, reason) => {
    const record = byFile(name)!;
    expect(record).toMatchObject({ ok: false, reason });
    expect(record.message).toEqual(expect.any(String));
    const lines = run.stderr.split('\n').filter((l) => l.includes(name));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^declutter: .*${name.replace('.', '\\.')}: \\S`));
  });

  it('names the kind of non-HTML input', () => {
    expect(byFile('data.json')!.message).toMatch(/JSON/);
    expect(byFile('notes.txt')!.message).toMatch(/plain text/);
    expect(byFile('image.png')!.message).toMatch(/binary/);
  });
});

describe('declutter extract: encodings and standard input', () => {
  it('decodes a windows-1252 page by its <meta http-equiv> charset', () => {
    const [record] = runCli(['extract', fixture('latin1.html')]).records;
    expect(record!.title).toBe('Le café du port rouvre ses portes');
    expect(record!.text).toContain('élargie vers le quai');
    expect(record!.lang).toBe('fr');
  });

  it('decodes a Shift_JIS page by its <meta charset>', () => {
    const [record] = runCli(['extract', fixture('shift-jis.html')]).records;
    expect(record!.title).toBe('港の壁の修理が早く終わりました');
    expect(record!.text).toContain('魚市場');
  });

  it('reads "-" from standard input', () => {
    const run = runCli(['extract', '-', '--format', 'text'], readFileSync(fixture('story.html')));
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Harbour wall repairs finished early');
  });

  it('refuses empty standard input', () => {
    const run = runCli(['extract', '-'], '');
    expect(run.status).toBe(1);
    expect(run.records[0]).toMatchObject({ file: '-', ok: false, reason: 'not-html' });
    expect(run.stderr).toMatch(/^declutter: stdin: the file is empty$/m);
  });
});

describe('declutter extract --now', () => {
  it('resolves a relative dateline against the given clock', () => {
    const run = runCli(['extract', fixture('relative-date.html'), '--now', '2024-03-12T12:00:00Z']);
    expect(run.status).toBe(0);
    expect(run.records[0]).toMatchObject({ ok: true, published: '2024-03-12T10:00:00Z' });
    expect(run.records[0]!.text).not.toContain('2 hours ago');
  });
});

describe('declutter extract: other formats', () => {
  const story = fixture('story.html');
  const url = ['--url', 'https://gazette.example/news/harbour-wall'];

  it('text: title, credit line, blank line, body', () => {
    const lines = runCli(['extract', story, '--format', 'text', ...url]).stdout.split('\n');
    expect(lines[0]).toBe('Harbour wall repairs finished early');
    expect(lines[1]).toContain('Mara Quill, Tobias Venn');
    expect(lines[2]).toBe('');
    expect(lines[3]).toMatch(/^Repairs to the harbour wall/);
  });

  it('html: a standalone page whose header fields are escaped text', () => {
    const { stdout, status } = runCli(['extract', story, '--format', 'html', ...url]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="en-GB" dir="ltr">/);
    expect(stdout).toContain('<title>Harbour wall repairs finished early</title>');
    expect(stdout).toContain('<time datetime="2024-03-12T09:30:00Z">');
    expect(stdout).toContain('<em>fish market</em>');
  });

  it('markdown: heading, link and emphasis in Markdown', () => {
    const { stdout } = runCli(['extract', story, '--format', 'markdown', ...url]);
    expect(stdout.split('\n')[0]).toBe('# Harbour wall repairs finished early');
    expect(stdout).toContain('[harbour wall](https://gazette.example/harbour)');
    expect(stdout).toContain('*fish market*');
    expect(stdout).not.toMatch(/<p>|<em>/);
  });

  it('separates several articles with a blank line', () => {
    const { stdout } = runCli(['extract', story, fixture('latin1.html'), '--format', 'text']);
    expect(stdout).toContain('along the quay.\n\nLe café du port rouvre ses portes\n');
  });
});

describe('declutter: usage', () => {
  it('--help prints the usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: declutter extract/);
  });

  it.each([
    [[], /^Usage:/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['extract'], /no input/],
    [['extract', 'a.html', '--format', 'pdf'], /unknown format 'pdf'/],
    [['extract', 'a.html', '--url', 'ftp://x'], /--url must be an http\(s\) address/],
    [['extract', 'a.html', '--bogus'], /Unknown option '--bogus'/],
    [['extract', 'a.html', '--now', 'yesterday'], /--now is not a date/],
  ])('%j → exit 2 with a clear message', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('declutter extract: a large page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extracts an article of 3,000 paragraphs (about 1.5 MB)', () => {
    const paragraph = (i: number): string =>
      `<p>Paragraph ${i} of a very long report on the harbour, with enough words in it to read as real prose for the extractor.</p>`;
    const body = Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n');
    const file = join(dir, 'large.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Long report</title></head><body><article><h1>Long report</h1>${body}</article></body></html>`,
    );
    const [record] = runCli(['extract', file]).records;
    expect(record).toMatchObject({ ok: true, title: 'Long report' });
    expect((record!.text as string).split('\n')).toHaveLength(3000);
  });
});

describe('declutter extract: quotes in the title', () => {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const title = 'Harbour bridge closes: a ‘disaster’ for the quay';
  const file = join(dir, 'title.html');
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
      '<p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports.</p>' +
      '<p>“We cannot take the risk any longer,” said Mayor Ana Ruiz, who chaired the meeting on the future of the crossing.</p>' +
      '</article></body></html>',
  );

  it('lists them in quotes like the body’s, with the marked title in titleHtml', () => {
    const [record] = runCli(['extract', file]).records;
    expect(record).toMatchObject({ ok: true, title });
    expect(record!.quotes).toEqual([
      { id: 'dc-q-t1', text: 'disaster', kind: 'term', speaker: null, paragraph: -1 },
      expect.objectContaining({ id: 'dc-q-1', kind: 'speech', speaker: 'Ana Ruiz' }),
    ]);
    expect(record!.titleHtml).toBe(
      'Harbour bridge closes: a <q class="dc-quote" data-kind="term" data-quote-id="dc-q-t1">‘disaster’</q> for the quay',
    );
  });

  it('keeps the marks in the HTML output’s heading, and the plain title in <title>', () => {
    const html = runCli(['extract', file, '--format', 'html']).stdout;
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain('<h1>Harbour bridge closes: a <q class="dc-quote"');
  });
});
