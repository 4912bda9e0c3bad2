import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { EMPTY_PAGE_CHARS, pageSignals } from './page-signals.ts';
import { reason, type DetectReason } from './reasons.ts';
import { urlVerdict } from './url-signals.ts';

export type { DetectReason, DetectReasonCode } from './reasons.ts';

export interface DetectOptions {
  /** The page's real URL (the content script passes `location.href`). */
  url: string;
  /**
   * Layout-based visibility, injected by the content script (Firefox uses
   * `clientHeight > 0 && clientWidth > 0`). Without it, Readability's style/attribute check.
   */
  isVisible?: (el: Element) => boolean;
}

export interface DetectResult {
  isArticle: boolean;
  /** Sum of the reasons' weights; `isArticle` is `score >= ARTICLE_THRESHOLD`. */
  score: number;
  /** Strongest first; each has a stable `code` and an English `text`. */
  reasons: DetectReason[];
}

/** Readable text alone (weight 3) is enough; metadata alone needs some text beside it. */
export const ARTICLE_THRESHOLD = 3;

/**
 * Readability's default check, used when the caller has no layout to ask. It reads the style
 * attribute as text: going through `el.style` makes jsdom parse the CSS, which throws on some
 * pages (SCSS left in a style attribute) and costs more.
 */
function attributeVisible(el: Element): boolean {
  return (
    !/display\s*:\s*none/i.test(el.getAttribute('style') ?? '') &&
    !el.hasAttribute('hidden') &&
    (el.getAttribute('aria-hidden') !== 'true' || /fallback-image/.test(el.className))
  );
}

/**
 * Is this page an article worth offering the reader for? Cheap enough for every page load:
 * URL rules first, then Readability's `isProbablyReaderable` (which stops as soon as it has
 * seen enough text), then a handful of selector lookups for our own signals.
 *
 * @example
 * const { isArticle, reasons } = isProbablyArticle(document, { url: location.href, isVisible });
 * reasons[0]?.text; // "Marked as a news article (JSON-LD)"
 */
export function isProbablyArticle(doc: Document, options: DetectOptions): DetectResult {
  const blocked = urlVerdict(options.url);
  if (blocked) return { isArticle: false, score: blocked.weight, reasons: [blocked] };

  const isVisible = options.isVisible ?? attributeVisible;
  const reasons: DetectReason[] = [];
  const signals = pageSignals(doc, isVisible);
  if (signals.textLength < EMPTY_PAGE_CHARS) {
    return { isArticle: false, score: -100, reasons: [reason('empty-page', -100)] };
  }

  const readerable = isProbablyReaderable(doc, { visibilityChecker: isVisible });
  reasons.push(readerable ? reason('readerable', 3) : reason('not-readerable', -1));
  // Readerable already counted the prose (including <div>s of <br> lines, which our paragraph
  // count misses), so "few paragraphs" and "mostly pictures" only count against unreadable pages.
  const moot = new Set(readerable ? ['few-paragraphs', 'gallery'] : []);
  reasons.push(...signals.reasons.filter((r) => !moot.has(r.code)));

  const score = reasons.reduce((sum, r) => sum + r.weight, 0);
  const isArticle = score >= ARTICLE_THRESHOLD;
  // The reasons that carried the verdict come first, strongest first: those are what the UI shows.
  const sign = isArticle ? 1 : -1;
  reasons.sort((a, b) => sign * b.weight - sign * a.weight);
  return { isArticle, score, reasons };
}
