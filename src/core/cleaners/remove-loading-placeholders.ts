/**
 * Removes placeholders a page shows while its script fetches the real block ("Loading
 * paragraph...", "Loading image…", "Wird geladen …", "Chargement…"): on a saved or pre-rendered
 * page the script never ran, and the placeholder is all that is left of the block. The empty
 * state a widget shows when its script found nothing ("No posts", "No items found.") goes too,
 * and so do the messages a form shows once the reader has sent it.
 */
import { leafBlocks, leafText, phraseKey, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

/** "Loading", a word or two naming what loads, and the ellipsis that says it is under way. */
const PLACEHOLDER =
  /^(?:loading|now loading|wird geladen|lädt|laden|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|bezig met laden)(?:\s+[\p{L}_-]+){0,2}\s*(?:\.{2,}|…)$|^(?:loading|chargement|cargando|caricamento|carregando)(?:\s*[.…]*)?,? please wait(?:\s*[.…]*)?$/iu;

/** A feed or list widget's empty state: it names the list and says there is nothing in it. */
const EMPTY_STATE =
  /^(?:no (?:more )?(?:posts|items|results|entries|articles|products|events|comments)(?: (?:found|yet|available|to (?:show|display)))?|(?:keine|noch keine) (?:beiträge|einträge|artikel|kommentare|ergebnisse)(?: gefunden| vorhanden)?|aucun (?:article|résultat|commentaire)(?: trouvé)?|no hay (?:entradas|resultados|comentarios)|nessun (?:articolo|risultato|commento))\s*[.!]?$/iu;

/**
 * What a form or widget says after the reader acts, shown by its script only then: "Thank you
 * for completing the survey!", "Sorry, we couldn't find a match for this location. Please try
 * again.", "Oops! Something went wrong while submitting the form."
 */
const AFTER_ACTION =
  /^(?:thanks?(?: you)?(?: so much)?,? for (?:completing|taking|filling (?:in|out)|submitting|answering) (?:the|our|this) (?:survey|poll|quiz|questionnaire|form)|thanks?(?: you)?,? for (?:voting|your (?:vote|feedback|submission|response|answers?))|(?:your )?(?:submission|response|vote|answer) has been (?:received|recorded|submitted)|oops!? something went wrong(?: while submitting the form)?|(?:sorry|we're sorry|we are sorry),? (?:we|it) (?:couldn't|could not|can't|cannot) find (?:a match|any (?:results|matches|locations))\b.{0,60}\bplease try again|vielen dank für ihre teilnahme(?: an der umfrage)?|merci d'avoir (?:répondu|participé)(?: à (?:notre|ce|cette) (?:sondage|enquête|questionnaire))?|gracias por (?:completar|responder|participar en) (?:la|nuestra|esta) encuesta|grazie per aver (?:completato|partecipato a) (?:il|questo|al) sondaggio|obrigad[oa] por (?:responder|participar d)[ae]? ?(?:a|o|nossa|esta)? (?:pesquisa|enquete)|bedankt voor (?:het invullen van|je deelname aan|uw deelname aan) (?:de|deze) (?:enquête|vragenlijst|peiling))\W*$/iu;

/** How those messages start, checked before the long patterns are run on every line. */
const AFTER_ACTION_START =
  /^\W*(?:thank|your|submission|response|vote|answer|oops|sorry|we|vielen|merci|gracias|grazie|obrigad|bedankt)/i;

/** A map widget that could not ask where the reader is. */
const NO_LOCATION =
  /\b(?:location services|location access|geolocation)\b.{0,20}\b(?:disabled|turned off|blocked|denied)\b.{0,40}\bbrowser\b/i;

export function removeLoadingPlaceholders(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block)) continue;
    const text = leafText(block);
    if (
      text.length <= 240 &&
      ((AFTER_ACTION_START.test(text) &&
        AFTER_ACTION.test(phraseKey(text).replace(/^[^\p{L}]+/u, ''))) ||
        (/location/i.test(text) && NO_LOCATION.test(text)))
    ) {
      removeAndRecord(block, 'placeholder', ctx, root);
      continue;
    }
    if (text.length > 40 || wordCount(text) > 4) continue;
    if (PLACEHOLDER.test(text) || EMPTY_STATE.test(text)) {
      removeAndRecord(block, 'placeholder', ctx, root);
    }
  }
}
