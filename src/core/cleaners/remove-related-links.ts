/**
 * Removes teasers for other articles: "Related: …", "READ MORE: …" and "Lesen Sie auch: …" lines,
 * a "You may also like" / "More … stories" / "Lire aussi" heading with the links under it, and
 * link lists after the last paragraph of running text.
 */
import {
  isProse,
  leafBlocks,
  leafText,
  linkDensity,
  proseSpan,
  removeAndRecord,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';
import { CALL_TO_ACTION_BUTTON, RELATED_HEADINGS, RELATED_PREFIX, isPhrase } from './phrases.ts';

/** "More Business News", "More from Wired", "Mehr aus Politik": a heading pointing elsewhere. */
const MORE_HEADING =
  /^(?:more|more great|more from|more on|mehr|mehr aus|mehr zu|plus de|más|más de|altri|altre|mais|meer)\b(?:\s+\S+){0,4}\s+(?:news|stories|articles|posts|reads|coverage|nachrichten|artikel|actualités|noticias|artículos|notizie|articoli|notícias|artigos|nieuws|artikelen)$|^more (?:from|on|about|in) \S+(?:\s+\S+){0,3}$/i;

/** Links written as an address: an e-mail or a domain. */
const ADDRESS =
  /[\w.-]+@[\w-]+\.\w|(?:^|\s)(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|co|de|fr|es|it|br|nl|uk|kr)\b/i;

const isRelatedHeading = (text: string): boolean =>
  wordCount(text) <= 7 &&
  (isPhrase(text, RELATED_HEADINGS) ||
    MORE_HEADING.test(text.trim()) ||
    /^also on \S+$/i.test(text));

/** A line that is a teaser: mostly a link, or a short title without a sentence. */
const isTeaser = (block: Element): boolean => {
  const text = leafText(block);
  return linkDensity(block, text) > 0.5 || (wordCount(text) <= 14 && !/[.!?]$/.test(text));
};

export function removeRelatedLinks(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { last } = proseSpan(blocks);
  // Links the author introduces ("Additional resources on gardening:") are part of the text,
  // up to the next heading.
  let introduced = false;
  blocks.forEach((block, i) => {
    if (!root.contains(block)) return;
    const text = leafText(block);
    const linked = linkDensity(block, text) > 0.6;
    const leadIn = !linked && /:\s*$/.test(text) && !isRelatedHeading(text.replace(/:\s*$/, ''));
    if (leadIn) introduced = true;
    else if (/^h\d$/.test(block.localName)) introduced = false;
    // "Related: Headline", "[READ MORE: Headline]": a prefix and one short headline.
    if (
      RELATED_PREFIX.test(text) &&
      wordCount(text) <= 30 &&
      (i > last || !/[.!?]\s+\p{Lu}/u.test(text))
    ) {
      removeAndRecord(block, 'related-links', ctx, root);
      return;
    }
    if (
      isRelatedHeading(text) &&
      (i >= last || linkDensity(block, text) > 0.5 || !isProse(blocks[i + 1] ?? block))
    ) {
      removeAndRecord(block, 'related-links', ctx, root);
      // The teasers under the heading, until running text resumes.
      for (let j = i + 1; j < blocks.length; j++) {
        const b = blocks[j]!;
        if (!root.contains(b)) continue;
        if (isProse(b) || !isTeaser(b)) break;
        removeAndRecord(b, 'related-links', ctx, root);
      }
      return;
    }
    // A button to a shop or another page ("Check Price at Amazon", "Read our full review").
    if (wordCount(text) <= 10 && CALL_TO_ACTION_BUTTON.test(text)) {
      removeAndRecord(block, 'related-links', ctx, root);
      return;
    }
    // After the text ends, lines that are mostly links point elsewhere (a contact address or
    // the source's web address is part of the story, not a teaser).
    if (last >= 0 && i > last && linked && !introduced && !ADDRESS.test(text)) {
      removeAndRecord(block, 'related-links', ctx, root);
    }
  });
}
