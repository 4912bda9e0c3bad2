/**
 * Removes teaser cards for other articles after the story: each a small wrapper holding a
 * headline that is all link and at most a short blurb, two or more in a row once the running
 * text is over. Their blurbs are sentences, so the link-list rules of `removeRelatedLinks` miss
 * them; what gives them away is the structure: a wrapper per teaser, a linked headline each.
 */
import {
  isProse,
  leafBlocks,
  leafText,
  linkDensity,
  removeAndRecord,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';

/** A card holds its headline and at most this much: a kicker, a blurb, a byline. */
const MAX_CARD_WORDS = 120;
const MAX_CARD_BLOCKS = 4;
/** Teasers follow a story of at least this many words. */
const MIN_STORY_WORDS = 100;
/** `Node.DOCUMENT_POSITION_FOLLOWING`, without reaching for the browser's `Node`. */
const FOLLOWING = 4;

/** A headline that points elsewhere: all of its text (if any) is one link to another page. */
function isLinkedHeadline(h: Element): boolean {
  const links = h.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const href = links[0]!.getAttribute('href') ?? '';
  if (!href || href.startsWith('#')) return false;
  return !leafText(h) || linkDensity(h) >= 0.9;
}

/** The wrapper of a teaser: the headline's parent, holding nothing but it and a short blurb. */
function cardOf(h: Element, root: Element): Element | null {
  let card = h.parentElement;
  // A <header> or <hgroup> around the headline alone is part of the card, not the card.
  while (card && card !== root && onlyHolds(card, h)) {
    card = card.parentElement;
  }
  if (!card || card === root || !root.contains(card)) return null;
  const blocks = leafBlocks(card);
  if (blocks.length > MAX_CARD_BLOCKS) return null;
  // One headline per card; a kicker above it ("Opinion") may be a heading too, unlinked.
  const headings = [...card.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length > 2 || headings.filter((x) => x.querySelector('a')).length !== 1) {
    return null;
  }
  const words = blocks.reduce((n, b) => n + wordCount(leafText(b)), 0);
  return words <= MAX_CARD_WORDS ? card : null;
}

/** Whether everything `wrapper` shows is `inner`'s. */
function onlyHolds(wrapper: Element, inner: Element): boolean {
  return (wrapper.textContent ?? '').trim() === (inner.textContent ?? '').trim();
}

export function removeTeaserCards(root: Element, ctx: CleanContext): void {
  const cards: Element[] = [];
  for (const h of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!isLinkedHeadline(h)) continue;
    const card = cardOf(h, root);
    if (card && !cards.some((c) => c.contains(card) || card.contains(c))) cards.push(card);
  }
  if (cards.length < 2) return;
  // The story ends at its last paragraph of running text outside any card.
  const blocks = leafBlocks(root);
  let storyEnd = -1;
  blocks.forEach((b, i) => {
    if (isProse(b) && !cards.some((c) => c.contains(b))) storyEnd = i;
  });
  if (storyEnd < 0) return;
  const end = blocks[storyEnd]!;
  // Cards after the story's end only (a listicle's items come before its closing words).
  const tail = cards.filter((c) => end.compareDocumentPosition(c) & FOLLOWING);
  if (tail.length < 2) return;
  // Teasers are a footnote to a longer story, or sit in a wrapper of their own; linked items
  // beside the intro that outweigh it are the article itself (a listicle with no closing words).
  const words = (els: Element[]) => els.reduce((n, el) => n + wordCount(leafText(el)), 0);
  const story = blocks.slice(0, storyEnd + 1).filter((b) => !cards.some((c) => c.contains(b)));
  const apart = tail.every((c) => !story.some((b) => c.parentElement?.contains(b)));
  if (!apart && words(tail) * 2 > words(story)) return;
  // A line of intro over a grid of linked cards is a catalogue page: the cards are its content.
  if (words(story) < MIN_STORY_WORDS) return;
  for (const card of tail) removeAndRecord(card, 'related-links', ctx, root);
}
