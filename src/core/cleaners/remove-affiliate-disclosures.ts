/**
 * Removes affiliate disclosures: "We earn a commission for products purchased through some links
 * in this article", "This post may contain affiliate links…", "Dieser Artikel enthält
 * Affiliate-Links", "Cet article contient des liens affiliés".
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

/**
 * The site says it is paid: "we may earn a commission", "links that may earn us a commission",
 * "contains affiliate links". Said by "we", "I" or the site ("ZDNet may earn"), so a sentence
 * about streamers or brokers who earn commissions is not one.
 */
const EARNS =
  /\b(?:we|i|may|might|could|will)\b (?:(?:may|might|could|will|also|only|do) )?(?:earn|receive|get|make|be paid)(?: (?:us|me))?(?: an?)?(?: small| tiny)?(?: affiliate)? (?:commissions?|compensation|fees?|share of (?:the )?(?:sales?|revenue))\b|\bcommissionable\b|\b(?:contains?|includes?|has|have|uses?|features?) (?:some )?(?:affiliate|referral) links?\b|\blinks?\b.{0,40}\bare (?:affiliate|referral)\b/i;
/** …about the page or the site itself, not about streamers or brokers in the story. */
const SELF =
  /\b(?:we|us|our|i|my|me)\b|\b(?:this|the) (?:post|article|page|site|website|story|guide|review|blog)\b/i;
/** …for what the reader buys through its links. */
const THROUGH_LINKS =
  /\blinks?\b|\b(?:purchase|purchases|purchased|buy|shop)\b.{0,30}\bthrough\b|\bproducts? (?:featured|mentioned|recommended|reviewed|linked)\b/i;
/** Affiliate links and the payment for them in other languages (DE, FR, ES, IT, PT, NL). */
const FOREIGN_LINKS =
  "affiliate-links?|provisions-links?|werbelinks?|liens? (?:affiliés|d'affiliation|sponsorisés)|enlaces? (?:de afiliados?|afiliados)|link (?:di affiliazione|affiliati)|links? (?:de afiliados?|afiliados)|affiliatelinks?";
const LINKS = `${FOREIGN_LINKS}|affiliate links?`;
const FOREIGN_PAY = 'provision|comisión|commissione|comissão|commissie|vergoeding';
const PAY = `${FOREIGN_PAY}|commission`;
/** One of the two in another language, so an English sentence is left to the rules above. */
const FOREIGN = new RegExp(
  [
    `\\b(?:${FOREIGN_LINKS})\\b.{0,160}\\b(?:${PAY})\\b`,
    `\\b(?:${LINKS})\\b.{0,160}\\b(?:${FOREIGN_PAY})\\b`,
    `\\b(?:${FOREIGN_PAY})\\b.{0,160}\\b(?:${LINKS})\\b`,
    `\\b(?:${PAY})\\b.{0,160}\\b(?:${FOREIGN_LINKS})\\b`,
  ].join('|'),
  'iu',
);
/** A disclosure is a note of a few sentences; an article about affiliate marketing runs on. */
const MAX_WORDS = 70;

/** Words every rule above needs, looked for first: most blocks have none of them. */
const PAID_WORD =
  /commissi|affiliat|compensat|\bfees?\b|referral|share of|provision|comisi|comiss|vergoeding|afiliad|werbelink/i;

export function isAffiliateDisclosure(text: string): boolean {
  if (!PAID_WORD.test(text) || wordCount(text) > MAX_WORDS) return false;
  return (EARNS.test(text) && SELF.test(text) && THROUGH_LINKS.test(text)) || FOREIGN.test(text);
}

export function removeAffiliateDisclosures(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block) || !isAffiliateDisclosure(leafText(block))) continue;
    // With the box it sits in: "Read our disclosure policy" is often a line of its own.
    removeAndRecord(smallBox(block, root, MAX_WORDS + 20), 'affiliate-disclosure', ctx, root);
  }
}
