/**
 * Removes blocks that are only a date or time ("15:42 GMT19 April 2021", "Published 1 day ago",
 * "Updated 9:41 AM", "Veröffentlicht am 3. März 2024"). Their text goes to `ctx.found.dates`, so
 * the metadata step can put the date in the header instead of the bin.
 */
import {
  isBlock,
  leafBlocks,
  leafText,
  proseSpan,
  removeAndRecord,
  textOf,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|jän|mär|okt|dez|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|lug|set|ott|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|fev|out|januari|februari|maart|mei|augustus|okt';
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const LABELS =
  'published|updated|posted|last updated|last modified|modified|first published|originally published|created|date|on|at|by|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|am|um|uhr|publié|publiée|mis à jour|modifié|le|à|publicado|actualizado|el|a las|de|del|pubblicato|aggiornato|il|alle|atualizado|às|em|gepubliceerd|bijgewerkt|geplaatst|op|om|het';
const ZONES =
  'am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|pt|et|ist|aest|jst|mez|mesz|h|hrs';
const RELATIVE =
  "ago|just now|today|yesterday|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|vor|sekunden|minuten|stunden?|tagen?|wochen|monaten|jahren|gestern|heute|il y a|secondes?|heures?|jours?|semaines?|mois|ans|hier|aujourd'hui|hace|segundos?|minutos?|horas?|días?|semanas?|meses|años?|ayer|hoy|fa|secondi|minuti|ore|giorni|settimane|mesi|anni|ieri|oggi|há|dias|anos|ontem|hoje|geleden|seconden|minuten|uur|dagen|weken|maanden|jaar|gisteren|vandaag";

const word = (alts: string) => new RegExp(`(?<![\\p{L}])(?:${alts})\\.?(?![\\p{L}])`, 'giu');
const MONTH_RE = word(MONTHS);
const STRIP = [word(LABELS), word(WEEKDAYS), word(ZONES), word(RELATIVE), MONTH_RE];
// "15:42", "08h15"; a dotted "9.41" only with am/pm or Uhr, else it is a score or a price.
const TIME = /\b\d{1,2}(?::\d{2}|h\d{2})\b|\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b|uhr\b)/i;
const NUMERIC_DATE = /\b\d{1,4}([./-])\d{1,2}\1\d{2,4}\b/;
/** "3 hours ago", "vor 2 Stunden", "il y a 3 jours", "hace 5 minutos", "2 uur geleden"; not "3–4 hours". */
const UNIT =
  'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden|minuten|stunden?|tagen?|wochen|monaten|jahren|secondes?|heures?|jours?|semaines?|mois|ans|segundos?|minutos?|horas?|días?|semanas?|meses|años?|secondi|minuti|ore|giorni|settimane|mesi|anni|dias|anos|seconden|uur|dagen|weken|maanden|jaar';
const RELATIVE_DATE = new RegExp(
  `\\b\\d+\\s*(?:${UNIT})\\s+(?:ago|fa|geleden)\\b|\\b(?:vor|il y a|hace|há)\\s+\\d+\\s*(?:${UNIT})\\b|\\b(?:just now|yesterday|today|gestern|heute|hier|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag)\\b`,
  'iu',
);

/** Whether a short text is nothing but a date, a time, a relative date and their labels. */
export function isTimestamp(text: string): boolean {
  if (text.length > 120 || wordCount(text) > 16) return false;
  // Glued markup ("15:42 GMT19 April 2021") reads as one word; split letters from digits.
  const spaced = text.replace(/(\p{L})(\d)/gu, '$1 $2').replace(/(\d)(\p{L})/gu, '$1 $2');
  const hasMonth = new RegExp(MONTH_RE.source, 'iu').test(spaced) && /\d/.test(spaced);
  if (
    !hasMonth &&
    !TIME.test(spaced) &&
    !NUMERIC_DATE.test(spaced) &&
    !RELATIVE_DATE.test(spaced)
  ) {
    return false;
  }
  let rest = spaced.replace(/\b(\d+)(?:st|nd|rd|th|er|e|º|°)\b/giu, '$1');
  for (const re of STRIP) rest = rest.replace(re, ' ');
  const letters = rest.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 2) return true;
  // A dateline with its source glued on ("November 20, 2019 / 1:07 AM / CBS News"): a full
  // date and time, and no more than three other words.
  return (
    hasMonth &&
    TIME.test(spaced) &&
    (rest.match(/\p{L}+/gu) ?? []).length <= 3 &&
    wordCount(text) <= 12
  );
}

/** "5 min read", "Lesezeit: 4 Minuten", "Tempo de leitura: 1 minuto": not a date, but no text. */
const READING_TIME =
  /^(?:\d+\s*(?:min|mins|minutes?|minuten|minutos?|minuti)\.?\s*(?:read|reading|de lecture|lesezeit|de lectura|di lettura|de leitura|leestijd)|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*(?:\d+|one|a)\s*\p{L}+\.?)$/iu;

/** Labels left alone on their line by a split dateline ("Published" above "4:00 am CST"). */
const LONE_LABEL =
  /^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)\s*:?$/i;

/**
 * A cell of a data table (a date column in a price history, a schedule): data, not a dateline.
 * One- or two-row tables are often layout around a byline and do not count.
 */
function inDataTable(block: Element): boolean {
  const cell = block.closest('td, th');
  const table = cell?.closest('table');
  return !!table && table.rows.length > 2;
}

export function removeTimestamps(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { first, last } = proseSpan(blocks);
  blocks.forEach((block, i) => {
    const text = leafText(block);
    if (inDataTable(block)) return;
    // Inside the body a heading such as "March 2020" is a section of a timeline, not chrome.
    const inBody = i > first && i < last;
    if (inBody && /^h\d$/.test(block.localName)) return;
    if (READING_TIME.test(text)) {
      removeAndRecord(block, 'timestamp', ctx, root);
    } else if (isTimestamp(text)) {
      ctx.found.dates.push(text);
      removeAndRecord(block, 'timestamp', ctx, root);
      const label = blocks[i - 1];
      if (label && root.contains(label) && LONE_LABEL.test(leafText(label))) {
        removeAndRecord(label, 'timestamp', ctx, root);
      }
    }
  });
  removeLooseTimes(root, ctx);
}

/**
 * A `<time>` loose in a container that also holds blocks ("<div><h2>Title</h2><span>Published
 * <time>…</time></span></div>") sits in no line of its own, so the loop above never sees it.
 * The inline run around it goes when it is nothing but the date.
 */
function removeLooseTimes(root: Element, ctx: CleanContext): void {
  let leaves: Set<Element> | undefined;
  for (const time of [...root.getElementsByTagName('time')]) {
    if (!root.contains(time)) continue;
    let run: Element = time;
    while (run.parentElement && run.parentElement !== root && !isBlock(run.parentElement)) {
      run = run.parentElement;
    }
    const block = run.parentElement;
    // In a line of its own the block rules above decide; here only a loose run.
    leaves ??= new Set(leafBlocks(root));
    if (!block || leaves.has(block)) continue;
    const text = textOf(run);
    if (!isTimestamp(text)) continue;
    ctx.found.dates.push(text);
    removeAndRecord(run, 'timestamp', ctx, root);
  }
}
