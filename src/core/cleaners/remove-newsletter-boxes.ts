/**
 * Removes newsletter sign-up boxes ("Sign up for our newsletter", "Get breaking news alerts…",
 * "Newsletter abonnieren", "Inscrivez-vous à notre newsletter") with their heading and button.
 */
import {
  hasText,
  isBlock,
  leafBlocks,
  leafText,
  removeAndRecord,
  smallBox,
  textOf,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';
import { NEWSLETTER_PHRASES, isPhrase } from './phrases.ts';

const PITCH = new RegExp(
  [
    ...NEWSLETTER_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    // "Sign up for our daily briefing", not "Sign up for a Hulu account".
    'sign up (?:for|to) (?:our|the|my) (?:[\\w-]+ ){0,3}(?:newsletters?|e-?mails?|alerts|updates|briefing|digest)',
    // A form just below the words that sends mail ("Just sign up below to have the lessons sent
    // to your inbox"), not "sign up here to create an account".
    'sign up (?:below|here)\\b.{0,80}\\b(?:stay in touch|inbox|e-?mails?|newsletters?|lessons?|updates)\\b',
  ].join('|'),
  'i',
);
/**
 * A course by mail ("Get the five day email course", "Join my free 'Drawing Course' here!"):
 * a pitch when it exclaims or offers, since a how-to may mention a free course in passing.
 */
const COURSE = /\b(?:free|e-?mail|mini)\b[^.!?]{0,40}\bcourse\b/i;
/** Someone offering the reader something: "I have something special for you". */
const OFFER = /\b(?:i|my|we|our)\b.*\b(?:you|your)\b|\b(?:you|your)\b.*\b(?:i|my|we|our)\b/i;
const isPitch = (text: string): boolean =>
  PITCH.test(text) || (COURSE.test(text) && (/!\s*$/.test(text) || OFFER.test(text)));

/** A box asks: it opens with a call, or asks to sign up for "our" letter. */
const CALL =
  /^(?:sign up|signup|subscribe|join|get|receive|register|never miss|don[’']t miss|stay (?:informed|up to date|in the loop)|want (?:more|the latest)|newsletter abonnieren|jetzt anmelden|abonnieren|inscrivez-vous|abonnez-vous|suscr[ií]bete|iscriviti|inscreva-se|assine|meld je aan|schrijf je in)\b|\bsign up (?:for|to) (?:our|the)\b|\bsign up (?:below|here)\b|\b(?:subscribe|sign up) to (?:our|the) (?:[\w-]+ ){0,3}newsletter/i;
const NEWSLETTER_HEADINGS = [
  'newsletter',
  'newsletters',
  'our newsletter',
  'email newsletter',
  'breaking news emails',
  'newsletter abonnieren',
  'nieuwsbrief',
];
/** Promises of mail that only a sign-up box makes. */
const INBOX =
  /\binbox\b|delivered (?:weekday|every|each|daily)|postfach|boîte (?:mail|de réception)|bandeja de entrada|casella di posta|caixa de entrada/i;
/** Newsletter boxes are short; a paragraph that mentions a newsletter in passing is not one. */
const MAX_WORDS = 45;

/** The fine print under a sign-up form: "By entering your email address you agree to …". */
const SIGN_UP_TERMS =
  /^by (?:entering your e-?mail(?: address)?|signing up|subscribing|clicking (?:["“]?(?:subscribe|sign up|submit)["”]?))\b.{0,200}\b(?:you (?:agree|consent|acknowledge)|agree to (?:our|the) (?:terms|privacy))/i;

export function removeNewsletterBoxes(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block)) continue;
    const text = leafText(block);
    const words = wordCount(text);
    if (words <= MAX_WORDS && SIGN_UP_TERMS.test(text)) {
      removeAndRecord(block, 'newsletter', ctx, root);
      continue;
    }
    if (words > MAX_WORDS || !isPitch(text)) continue;
    // A sentence about a newsletter in the story ("The newsletter, founded in 1990, …") has
    // no call to action; a box speaks to the reader.
    // An article about newsletters ("Step 1: add your newsletters") names them without asking.
    if (!INBOX.test(text) && !CALL.test(text) && !isPhrase(text, NEWSLETTER_HEADINGS)) continue;
    const box = smallBox(block, root, 60);
    const before = box.previousElementSibling;
    removeAndRecord(box, 'newsletter', ctx, root);
    removeLeadIn(before, root, ctx);
  }
}

/**
 * A pitch written straight into the article has no box to take: its lead-in ("I have something
 * special for you: my email course") and the heading over it ("Do you want to learn to
 * draw?") are siblings above the call. The lead-in goes when it pitches too; the heading when
 * nothing of its section is left.
 */
function removeLeadIn(before: Element | null, root: Element, ctx: CleanContext): void {
  let prev = before;
  while (prev && isBlock(prev) && !/^h\d$/.test(prev.localName)) {
    const text = textOf(prev);
    if (!text || wordCount(text) > 30 || !isPitch(text) || !OFFER.test(text)) return;
    const up = prev.previousElementSibling;
    removeAndRecord(prev, 'newsletter', ctx, root);
    prev = up;
  }
  if (!prev || !/^h[2-6]$/.test(prev.localName) || wordCount(textOf(prev)) > 12) return;
  // The section is empty when the next thing with text is the next section (or the end).
  let next = prev.nextElementSibling;
  while (next && !hasText(next) && next.localName !== 'hr') {
    next = next.nextElementSibling;
  }
  if (next && next.localName !== 'hr' && !/^h\d$/.test(next.localName)) return;
  removeAndRecord(prev, 'newsletter', ctx, root);
}
