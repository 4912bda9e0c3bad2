/**
 * Removes placeholders a page shows while its script fetches the real block ("Loading
 * paragraph...", "Loading image…", "Wird geladen …", "Chargement…"): on a saved or pre-rendered
 * page the script never ran, and the placeholder is all that is left of the block.
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

/** "Loading", a word or two naming what loads, and the ellipsis that says it is under way. */
const PLACEHOLDER =
  /^(?:loading|now loading|wird geladen|lädt|laden|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden)(?:\s+[\p{L}_-]+){0,2}\s*(?:\.{2,}|…)$|^(?:loading|chargement|cargando|caricamento|carregando)(?:\s*[.…]*)?,? please wait(?:\s*[.…]*)?$/iu;

export function removeLoadingPlaceholders(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block)) continue;
    const text = leafText(block);
    if (text.length <= 40 && wordCount(text) <= 4 && PLACEHOLDER.test(text)) {
      removeAndRecord(block, 'placeholder', ctx, root);
    }
  }
}
