/**
 * Refuses pages too big or too deep to extract before any expensive step runs. Readability and
 * the sanitizer cannot be interrupted once started, and their cost grows with nesting depth and
 * text size (a 5,000-deep page overflows the stack; 30,000 paragraphs take seconds), so the only
 * way to keep the tab responsive is to measure first, cheaply and with early exits.
 */
import { STOP, walkElements } from './dom/walk-elements.ts';
import type { ExtractResult } from './types.ts';

export interface SizeLimits {
  /** Elements in the whole document (the first check of extractArticle). */
  maxElements: number;
  /** Deepest element nesting. Blink's HTML parser itself stops nesting at 512; real pages stay under 100. */
  maxDepth: number;
  /** Characters of visible-candidate text (script/style/template/noscript excluded). */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: SizeLimits = {
  maxElements: 200_000,
  maxDepth: 300,
  // About 250,000 words: several times the longest long-read, far below the 30,000-paragraph page.
  maxTextLength: 1_500_000,
};

/** Within the limits, the length of the page's readable text; else the first limit crossed. */
export type Measure = { over: null; text: number } | { over: keyof SizeLimits; value: number };

/** Text in these never reaches a reader, and inline JSON (`__NEXT_DATA__`) can be megabytes. */
const SKIP_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea']);

/**
 * Walks the element tree once, iteratively (no recursion to overflow), stopping at the first
 * limit crossed. `visit`, when given, sees each element on the way (extraction plans its clone
 * on this walk rather than walking the page twice).
 */
export function measureDocument(
  doc: Document,
  limits: SizeLimits = DEFAULT_LIMITS,
  visit?: (el: Element, depth: number) => void,
): Measure {
  const root = doc.documentElement;
  if (!root) return { over: null, text: 0 };
  let measure: Measure | null = null;
  let elements = 0;
  let text = 0;
  const check = (el: Element, depth: number): boolean | typeof STOP => {
    elements++;
    if (elements > limits.maxElements) measure = { over: 'maxElements', value: elements };
    else if (depth > limits.maxDepth) measure = { over: 'maxDepth', value: depth };
    if (measure) return STOP;
    visit?.(el, depth);
    if (SKIP_TEXT.has(el.localName)) return true;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data.length;
    }
    if (text > limits.maxTextLength) {
      measure = { over: 'maxTextLength', value: text };
      return STOP;
    }
    return false;
  };
  // The root is depth 1, its children depth 2, as nesting is counted from <html>.
  if (check(root, 1) === false) walkElements(root, (el, depth) => check(el, depth + 1));
  return measure ?? { over: null, text };
}

const WHY: Record<keyof SizeLimits, (limit: number) => string> = {
  maxElements: (n) => `more than ${n.toLocaleString('en')} elements`,
  maxDepth: (n) => `elements nested more than ${n.toLocaleString('en')} deep`,
  maxTextLength: (n) => `more than ${n.toLocaleString('en')} characters of text`,
};

/**
 * `too-large` for a page past any limit, else null. Meant as the first step of extraction:
 * `const refused = guardDocument(source, options); if (refused) return refused;`
 */
export function guardDocument(
  doc: Document,
  options: Partial<SizeLimits> = {},
): Extract<ExtractResult, { ok: false }> | null {
  const limits = sizeLimits(options);
  return tooLarge(measureDocument(doc, limits), limits);
}

/** The limits in force: the defaults, with any the caller set. */
export function sizeLimits(options: Partial<SizeLimits>): SizeLimits {
  return {
    maxElements: options.maxElements ?? DEFAULT_LIMITS.maxElements,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxTextLength: options.maxTextLength ?? DEFAULT_LIMITS.maxTextLength,
  };
}

/** The `too-large` failure for a measure past a limit, else null. */
export function tooLarge(
  measured: Measure,
  limits: SizeLimits,
): Extract<ExtractResult, { ok: false }> | null {
  if (measured.over === null) return null;
  return {
    ok: false,
    reason: 'too-large',
    message: `This page has ${WHY[measured.over](limits[measured.over])}, too many to read safely.`,
  };
}
