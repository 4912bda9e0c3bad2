/**
 * Removes subscription and paywall pitches: "Subscribe", "Already a subscriber? Log in",
 * "Get access … for as little as Rs 599", "Join NRPLUS … LEARN MORE", "Abo abschließen".
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { PAYWALL_PHRASES, SUBSCRIPTION_PHRASES, isPhrase } from './phrases.ts';

/** Asks only a paywall makes of the reader. */
const PITCH =
  /\b(?:subscribe (?:now|today)|become a (?:member|subscriber)|already a (?:subscriber|member)|already have an account\? (?:log|sign) in|(?:to|and) (?:read|continue reading) (?:the rest of )?this (?:story|article)|(?:this|the) (?:story|article) is (?:exclusive|only available) to|unlock this (?:story|article)|start your (?:free )?trial|for as little as|use the code|jetzt abonnieren|abo abschließen|abonnez-vous|je m'abonne|suscríbete|abbonati|assine já|word abonnee)\b/i;
/** Asks any promotion makes; a pitch only with a membership word beside them. */
const CALL_TO_ACTION =
  /\b(?:join (?:now|today|us)|get (?:full |unlimited |instant )?access|unlock (?:full|unlimited|exclusive|premium|all (?:of )?our) (?:access|stories|articles|content|journalism))\b/i;

export function removeSubscriptionBoxes(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  blocks.forEach((block) => {
    if (!root.contains(block)) return;
    const text = leafText(block);
    const words = wordCount(text);
    if (words <= 6 && isPhrase(text, SUBSCRIPTION_PHRASES)) {
      removeAndRecord(block, 'subscription', ctx, root);
    } else if (
      words <= 60 &&
      (PITCH.test(text) || (CALL_TO_ACTION.test(text) && PAYWALL_PHRASES.test(text)))
    ) {
      // A paywall's own words, or a call to act beside a membership word: not reporting.
      removeAndRecord(smallBox(block, root, 80), 'subscription', ctx, root);
    }
  });
}
