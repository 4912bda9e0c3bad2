/**
 * Removes a comment section that Readability kept at the tail of the article: from a
 * "Comments" / "Leave a reply" / "Kommentare" heading after the last paragraph of running text
 * to the end.
 */
import { leafBlocks, leafText, proseSpan, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { COMMENT_HEADINGS, isPhrase } from './phrases.ts';

export function removeCommentSections(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { last } = proseSpan(blocks);
  const start = blocks.findIndex((b, i) => {
    const text = leafText(b);
    return i > last && wordCount(text) <= 6 && isPhrase(text, COMMENT_HEADINGS);
  });
  if (start < 0) return;
  for (const block of blocks.slice(start)) removeAndRecord(block, 'comments', ctx, root);
}
