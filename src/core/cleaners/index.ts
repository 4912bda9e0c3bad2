import { forgetTexts } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { markImageCaptions } from './mark-image-captions.ts';
import { removeAdLabels } from './remove-ad-labels.ts';
import { removeAffiliateDisclosures } from './remove-affiliate-disclosures.ts';
import { removeAudioPlayers } from './remove-audio-players.ts';
import { removeAuthorBios } from './remove-author-bios.ts';
import { removeBreadcrumbs } from './remove-breadcrumbs.ts';
import { removeCommentSections } from './remove-comment-sections.ts';
import { removeCommunityLinks } from './remove-community-links.ts';
import { removeCookieNotices } from './remove-cookie-notices.ts';
import { removeCopyrightNotices } from './remove-copyright-notices.ts';
import { removeFillerText } from './remove-filler-text.ts';
import { removeLoadingPlaceholders } from './remove-loading-placeholders.ts';
import { removeHeadBylines } from './remove-head-bylines.ts';
import { removeNewsletterBoxes } from './remove-newsletter-boxes.ts';
import { removeOrphanCaptions } from './remove-orphan-captions.ts';
import { removePhotoCredits } from './remove-photo-credits.ts';
import { removeRelatedLinks } from './remove-related-links.ts';
import { removeReprints } from './remove-reprints.ts';
import { removeShareBars } from './remove-share-bars.ts';
import { removeShortUrlLinks } from './remove-short-url-links.ts';
import { removeSubscriptionBoxes } from './remove-subscription-boxes.ts';
import { removeTablesOfContents } from './remove-tables-of-contents.ts';
import { removeTagLists } from './remove-tag-lists.ts';
import { removeTeaserCards } from './remove-teaser-cards.ts';
import { removeTimestamps } from './remove-timestamps.ts';

export type { CleanContext } from './context.ts';

type Cleaner = (root: Element, ctx: CleanContext) => void;

/**
 * Chrome Readability lets through, removed from its output in this order. Each step is one
 * module named after what it removes and records every block it takes in `ctx.removed`.
 * Several steps judge a block by where it sits (before the first or after the last paragraph
 * of running text), so the order matters: boxes first, then the edges, then what they reveal.
 */
export const CLEANERS: readonly Cleaner[] = [
  // Whole boxes first: a cookie notice contains words later steps would take one by one.
  removeCookieNotices,
  // Widgets that only work on the live page, and a template's dummy text, wherever they sit.
  removeLoadingPlaceholders,
  removeFillerText,
  removeAdLabels,
  // Notes about how the page is paid for, wherever they sit; before the head is read for bylines.
  removeAffiliateDisclosures,
  removeAudioPlayers,
  removeShortUrlLinks,
  removeShareBars,
  // Dates before bylines: "By X, 19 April 2021" stays a byline, a bare date is a timestamp.
  removeTimestamps,
  // With dates gone the byline and a repeated title are the first lines of the head.
  removeHeadBylines,
  // Section labels and menus left at the head, now that bylines and dates are out of the way.
  removeBreadcrumbs,
  // In-page contents lists: the reader has its own outline, and they repeat every heading.
  removeTablesOfContents,
  // Pitches inside or after the text: newsletter, paywall, print edition.
  removeNewsletterBoxes,
  removeSubscriptionBoxes,
  removeReprints,
  // Image leftovers: credits on their own line, captions whose image is gone.
  removePhotoCredits,
  removeOrphanCaptions,
  // Captions in plain blocks after an image become the image's figcaption (nothing removed),
  // once stray credits are gone, so the reader styles them and the text reads past them.
  markImageCaptions,
  // The tail: a comment section first (it may hold anything), then the links around it.
  removeCommentSections,
  removeCommunityLinks,
  removeTagLists,
  // The author box closes many articles; its name comes from the page, not a guess.
  removeAuthorBios,
  // Teasers last: once the tail is cleared, link lists after the text stand out, and so do
  // cards (a linked headline and a blurb each) that follow the story's last paragraph.
  removeTeaserCards,
  removeRelatedLinks,
  removeCopyrightNotices,
];

export function cleanArticle(root: Element, ctx: CleanContext): void {
  forgetTexts();
  for (const clean of CLEANERS) clean(root, ctx);
}
