/** Why a block was taken out of the article; shown to the user and used to restore it. */
export type RemovalReason =
  | 'timestamp'
  | 'audio-player'
  | 'short-url'
  | 'share-bar'
  | 'tag-list'
  | 'community-links'
  | 'comments'
  | 'breadcrumbs'
  | 'newsletter'
  | 'subscription'
  | 'related-links'
  | 'reprints'
  | 'photo-credit'
  | 'orphan-caption'
  | 'cookie-notice'
  | 'byline'
  | 'title'
  | 'site-rule'
  | 'ad-label'
  | 'placeholder'
  | 'copyright'
  | 'table-of-contents'
  | 'affiliate-disclosure'
  | 'other';

/** One block removed by a cleaner. `html` is the sanitized block, so the reader can restore it. */
export interface RemovedBlock {
  reason: RemovalReason;
  text: string;
  html?: string;
  /** Index of the top-level body block the removed block preceded, so it can be put back in place. */
  beforeBlock?: number;
}

export type QuoteKind = 'speech' | 'term' | 'block';

export interface Quote {
  /**
   * Stable id, also the `data-quote-id` of the marked element(s) in `html` (e.g. `dc-q-3`), or in
   * `titleHtml` for a quote in the title (`dc-q-t1`, `dc-q-t2`, …).
   */
  id: string;
  text: string;
  kind: QuoteKind;
  /** Name of the speaker for speech and block quotes, null when the text names none. */
  speaker: string | null;
  /** Role or affiliation trimmed off the speaker ("White House chief of staff"). */
  role?: string | null;
  /**
   * Index of the body block (paragraph, a line of `Article.text`) the quote starts in; -1 for a
   * quote in the article's title (`Article.titleHtml`), which is no line of the text.
   */
  paragraph: number;
}

export interface Article {
  /** The document's real URL (never a `<base href>` the page controls). */
  url: string;
  /** The title as plain text (document title, exports, copy). */
  title: string;
  /**
   * The title as sanitized HTML: its text with the quote marks of the title's quotes applied
   * (the same markup as in `html`), for the reader's heading. Text only, never page markup.
   */
  titleHtml: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  excerpt: string | null;
  /** ISO 8601: `2021-04-19T15:42:00Z`, or a calendar date alone (`2021-04-19`) when the page gives no time. */
  published: string | null;
  modified: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized body HTML, with quote marks applied. */
  html: string;
  /** Body as plain text, one block per line, without header fields. */
  text: string;
  /** The quotes of the title (paragraph -1), then those of the body, in reading order. */
  quotes: Quote[];
  removed: RemovedBlock[];
}

export type FailureReason = 'no-article' | 'too-large' | 'not-html' | 'timeout' | 'error';

export type ExtractResult =
  { ok: true; article: Article } | { ok: false; reason: FailureReason; message: string };

export interface ExtractOptions {
  /** The real URL of the page; links and images are resolved against it. */
  url?: string;
  /** Clock for relative dates ("1 day ago"); injected so the core stays pure and testable. */
  now?: Date;
  /** Abort past this many elements in the source document (returns `too-large`). */
  maxElements?: number;
  /** Skip quote detection (used by benchmarks to measure it separately). */
  quotes?: boolean;
}
