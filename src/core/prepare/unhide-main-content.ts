/**
 * Unhides a wrapper that hides most of the page. Pages hide their body until a script has run
 * (anti-flicker wrappers, `<div hidden>` hydration roots, `aria-hidden` splash layers); in a
 * saved page or before that script runs, Readability, which skips hidden nodes, then finds no
 * article. A page never means to hide most of its own text from its readers, so a hidden
 * element holding more than half of the page's text is shown again. Small hidden parts (menus,
 * dialogs, screen-reader copies) stay hidden.
 */

const HIDING = '[hidden], [aria-hidden="true"], [style*="display"], [style*="visibility"]';
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi;

/** Share of the page's text an element must hold to be the page rather than a part of it. */
const MAJORITY = 0.5;

/** How deep under `<body>` a page-hiding wrapper may sit. */
const MAX_DEPTH = 6;

function depthBelow(el: Element, body: Element): number {
  let depth = 0;
  for (let up = el.parentElement; up && up !== body && depth <= MAX_DEPTH; up = up.parentElement)
    depth++;
  return depth;
}

export function unhideMainContent(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Scripts and styles hold no reading text (hydration data can outweigh the article), and
  // Readability removes them first anyway; without them text lengths compare what readers see.
  for (const el of doc.querySelectorAll('script, style')) el.remove();
  const total = (body.textContent ?? '').length;
  if (total < 500) return;
  for (const el of body.querySelectorAll(HIDING)) {
    // Such wrappers sit near the top of the page; deeper ones are widgets, and skipping them
    // spares measuring the text of every hidden menu.
    if (depthBelow(el, body) > MAX_DEPTH) continue;
    const style = el.getAttribute('style') ?? '';
    const hidden =
      el.hasAttribute('hidden') ||
      el.getAttribute('aria-hidden') === 'true' ||
      new RegExp(HIDDEN_STYLE.source, 'i').test(style);
    if (!hidden || (el.textContent ?? '').length < total * MAJORITY) continue;
    el.removeAttribute('hidden');
    if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
    if (style) el.setAttribute('style', style.replace(HIDDEN_STYLE, ''));
  }
}
