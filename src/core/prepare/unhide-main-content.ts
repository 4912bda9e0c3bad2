/**
 * Unhides a wrapper that hides most of the page. Pages hide their body until a script has run
 * (anti-flicker wrappers, `<div hidden>` hydration roots, `aria-hidden` splash layers); in a
 * saved page or before that script runs, Readability, which skips hidden nodes, then finds no
 * article. A page never means to hide most of its own text from its readers, so a hidden
 * element holding more than half of the page's text is shown again. Small hidden parts (menus,
 * dialogs, screen-reader copies) stay hidden.
 */
import { runStep, type PrepareStep } from './step.ts';

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi;

/** Below this much text a page has no article to reveal. */
const MIN_PAGE_TEXT = 500;

/** Share of the page's text an element must hold to be the page rather than a part of it. */
const MAJORITY = 0.5;

/**
 * How deep under `<body>` a page-hiding wrapper may sit (0: a child of body). Such wrappers sit
 * near the top of the page; deeper ones are widgets, and skipping them spares measuring the
 * text of every hidden menu.
 */
const MAX_DEPTH = 6;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && new RegExp(HIDDEN_STYLE.source, 'i').test(style);
}

function unhide(el: Element): void {
  el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(HIDDEN_STYLE, ''));
}

export function mainContentStep(doc: Document): PrepareStep {
  const body = doc.body;
  const scripts: Element[] = [];
  const hidden: Element[] = [];
  // Depth of `<body>` in the walk from <html>, known once the walk reaches it.
  let bodyDepth = -1;
  return {
    visit(el, depth) {
      const tag = el.localName;
      // Scripts and styles hold no reading text (hydration data can outweigh the article), and
      // Readability removes them first anyway; without them text lengths compare what readers see.
      if (tag === 'script' || tag === 'style') {
        scripts.push(el);
        return true;
      }
      if (el === body) bodyDepth = depth;
      else if (bodyDepth >= 0 && depth - bodyDepth - 1 <= MAX_DEPTH && isHidden(el)) {
        hidden.push(el);
      }
      return false;
    },
    apply() {
      for (const el of scripts) el.remove();
      if (!body || !hidden.length) return;
      // Most hidden things are icons and menus: measure them before the whole page.
      const sized = hidden
        .map((el) => [el, (el.textContent ?? '').length] as const)
        .filter(([, length]) => length >= MIN_PAGE_TEXT * MAJORITY);
      if (!sized.length) return;
      const total = (body.textContent ?? '').length;
      if (total < MIN_PAGE_TEXT) return;
      for (const [el, length] of sized) if (length >= total * MAJORITY) unhide(el);
    },
  };
}

export function unhideMainContent(doc: Document): void {
  runStep(doc.documentElement, mainContentStep(doc));
}
