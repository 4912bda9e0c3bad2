/**
 * Removes comment and community links left in the article: "Community standards",
 * "Discussion", "12 Comments", "Kommentare (3)", "Laisser un commentaire" when a short block
 * says nothing else.
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { COMMUNITY_PHRASES, isMadeOfPhrases } from './phrases.ts';

export function removeCommunityLinks(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) > 10) continue;
    // Counts ("48 comments", "(3)") are part of the link.
    if (isMadeOfPhrases(text.replace(/\d[\d.,]*\s*[km]?/gi, ' '), COMMUNITY_PHRASES)) {
      removeAndRecord(block, 'community-links', ctx, root);
    }
  }
}
