/**
 * Removes the labels an ad slot leaves behind once its ad is gone: "Advertisement",
 * "Anzeige", "Publicité", "Publicidad", "Pubblicità", "Advertentie", "Article continues below",
 * alone on their line.
 */
import { leafBlocks, leafText, phraseKey, removeAndRecord } from './blocks.ts';
import type { CleanContext } from './context.ts';

const AD_LABELS = new Set([
  'advertisement',
  'advertisment',
  'advertising',
  'ad',
  'sponsored',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'publicidade',
  'advertentie',
]);

/** Characters of the longest label with its punctuation ("ADVERTISEMENT:"). */
const MAX_LABEL = 20;

/**
 * What an ad slot says about the text around it: "Article continues below", "Story continues
 * below advertisement", "Weiterlesen nach der Anzeige", "La suite après cette publicité".
 */
const CONTINUES = new Set(
  [
    'article continues below',
    'article continues below advertisement',
    'article continues after advertisement',
    'story continues below advertisement',
    'story continues after advertisement',
    'content continues below',
    'continue reading below',
    'advertisement continue reading below',
    'scroll to continue with content',
    'advertisement scroll to continue',
    'weiterlesen nach der anzeige',
    'lesen sie nach der anzeige weiter',
    'artikel wird unter der anzeige fortgesetzt',
    'la suite après cette publicité',
    'la suite après la publicité',
    'el artículo continúa después del anuncio',
    'continúa después de la publicidad',
    "l'articolo continua dopo la pubblicità",
    'continua dopo la pubblicità',
    'o artigo continua após a publicidade',
    'lees verder na de advertentie',
  ].map((p) => words(p)),
);
const MAX_CONTINUES = 60;

/** Dashes and apostrophes vary ("Advertisement - Continue reading below"): words only. */
function words(text: string): string {
  return text.replace(/[\s\p{P}]+/gu, ' ').trim();
}

export function removeAdLabels(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block) || /^h\d$/.test(block.localName)) continue;
    // A label is a word or a short line: anything longer is read no further.
    const text = leafText(block);
    if (text.length > MAX_CONTINUES) continue;
    const key = words(phraseKey(text));
    if (text.length <= MAX_LABEL ? AD_LABELS.has(key) : CONTINUES.has(key)) {
      removeAndRecord(block, 'ad-label', ctx, root);
    }
  }
}
