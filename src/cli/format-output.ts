import type { Article, FailureReason } from '../core/types.ts';
import { articleToMarkdown } from '../reader/export-markdown.ts';

/** Failures the command line adds to the core's: the input could not be read at all. */
export type CliFailure = FailureReason | 'not-found' | 'unreadable';

/** One line of `--format json`: the same keys for every input, so `jq` needs no special cases. */
export interface JsonRecord {
  file: string;
  ok: boolean;
  reason?: CliFailure;
  message?: string;
  url: string | null;
  title: string | null;
  /** The title as sanitized HTML with its quote marks (`dc-q-tN`); its quotes are in `quotes`. */
  titleHtml: string | null;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  modified: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  wordCount: number;
  readingMinutes: number;
  text: string;
  html: string;
  quotes: Article['quotes'];
  removed: Article['removed'];
}

export function successRecord(file: string, a: Article): JsonRecord {
  return {
    file,
    ok: true,
    url: a.url || null,
    title: a.title,
    titleHtml: a.titleHtml,
    byline: a.byline,
    authors: a.authors,
    siteName: a.siteName,
    published: a.published,
    modified: a.modified,
    lang: a.lang,
    dir: a.dir,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
    text: a.text,
    html: a.html,
    quotes: a.quotes,
    removed: a.removed,
  };
}

export function failureRecord(file: string, reason: CliFailure, message: string): JsonRecord {
  return {
    file,
    ok: false,
    reason,
    message,
    url: null,
    title: null,
    titleHtml: null,
    byline: null,
    authors: [],
    siteName: null,
    published: null,
    modified: null,
    lang: null,
    dir: null,
    wordCount: 0,
    readingMinutes: 0,
    text: '',
    html: '',
    quotes: [],
    removed: [],
  };
}

/** Header lines shared by the text and HTML outputs: byline · site · date. */
function headerLine(a: Article): string {
  return [a.byline, a.siteName, a.published].filter(Boolean).join(' · ');
}

export function asText(a: Article): string {
  const meta = headerLine(a);
  return `${a.title}\n${meta ? `${meta}\n` : ''}\n${a.text}\n`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A small standalone page: header fields as text (never markup) but the title's quote marks
 * (`titleHtml`, sanitized by the core like the body), then the sanitized body.
 */
export function asHtml(a: Article): string {
  const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
  const dir = a.dir ? ` dir="${a.dir}"` : '';
  const header = [`<h1>${a.titleHtml || escapeHtml(a.title)}</h1>`];
  const credit = [a.byline, a.siteName].filter(Boolean).join(' · ');
  if (credit) header.push(`<p>${escapeHtml(credit)}</p>`);
  if (a.published) {
    header.push(
      `<p><time datetime="${escapeHtml(a.published)}">${escapeHtml(a.published)}</time></p>`,
    );
  }
  return `<!doctype html>
<html${lang}${dir}>
<head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title></head>
<body>
<article>
<header>${header.join('')}</header>
${a.html}
</article>
</body>
</html>
`;
}

/** The reader's own Markdown export, so the command line and "Export" write the same thing. */
export function asMarkdown(a: Article, doc: Document): string {
  const body = doc.createElement('div');
  body.innerHTML = a.html;
  return articleToMarkdown(a, body);
}
