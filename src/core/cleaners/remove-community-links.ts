/**
 * Removes comment and community links left in the article: "Community standards",
 * "Discussion", "12 Comments", "Kommentare (3)", "Laisser un commentaire" when a short block
 * says nothing else; and the notices of a comment form ("Comments are closed for this post…",
 * "By posting a comment, you consent to…", "Your email address will not be published").
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { COMMUNITY_PHRASES, isMadeOfPhrases } from './phrases.ts';

/** What a comment form tells its writers, never a story's reader. */
const COMMENT_FORM_NOTICE =
  /^(?:by (?:posting|submitting|leaving) (?:a|your) comment|comments are (?:now )?closed|commenting (?:is|has been) (?:closed|disabled)|you must be logged in to (?:post|leave) a comment|your email address will not be published|die kommentarfunktion ist (?:geschlossen|deaktiviert)|les commentaires sont fermés|los comentarios están cerrados|i commenti sono chiusi|os comentários estão fechados)\b/i;

export function removeCommunityLinks(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) <= 60 && COMMENT_FORM_NOTICE.test(text)) {
      removeAndRecord(block, 'community-links', ctx, root);
      continue;
    }
    if (wordCount(text) > 10) continue;
    // Counts ("48 comments", "(3)") are part of the link.
    if (isMadeOfPhrases(text.replace(/\d[\d.,]*\s*[km]?/gi, ' '), COMMUNITY_PHRASES)) {
      removeAndRecord(block, 'community-links', ctx, root);
    }
  }
}
