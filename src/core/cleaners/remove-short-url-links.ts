/** Removes "Get short URL" / "Copy link" widgets, which only work on the original page. */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { SHORT_URL_PHRASES, isMadeOfPhrases } from './phrases.ts';

export function removeShortUrlLinks(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) <= 8 && isMadeOfPhrases(text, SHORT_URL_PHRASES)) {
      removeAndRecord(block, 'short-url', ctx, root);
    }
  }
}
