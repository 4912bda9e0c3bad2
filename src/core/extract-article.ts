import { Readability } from '@mozilla/readability';
import { blockText } from './block-text.ts';
import { cleanArticle, type CleanContext } from './cleaners/index.ts';
import { countWords, extractMetadata, readingMinutes } from './metadata/index.ts';
import { byTag } from './dom/find-elements.ts';
import { measureDocument, sizeLimits, tooLarge } from './guard-budget.ts';
import { markQuotes } from './quotes/index.ts';
import { markTitleQuotes } from './quotes/title.ts';
import { recoverContent } from './recover/index.ts';
import { sanitizedTree, sanitizeMany } from './sanitize.ts';
import { prepareDocument } from './prepare/index.ts';
import { repairHeader, repairMojibakeIn } from './text/repair-mojibake.ts';
import { readingCloner } from './prepare/clone-for-reading.ts';
import { promoteLazyImages } from './prepare/promote-lazy-images.ts';
import type { ExtractOptions, ExtractResult, RemovedBlock } from './types.ts';

/**
 * The article text is the running text: a figure's caption describes the picture and stays with
 * it in `html`, where the reader shows both; the text (word count, reading time, plain-text
 * export) reads without it, as the human-written bodies of the benchmark corpora do.
 */
/** Characters (without spaces) below which a text without a single sentence is no article. */
export const MIN_ARTICLE_CHARS = 100;

/**
 * Readability always returns *something*: a login form's labels, a gallery's title. A short
 * text without one full sentence is not an article, and the reader says so instead of a stub.
 */
export function isStub(text: string): boolean {
  return text.replace(/\s+/g, '').length < MIN_ARTICLE_CHARS && !/[.!?。！？]/.test(text);
}

const TEXT_EXCLUDES: ReadonlySet<string> = new Set(['figcaption']);

/**
 * Extracts the article of a document: Readability between our own cleaners, then metadata,
 * sanitizing and quotes. Works on a clone (Readability mutates its input) and never throws.
 *
 * @example
 * const result = extractArticle(document, { url: location.href });
 * if (result.ok) render(result.article);
 */
export function extractArticle(source: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    return extract(source, options);
  } catch (error) {
    return { ok: false, reason: 'error', message: `Extraction failed: ${String(error)}` };
  }
}

function extract(source: Document, options: ExtractOptions): ExtractResult {
  if (!source.documentElement || source.documentElement.localName !== 'html') {
    return { ok: false, reason: 'not-html', message: 'This document is not an HTML page.' };
  }
  // Refuse pages that would hang the tab before doing any real work on them; the same walk
  // finds what Readability's copy can do without.
  const limits = sizeLimits(options);
  const cloner = readingCloner();
  const measured = measureDocument(source, limits, cloner.visit);
  if (measured.over) return tooLarge(measured, limits)!;

  const doc = cloner.clone(source, measured.text);
  const removed: RemovedBlock[] = [];
  // On the clone, before Readability judges it: tracking pixels out (Readability drops the
  // style that gives them away), streamed content and real images in place, site chrome out.
  prepareDocument(doc, options.url ?? source.URL, removed);
  const parsed = new Readability(doc, {
    keepClasses: false,
    // Caption classes survive so the reader can style figures; everything else is dropped.
    classesToPreserve: ['caption', 'wp-caption-text'],
    serializer: (el: Node) => el,
    // prepareDocument removed the scripts, JSON-LD included (metadata reads it from the source),
    // so Readability's own search for it would only walk the whole clone to find nothing.
    disableJSONLD: true,
  }).parse();
  const picked = parsed?.content as unknown as Element | null | undefined;
  const recovered = picked && recoverContent(source, picked);
  // A recovered container comes from the untouched page: its lazy images are still lazy.
  if (recovered) promoteLazyImages(recovered);
  const body = recovered ?? picked;
  if (!parsed || !body || !body.textContent?.trim()) {
    return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
  }

  const ctx: CleanContext = {
    found: { dates: [], bylines: [] },
    removed,
    hints: {
      title: parsed.title,
      authors: pageAuthors(source, parsed.byline),
      url: options.url ?? source.URL,
    },
  };
  cleanArticle(body, ctx);
  // Double-encoded UTF-8 ("â\u0080\u009c" for “) read back, body and header alike.
  const mojibake = repairMojibakeIn(body);
  const header = repairHeader(extractMetadata(source, parsed, ctx.found, options), mojibake);
  // "I" in a first-person frame is the writer, when the page names exactly one.
  const writer = header.authors.length === 1 ? header.authors[0]! : null;

  const win = (source.defaultView ?? globalThis.window) as Window & typeof globalThis;
  // The page's markup is made safe first and our quote markup added to the result: the
  // sanitizer would otherwise take apart and re-check every attribute of every <q> we add, which
  // cost as much as finding the quotes on dense pages. Ours holds nothing to sanitize (attribute
  // values are set as text), and every view sanitizes the HTML again before showing it.
  const clean = sanitizedTree(body, win);
  // The text the reader shows, so a quote's paragraph is a line of it.
  const text = blockText(clean, TEXT_EXCLUDES);
  if (isStub(text)) {
    return { ok: false, reason: 'no-article', message: 'No article was found on this page.' };
  }
  const bodyQuotes = options.quotes === false ? [] : markQuotes(clean, writer);
  // The title's quotes, by the same rules, read against the body's (see quotes/title.ts).
  const heading = sanitizedTree(titleElement(body.ownerDocument, header.title), win);
  const titleQuotes = options.quotes === false ? [] : markTitleQuotes(heading, bodyQuotes, text);
  const html = clean.innerHTML;
  const titleHtml = heading.innerHTML;
  const wordCount = countWords(text);
  return {
    ok: true,
    article: {
      url: options.url ?? source.URL,
      ...header,
      titleHtml,
      wordCount,
      readingMinutes: readingMinutes(wordCount, header.lang, text),
      html,
      text,
      // The title's quotes come first: they precede the body's in reading order.
      quotes: [...titleQuotes, ...bodyQuotes],
      // The reader may put a removed block back, so it is sanitized like the body.
      removed: sanitizeRemoved(ctx.removed, body.ownerDocument, win),
    },
  };
}

/**
 * The title as a detached `<h1>` of the working document: quotes are found in it by the same
 * rules as in the body (a headline is one line, so the title is one paragraph), then it is
 * sanitized like the body. It only ever holds the title as text.
 */
function titleElement(doc: Document, title: string): Element {
  const h1 = doc.createElement('h1');
  h1.textContent = title;
  return h1;
}

/** The blocks the cleaners took out, their HTML sanitized like the body's (all in one pass). */
function sanitizeRemoved(
  removed: RemovedBlock[],
  doc: Document,
  win: Window & typeof globalThis,
): RemovedBlock[] {
  const clean = sanitizeMany(
    removed.flatMap((r) => (r.html ? [r.html] : [])),
    doc,
    win,
  );
  let next = 0;
  return removed.map((r) => (r.html ? { ...r, html: clean[next++]! } : r));
}

/** Author names the page states, for spotting the author box; metadata does the real work. */
function pageAuthors(source: Document, byline: string | null | undefined): string[] {
  const names = byTag(source, 'meta')
    .filter(
      (m) => m.getAttribute('name') === 'author' || m.getAttribute('property') === 'article:author',
    )
    .map((m) => m.getAttribute('content')?.trim() ?? '')
    .filter((n) => n && !/^https?:/.test(n));
  return byline ? [byline, ...names] : names;
}
