/**
 * Makes each attributed quote reachable: the first mark of every speech or block quote becomes a
 * tab stop described by a hidden "Quote by …" note, and carries `data-who` for the hover/focus
 * label drawn by reader.css. The core's markup (`data-speaker`, `data-role`) stays untouched.
 */
import { el, type Translate } from './dom.ts';

const SELECTOR = 'q.dc-quote[data-kind="speech"], blockquote[data-kind="block"]';

/**
 * Decorates the quotes under `root` (the article: title and body) and returns the hidden
 * container of speaker notes; append it beside (not inside) the body.
 */
export function decorateQuotes(root: HTMLElement, t: Translate): HTMLElement {
  const doc = root.ownerDocument;
  const notes = el(doc, 'div', { class: 'dc-speaker-notes', hidden: '' });
  const seen = new Set<string>();
  for (const mark of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    const id = mark.dataset.quoteId ?? '';
    const speaker = mark.dataset.speaker?.trim();
    const role = mark.dataset.role?.trim();
    const who = speaker ? (role ? `${speaker}, ${role}` : speaker) : t('speakerUnknown');
    mark.dataset.who = who;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const noteId = `dc-who-${id}`;
    notes.append(el(doc, 'span', { id: noteId }, speaker ? t('quoteBy', who) : who));
    mark.tabIndex = 0;
    mark.setAttribute('aria-describedby', noteId);
  }
  return notes;
}

/** Quotes are tab stops only while they are highlighted; otherwise they are plain text. */
export function syncQuoteFocus(root: HTMLElement, highlight: 'all' | 'speech' | 'off'): void {
  for (const mark of root.querySelectorAll<HTMLElement>('[aria-describedby^="dc-who-"]')) {
    if (highlight === 'off') mark.removeAttribute('tabindex');
    else mark.tabIndex = 0;
  }
}
