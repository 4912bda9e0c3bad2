import {
  closes,
  DOUBLED,
  isApostrophe,
  opens,
  opensLoosely,
  SPACE,
  type Open,
} from './mark-context.ts';
import { CLOSERS, CLOSE_ONLY, QUOTE_CHARS } from './quote-marks.ts';
import { paragraphEnd } from './paragraphs.ts';

/** A quotation found in a text: offsets cover the marks. Paragraphs are separated by `\n`. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when the quote never closes). */
  end: number;
  open: string;
  /** The closing mark, or null when the quote ran to a paragraph end without one. */
  close: string | null;
  /** 0 for an outermost quote, 1 for a quote inside it, and so on. */
  depth: number;
  /** Offsets of the marks that reopen a multi-paragraph quote at each new paragraph. */
  reopens: number[];
}

/**
 * Finds quotations in `text`, outermost and nested. Pairs marks on a stack with their allowed
 * closers; apostrophes are told apart by their letters on both sides; a quote never crosses a
 * paragraph break unless the next paragraph reopens it (the multi-paragraph convention), so an
 * unbalanced mark can never swallow the rest of the article. Never throws.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let stack: Open[] = [];
  let paraStart = 0;
  const skip = new Set<number>();
  // Closes the quote opened at stack[j] with `close` ending at `end`; inner openers are dropped.
  const closeAt = (j: number, end: number, close: string) => {
    const o = stack[j]!;
    spans.push({ start: o.pos, end, open: o.mark, close, depth: j, reopens: o.reopens });
    stack = stack.slice(0, j);
  };
  // Jump from mark to mark: only quotation marks and paragraph breaks matter, and breaks only
  // while a quote is open (with none open a break only moves the paragraph's start, found then
  // with indexOf: most of a page's breaks are passed with no quote open).
  let passed = 0; // breaks before this offset are in paraStart
  for (let i = 0; i <= text.length; i++) {
    // (test, not exec: no match object per mark, and most marks are apostrophes.)
    const next = stack.length > 0 ? MARK_OR_BREAK : MARK;
    next.lastIndex = i;
    i = next.test(text) ? next.lastIndex - 1 : text.length;
    if (stack.length === 0)
      for (let k = text.indexOf('\n', passed); k >= 0 && k < i; k = text.indexOf('\n', k + 1))
        paraStart = k + 1;
    passed = i;
    const c = text[i];
    if (c === undefined || c === '\n') {
      stack = endParagraph(text, stack, paraStart, i, spans, skip);
      paraStart = i + 1;
      continue;
    }
    if (!QUOTE_CHARS.has(c) || skip.has(i)) continue;
    // Two single marks typed for a double one (AP's ’’, ‘‘): pair them as ” / “.
    const pair = text[i + 1] === c ? DOUBLED[c + c] : undefined; // (no string built per mark)
    if (pair && stack.some((o) => CLOSERS[o.mark]?.includes(pair))) {
      closeAt(findOpener(stack, pair), i + 2, c + c);
      i++;
      continue;
    }
    if (isApostrophe(text, i, stack)) continue;
    if (c === '"' && closesCurly(text, i, stack)) {
      closeAt(stack.map((o) => o.mark).lastIndexOf('“'), i + 1, c);
      continue;
    }
    const canOpen =
      c in CLOSERS && (opens(text, i) || (stack.length === 0 && opensLoosely(text, i)));
    const canClose = CLOSE_ONLY.has(c) || closes(text, i);
    if (canClose || !canOpen) {
      const j = findOpener(stack, c);
      if (j >= 0 && (canClose || stack.length > 0)) {
        closeAt(j, i + 1, c);
        continue;
      }
    }
    if (canOpen) stack.push({ mark: c, pos: i, reopens: [] });
  }
  return spans.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Any quotation mark or a paragraph break (what matters while a quote is open). */
const MARK_OR_BREAK = new RegExp(`[\\n${[...QUOTE_CHARS].map(escape).join('')}]`, 'g');
/** Any quotation mark (what matters while none is open). */
const MARK = new RegExp(`[${[...QUOTE_CHARS].map(escape).join('')}]`, 'g');

/** A straight " closing a curly “ (a common slip): only when no ” is left in the paragraph. */
function closesCurly(text: string, i: number, stack: Open[]): boolean {
  // The mark's neighbours first: the stack of a paragraph of unclosed marks can be long.
  if (!closes(text, i) || opens(text, i)) return false;
  if (!stack.some((o) => o.mark === '“') || stack.some((o) => o.mark === '"')) return false;
  const end = paragraphEnd(text, i);
  return !text.slice(i, end < 0 ? undefined : end).includes('”');
}

function findOpener(stack: Open[], c: string): number {
  for (let j = stack.length - 1; j >= 0; j--) if (CLOSERS[stack[j]!.mark]?.includes(c)) return j;
  return -1;
}

/**
 * At a paragraph end: the outermost open quote continues when the next paragraph starts with
 * the same mark; an unclosed quote that began the paragraph (or continues one) ends here; any
 * other unclosed mark was not a quote.
 */
function endParagraph(
  text: string,
  stack: Open[],
  paraStart: number,
  end: number,
  spans: QuoteSpan[],
  skip: Set<number>,
): Open[] {
  const outer = stack[0];
  if (!outer) return [];
  // Unclosed marks were not quotes, so what they seemed to hold was never nested in them.
  const promote = (dropped: readonly Open[]) => {
    if (!dropped.length) return;
    for (const s of spans) {
      if (s.start < paraStart) continue;
      for (const o of dropped) if (o.pos < s.start) s.depth--;
    }
  };
  let k = end + 1;
  while (k < text.length && SPACE.test(text[k]!) && text[k] !== '\n') k++;
  let first = paraStart;
  while (first < end && SPACE.test(text[first]!)) first++;
  // A quote opened at the paragraph start or after a colon frame ("said: “…") runs to its end.
  const framed = /[:：]\s*$/.test(text.slice(Math.max(paraStart, outer.pos - 3), outer.pos));
  const leads = outer.pos === first || outer.reopens.length > 0 || framed;
  if (end < text.length && text[k] === outer.mark) {
    promote(stack.slice(1));
    outer.reopens.push(k);
    skip.add(k);
    return [outer];
  }
  promote(leads ? stack.slice(1) : stack);
  if (leads) {
    const trimmed = text.slice(0, end).trimEnd().length;
    spans.push({
      start: outer.pos,
      end: trimmed,
      open: outer.mark,
      close: null,
      depth: 0,
      reopens: outer.reopens,
    });
  }
  return [];
}

/** The words of a quote: its text between the marks, reopening marks dropped, spaces collapsed. */
export function spanText(text: string, span: QuoteSpan): string {
  let inner = '';
  let at = span.start + 1;
  const to = span.close ? span.end - span.close.length : span.end;
  // Slices between the reopening marks (in increasing order): one character at a time was a
  // tenth of quote analysis on quote-dense pages.
  for (const r of span.reopens) {
    if (r < at || r >= to) continue;
    inner += text.slice(at, r);
    at = r + 1;
  }
  inner += text.slice(at, Math.max(at, to));
  // Most quotes hold only single spaces: then collapsing changes nothing (trim strips the same
  // spaces as \s), and testing for the rest costs less than replacing each space by itself.
  if (!/[^\S ]| {2}/.test(inner)) return inner.trim();
  return inner.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}
