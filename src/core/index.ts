// The public surface of the extraction core. Nothing here imports a browser API.
export { extractArticle } from './extract-article.ts';
export { sanitizeHtml, sanitizeToFragment } from './sanitize.ts';
export { blockText } from './block-text.ts';
export type * from './types.ts';
