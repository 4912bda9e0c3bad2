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
import {
  BUTTON_LINE,
  CALL_TO_ACTION_BUTTON,
  RELATED_HEADINGS,
  RELATED_PREFIX,
  isPhrase,
} from './phrases.ts';

/** "More Business News", "More from Wired", "Mehr aus Politik": a heading pointing elsewhere. */
const MORE_HEADING =
  /^(?:more|more great|more from|more on|mehr|mehr aus|mehr zu|plus de|más|más de|altri|altre|mais|meer)\b(?:\s+\S+){0,4}\s+(?:news|stories|articles|posts|reads|coverage|nachrichten|artikel|actualités|noticias|artículos|notizie|articoli|notícias|artigos|nieuws|artikelen)$|^more (?:from|on|about|in) \S+(?:\s+\S+){0,3}$/i;

/** Links written as an address: an e-mail or a domain. */
const ADDRESS =
  /[\w.-]+@[\w-]+\.\w|(?:^|\s)(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|co|de|fr|es|it|br|nl|uk|kr)\b/i;

/**
 * Headings that say in so many words that what follows is elsewhere: "You may also check",
 * "Related articles that may interest you", "Discover more", "Learn more in our plumbing series".
 */
const POINTER_HEADING =
  /^(?:you (?:may|might|could) (?:also )?(?:like|love|enjoy|check|read|want to (?:read|check out|see)|be interested in)\b|(?:related|similar|recommended)(?: [\p{L}-]+){0,2} (?:articles?|posts?|stories|reads|reading|guides?|topics|resources|content)\b|(?:discover|explore|browse|find) more$|(?:read|see|discover|explore) more (?:about|from|on|like this)\b|(?:learn|read) more in (?:our|the|this) [\p{L}& -]{1,40} (?:series|guide|hub|library)$)/iu;

const isRelatedHeading = (text: string): boolean =>
  wordCount(text) <= 7 &&
  (isPhrase(text, RELATED_HEADINGS) ||
    MORE_HEADING.test(text.trim()) ||
    /^also on \S+$/i.test(text));

/** A heading or a lead-in ("You may also check:"), not a sentence ("Read more about it here."). */
const isPointerHeading = (text: string): boolean =>
  wordCount(text) <= 10 &&
  !/[.!?]$/.test(text) &&
  POINTER_HEADING.test(text.trim().replace(/[:…]+$/, ''));

/** "Related article The Smart Thermostat Buying Guide": the label glued to one title. */
const GLUED_RELATED =
  /^(?:Related|RELATED) (?:[Aa]rticle|ARTICLE|[Pp]ost|POST|[Ss]tory|STORY|[Gg]uide|GUIDE)[Ss]? ?\p{Lu}/u;

/** The verbs that send a reader to another page, as the whole of a linked line begins. */
const INVITATION =
  /^(?:find out|learn (?:more )?(?:about|how|why|what|the)|see (?:the|how|why|what|our|these|if)|check out|explore|discover|read (?:about|how|why|what|more about|our)|watch (?:how|our|the))\b/i;

const isInvitation = (block: Element, text: string): boolean =>
  (block.localName === 'p' || block.localName === 'div') &&
  wordCount(text) <= 16 &&
  !/[.!?:]$/.test(text) &&
  INVITATION.test(text) &&
  linkDensity(block, text) > 0.9;

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
      // A headline may itself hold a question ("Starting a business? How to …"): a line in
      // brackets or made of its link is a teaser all the same.
      (i > last ||
        !/[.!?]\s+\p{Lu}/u.test(text) ||
        /^\[.*\]$/.test(text) ||
        linkDensity(block, text) > 0.6)
    ) {
      removeAndRecord(block, 'related-links', ctx, root);
      return;
    }
    if (GLUED_RELATED.test(text) && wordCount(text) <= 16 && !/[.!?]$/.test(text)) {
      removeAndRecord(block, 'related-links', ctx, root);
      return;
    }
    if (isPointerHeading(text) && !isRelatedHeading(text)) {
      if (removePointed(blocks, i, last, root, ctx)) return;
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
    if (
      wordCount(text) <= 10 &&
      (CALL_TO_ACTION_BUTTON.test(text) ||
        (BUTTON_LINE.test(text) && !/^h\d$/.test(block.localName)))
    ) {
      removeAndRecord(block, 'related-links', ctx, root);
      return;
    }
    // A paragraph that is only a link inviting the reader to another page ("Find out if weight
    // loss medications can help", "Check out these 15 healthy foods"), set between paragraphs.
    if (isInvitation(block, text) && !introduced) {
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

/**
 * A pointer heading and what it points to: the teasers under it, and the blurb under each teaser
 * title when the teasers are cards (a title, then one sentence or two about the other page).
 * Only when what follows is such a list: a heading "Read more about the study" above running
 * text is the story's own. The list ends with the heading's section, or where text resumes.
 */
function removePointed(
  blocks: Element[],
  i: number,
  last: number,
  root: Element,
  ctx: CleanContext,
): boolean {
  const heading = blocks[i]!;
  // The heading's own wrapper, if it opens one (not the article's body it merely sits in).
  const parent = heading.parentElement;
  const section = parent && parent !== root && leafBlocks(parent)[0] === heading ? parent : null;
  const run: Element[] = [];
  let titles = 0;
  for (let j = i + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (!root.contains(b)) continue;
    const text = leafText(b);
    const words = wordCount(text);
    const inSection = section?.contains(b) ?? false;
    const prev = run[run.length - 1];
    const isHeading = /^h\d$/.test(b.localName);
    // A section of the page resumes: a heading over running text, outside the list's wrapper.
    if (isHeading && !inSection && isProse(blocks[j + 1] ?? b)) break;
    const title = isHeading ? words <= 20 && !/[.!?]$/.test(text) : isTeaser(b) && !isProse(b);
    // A teaser written as a sentence: mostly one link, or a list item that links to the page.
    const linkedLine =
      words <= 30 &&
      (linkDensity(b, text) > 0.5 ||
        (b.closest('li') !== null && b.getElementsByTagName('a').length > 0));
    if (title || linkedLine) {
      run.push(b);
      titles++;
    } else if (inSection && prev && isTeaser(prev) && words <= 60) {
      // A card's blurb, right under its title.
      run.push(b);
    } else break;
  }
  // Nothing listed, or a heading inside the text over a few lines of its own.
  if (!titles || (i < last && run.length < 2 && !run.every((b) => linkDensity(b) > 0.5))) {
    return false;
  }
  removeAndRecord(heading, 'related-links', ctx, root);
  for (const b of run) removeAndRecord(b, 'related-links', ctx, root);
  return true;
}
