/**
 * Removes "Get short URL" / "Copy link" widgets, which only work on the original page, and the
 * page's own address printed on it (a print header's "https://www.example.com/story-123.php").
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { SHORT_URL_PHRASES, isMadeOfPhrases } from './phrases.ts';

/** An address without what varies between copies of it: scheme, "www.", query, fragment, case. */
const bareUrl = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\/(?:www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');

export function removeShortUrlLinks(root: Element, ctx: CleanContext): void {
  const page = ctx.hints?.url && /^https?:/i.test(ctx.hints.url) ? bareUrl(ctx.hints.url) : '';
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (page && /^https?:\/\/\S+$/i.test(text) && bareUrl(text) === page) {
      removeAndRecord(block, 'short-url', ctx, root);
      continue;
    }
    if (wordCount(text) <= 8 && isMadeOfPhrases(text, SHORT_URL_PHRASES)) {
      removeAndRecord(block, 'short-url', ctx, root);
    }
  }
}
