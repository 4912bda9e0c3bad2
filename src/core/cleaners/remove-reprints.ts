/** Removes print-edition links: "Order Reprints | Today's Paper | Subscribe". */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { REPRINT_PHRASES, SUBSCRIPTION_PHRASES, isMadeOfPhrases } from './phrases.ts';

const PHRASES = [...REPRINT_PHRASES, ...SUBSCRIPTION_PHRASES];

export function removeReprints(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) > 12 || !/reprint|paper|edition/i.test(text)) continue;
    if (isMadeOfPhrases(text, PHRASES)) removeAndRecord(block, 'reprints', ctx, root);
  }
}
