/**
 * Removes placeholders a page shows while its script fetches the real block ("Loading
 * paragraph...", "Loading image…", "Wird geladen …", "Chargement…"): on a saved or pre-rendered
 * page the script never ran, and the placeholder is all that is left of the block. The empty
 * state a widget shows when its script found nothing ("No posts", "No items found.") goes too.
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

/** "Loading", a word or two naming what loads, and the ellipsis that says it is under way. */
const PLACEHOLDER =
  /^(?:loading|now loading|wird geladen|lädt|laden|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden)(?:\s+[\p{L}_-]+){0,2}\s*(?:\.{2,}|…)$|^(?:loading|chargement|cargando|caricamento|carregando)(?:\s*[.…]*)?,? please wait(?:\s*[.…]*)?$/iu;

/** A feed or list widget's empty state: it names the list and says there is nothing in it. */
const EMPTY_STATE =
  /^(?:no (?:more )?(?:posts|items|results|entries|articles|products|events|comments)(?: (?:found|yet|available|to (?:show|display)))?|(?:keine|noch keine) (?:beiträge|einträge|artikel|kommentare|ergebnisse)(?: gefunden| vorhanden)?|aucun (?:article|résultat|commentaire)(?: trouvé)?|no hay (?:entradas|resultados|comentarios)|nessun (?:articolo|risultato|commento))\s*[.!]?$/iu;

export function removeLoadingPlaceholders(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block)) continue;
    const text = leafText(block);
    if (text.length > 40 || wordCount(text) > 4) continue;
    if (PLACEHOLDER.test(text) || EMPTY_STATE.test(text)) {
      removeAndRecord(block, 'placeholder', ctx, root);
    }
  }
}
