/**
 * Removes newsletter sign-up boxes ("Sign up for our newsletter", "Get breaking news alerts…",
 * "Newsletter abonnieren", "Inscrivez-vous à notre newsletter") with their heading and button.
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { NEWSLETTER_PHRASES, isPhrase } from './phrases.ts';

const PITCH = new RegExp(
  [
    ...NEWSLETTER_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    // "Sign up for our daily briefing", not "Sign up for a Hulu account".
    'sign up (?:for|to) (?:our|the|my) (?:[\\w-]+ ){0,3}(?:newsletters?|e-?mails?|alerts|updates|briefing|digest)',
  ].join('|'),
  'i',
);
/** A box asks: it opens with a call, or asks to sign up for "our" letter. */
const CALL =
  /^(?:sign up|signup|subscribe|join|get|receive|register|never miss|don[’']t miss|stay (?:informed|up to date|in the loop)|want (?:more|the latest)|newsletter abonnieren|jetzt anmelden|abonnieren|inscrivez-vous|abonnez-vous|suscr[ií]bete|iscriviti|inscreva-se|assine|meld je aan|schrijf je in)\b|\bsign up (?:for|to) (?:our|the)\b|\b(?:subscribe|sign up) to (?:our|the) (?:[\w-]+ ){0,3}newsletter/i;
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
    if (words > MAX_WORDS || !PITCH.test(text)) continue;
    // A sentence about a newsletter in the story ("The newsletter, founded in 1990, …") has
    // no call to action; a box speaks to the reader.
    // An article about newsletters ("Step 1: add your newsletters") names them without asking.
    if (!INBOX.test(text) && !CALL.test(text) && !isPhrase(text, NEWSLETTER_HEADINGS)) continue;
    removeAndRecord(smallBox(block, root, 60), 'newsletter', ctx, root);
  }
}
