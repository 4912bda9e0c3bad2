/**
 * Why detection decided as it did. The UI shows `text` (English) or looks `code` up in its own
 * messages to localise; `count` fills "{count} paragraphs". Codes are stable: add, never rename.
 */
export type DetectReasonCode =
  | 'not-web-page'
  | 'site-root'
  | 'search-page'
  | 'login-form'
  | 'empty-page'
  | 'readerable'
  | 'not-readerable'
  | 'json-ld-news-article'
  | 'json-ld-article'
  | 'json-ld-listing'
  | 'og-article'
  | 'article-element'
  | 'many-teasers'
  | 'paragraphs'
  | 'few-paragraphs'
  | 'gallery';

export interface DetectReason {
  code: DetectReasonCode;
  /** English sentence for the UI, e.g. "Marked as a news article (JSON-LD)". */
  text: string;
  /** What the reason added to the score (negative counts against an article). */
  weight: number;
  count?: number;
}

const TEXT: Record<DetectReasonCode, string> = {
  'not-web-page': 'Not a web page (only http and https pages are read)',
  'site-root': 'Home page of the site',
  'search-page': 'Looks like search results',
  'login-form': 'Has a login form',
  'empty-page': 'The page has almost no text',
  readerable: 'Enough readable text',
  'not-readerable': 'Not enough readable text',
  'json-ld-news-article': 'Marked as a news article (JSON-LD)',
  'json-ld-article': 'Marked as an article (JSON-LD)',
  'json-ld-listing': 'Marked as a list or collection page (JSON-LD)',
  'og-article': 'Marked as an article (Open Graph)',
  'article-element': 'Has an <article> element',
  'many-teasers': 'Lists many stories',
  paragraphs: 'Has {count} paragraphs of text',
  'few-paragraphs': 'Has few paragraphs of text',
  gallery: 'Mostly pictures (gallery)',
};

export function reason(code: DetectReasonCode, weight: number, count?: number): DetectReason {
  const text = TEXT[code].replace('{count}', String(count ?? ''));
  return count === undefined ? { code, text, weight } : { code, text, weight, count };
}
