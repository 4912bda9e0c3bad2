/**
 * "What was removed": a list (collapsed behind its toolbar button) of the blocks the cleaners took out, each with its
 * reason and a Restore button that puts it back into the view (sanitized again: its HTML came
 * from the page). Restored blocks are marked so they stay recognisable.
 */
import { sanitizeToFragment } from '../core/sanitize.ts';
import type { RemovedBlock } from '../core/types.ts';
import { button, el, type Translate } from './dom.ts';

/** Message keys allow only [A-Za-z0-9_]: `share-bar` → `reason_share_bar`. */
export const reasonKey = (reason: string): string => `reason_${reason.replace(/-/g, '_')}`;

/** A reason the core added after this build's messages reads as "Other clutter", not a key. */
function reasonLabel(reason: string, t: Translate): string {
  const key = reasonKey(reason);
  const label = t(key);
  return label === key ? t('reason_other') : label;
}

/** Reasons that come from the head of an article; without a position they go back on top. */
const HEAD_REASONS = new Set([
  'timestamp',
  'audio-player',
  'short-url',
  'share-bar',
  'breadcrumbs',
  'byline',
  'title',
]);

const BLOCK = /^(p|h[1-6]|li|figure|figcaption|blockquote|pre|table|dl|ul|ol)$/;

/** Paragraph-level blocks of the body, in order: the positions `beforeBlock` counts. */
function bodyBlocks(body: Element): Element[] {
  return Array.from(body.querySelectorAll('*')).filter(
    (n) =>
      BLOCK.test(n.localName) &&
      !n.parentElement?.closest('p,li,figure,blockquote,table,ul,ol,dl,pre'),
  );
}

/** Puts a restored block where it was removed, or at the top/bottom by its reason. */
export function placeRestored(body: Element, block: Element, removed: RemovedBlock): void {
  const blocks = bodyBlocks(body);
  const at = removed.beforeBlock;
  const anchor =
    typeof at === 'number' ? blocks[at] : HEAD_REASONS.has(removed.reason) ? blocks[0] : undefined;
  if (anchor) anchor.before(block);
  else if (blocks.length) blocks[blocks.length - 1]!.after(block);
  else body.append(block);
}

export function restoredBlock(doc: Document, removed: RemovedBlock, t: Translate): HTMLElement {
  const block = el(doc, 'div', { class: 'dc-restored', 'data-reason': removed.reason });
  block.setAttribute('aria-label', t('restoredBlock', reasonLabel(removed.reason, t)));
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  // <li> out of its list would render oddly and be dropped by some parsers: give it a list.
  const html =
    removed.html && /^\s*<li[\s>]/i.test(removed.html) ? `<ul>${removed.html}</ul>` : removed.html;
  if (html && win) block.append(sanitizeToFragment(html, win));
  else block.append(el(doc, 'p', {}, removed.text));
  return block;
}

export function renderRemovedPanel(
  doc: Document,
  removed: RemovedBlock[],
  body: HTMLElement,
  t: Translate,
): HTMLElement {
  const panel = el(doc, 'section', { class: 'dc-panel', id: 'dc-removed-panel' });
  panel.setAttribute('aria-labelledby', 'dc-removed-title');
  panel.append(
    el(doc, 'h2', { id: 'dc-removed-title' }, t('removedTitle', String(removed.length))),
  );
  panel.append(el(doc, 'p', { class: 'dc-panel-hint' }, t('removedHint')));
  if (!removed.length) {
    panel.append(el(doc, 'p', { class: 'dc-panel-empty' }, t('removedEmpty')));
    return panel;
  }
  const list = el(doc, 'ul', { class: 'dc-removed-list' });
  removed.forEach((item, i) => {
    const li = el(doc, 'li', { 'data-reason': item.reason });
    li.append(el(doc, 'span', { class: 'dc-reason' }, reasonLabel(item.reason, t)));
    li.append(el(doc, 'span', { class: 'dc-removed-text' }, item.text.replace(/\s+/g, ' ').trim()));
    const restore = button(doc, `dc-restore-${i}`, t('restore'), () => {
      placeRestored(body, restoredBlock(doc, item, t), item);
      restore.disabled = true;
      restore.textContent = t('restored');
    });
    restore.classList.add('dc-small');
    li.append(restore);
    list.append(li);
  });
  panel.append(list);
  return panel;
}
