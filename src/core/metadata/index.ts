import type { Article, ExtractOptions } from '../types.ts';
import type { CleanContext } from '../cleaners/index.ts';

/** What Readability's parse() returns, the fields we read. */
export interface ReadabilityFields {
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  excerpt: string | null | undefined;
  lang: string | null | undefined;
  dir: string | null | undefined;
  publishedTime: string | null | undefined;
}

export type ArticleHeader = Pick<
  Article,
  'title' | 'byline' | 'authors' | 'siteName' | 'excerpt' | 'published' | 'modified' | 'lang' | 'dir'
>;

/** Header fields from the source document, Readability's guesses and what the cleaners found. */
export function extractMetadata(
  source: Document,
  parsed: ReadabilityFields,
  found: CleanContext['found'],
  options: ExtractOptions = {},
): ArticleHeader {
  void found;
  void options;
  const dir = parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null;
  return {
    title: (parsed.title ?? source.title ?? '').trim(),
    byline: parsed.byline?.trim() || null,
    authors: parsed.byline ? [parsed.byline.trim()] : [],
    siteName: parsed.siteName?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    published: parsed.publishedTime ?? null,
    modified: null,
    lang: parsed.lang ?? source.documentElement.lang ?? null,
    dir,
  };
}

const WORDS_PER_MINUTE: Record<string, number> = { default: 230 };

export function readingMinutes(wordCount: number, lang: string | null): number {
  const wpm = WORDS_PER_MINUTE[lang?.slice(0, 2) ?? ''] ?? WORDS_PER_MINUTE.default ?? 230;
  return Math.max(1, Math.round(wordCount / wpm));
}
