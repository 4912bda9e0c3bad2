/**
 * Removes subscription and paywall pitches: "Subscribe", "Already a subscriber? Log in",
 * "Get access … for as little as Rs 599", "Join NRPLUS … LEARN MORE", "Abo abschließen".
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { PAYWALL_PHRASES, PRICE_PATTERN, SUBSCRIPTION_PHRASES, isPhrase } from './phrases.ts';

/** What a pitch asks of the reader; a story about prices does not ask it. */
const CALL_TO_ACTION =
  /\b(?:subscribe (?:now|today)|join (?:now|today|us)|become a (?:member|subscriber)|get (?:full |unlimited |instant )?access|start your (?:free )?trial|for as little as|use the code|unlock|already a (?:subscriber|member)|jetzt abonnieren|abo abschließen|abonnez-vous|je m'abonne|suscríbete|abbonati|assine já|word abonnee)\b/i;

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
      CALL_TO_ACTION.test(text) &&
      (PAYWALL_PHRASES.test(text) || PRICE_PATTERN.test(text))
    ) {
      // A call to subscribe with a price or a membership word: a pitch, not reporting.
      removeAndRecord(smallBox(block, root, 80), 'subscription', ctx, root);
    }
  });
}
