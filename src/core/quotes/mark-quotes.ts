import { blockText } from '../block-text.ts';
import type { Quote } from '../types.ts';
import { analyzeText } from './analyze.ts';
import { blockquoteSpeaker, descendants } from './blockquote.ts';
import { lineOf, textLines, type Lines } from './text-lines.ts';
import { wrapRange } from './wrap-range.ts';
import { rx } from './letters.ts';

/**
 * Finds the quotations in an article body, wraps each in
 * `<q class="dc-quote" data-kind data-speaker data-role data-quote-id>` (original marks kept
 * inside) and marks each outermost `<blockquote>` with `data-kind="block"`. Returns the quotes
 * in document order. See README.md for the markup contract.
 */
export function markQuotesIn(root: Element, writer: string | null = null): Quote[] {
  const doc = root.ownerDocument;
  const lines = textLines(root);
  const found = analyzeText(lines.text, lines.captions, writer);
  const quotes: (Quote & { at: number })[] = [];
  const ids = new Map<object, string>();
  const blocks = outermostBlockquotes(lines);
  // Ids follow document order, so number inline quotes and blockquotes together.
  const order: { at: number; key: object }[] = [
    ...found.map((f) => ({ at: f.span.start, key: f as object })),
    ...blocks.map((b) => ({ at: blockOffset(lines, b), key: b as object })),
  ].sort((x, y) => x.at - y.at);
  order.forEach((o, i) => ids.set(o.key, `dc-q-${i + 1}`));

  for (const f of found) {
    const id = ids.get(f)!;
    quotes.push({
      id,
      text: f.text,
      kind: f.kind,
      speaker: f.speaker,
      ...(f.role ? { role: f.role } : {}),
      paragraph: lines.paragraphs[lineOf(lines.starts, f.span.start)]!,
      at: f.span.start,
    });
  }
  // Wrap from the end so offsets of earlier quotes stay valid while text nodes are split.
  for (const f of [...found].reverse()) {
    // A quote over several lines or nodes gets several wrappers: copies of the first one
    // (a shallow clone costs less than setting each attribute again in jsdom).
    let model: Element | undefined;
    const make = (): Element => {
      if (model) return model.cloneNode(false) as Element;
      const q = (model = doc.createElement('q'));
      q.setAttribute('class', 'dc-quote');
      q.setAttribute('data-kind', f.kind);
      if (f.speaker) q.setAttribute('data-speaker', f.speaker);
      if (f.role) q.setAttribute('data-role', f.role);
      q.setAttribute('data-quote-id', ids.get(f)!);
      return q;
    };
    const first = lineOf(lines.starts, f.span.start);
    const last = lineOf(lines.starts, Math.max(f.span.start, f.span.end - 1));
    for (let l = last; l >= first; l--) {
      const from = Math.max(f.span.start, lines.starts[l]!);
      const lineEnd =
        lines.starts[l + 1] !== undefined ? lines.starts[l + 1]! - 1 : lines.text.length;
      wrapRange(lines.pieces, from, Math.min(f.span.end, lineEnd), make);
    }
  }
  for (const b of blocks) {
    const id = ids.get(b)!;
    const who = blockquoteSpeaker(b);
    b.setAttribute('data-kind', 'block');
    b.setAttribute('data-quote-id', id);
    if (who?.name) b.setAttribute('data-speaker', who.name);
    if (who?.role) b.setAttribute('data-role', who.role);
    quotes.push({
      id,
      text: withoutByline(blockText(withoutCredit(b))),
      kind: 'block',
      speaker: who?.name ?? null,
      ...(who?.role ? { role: who.role } : {}),
      paragraph: lines.paragraphs[lineOf(lines.starts, blockOffset(lines, b))]!,
      at: blockOffset(lines, b),
    });
  }
  return quotes.sort((x, y) => x.at - y.at).map(({ at, ...q }) => (void at, q));
}

/**
 * The blockquotes not inside another blockquote, in document order, that have text. textLines
 * has already met every blockquote (its map keeps document order); a selector query or a tag
 * list over the whole body would cost a fifth of markQuotes in jsdom.
 */
function outermostBlockquotes(lines: Lines): Element[] {
  const out: Element[] = [];
  for (const b of lines.blockLines.keys()) {
    let up = b.parentElement;
    while (up && up.localName !== 'blockquote') up = up.parentElement;
    if (!up && (b.textContent ?? '').trim() !== '') out.push(b);
  }
  return out;
}

/** Offset in the joined text where a blockquote starts (the start of its first line). */
function blockOffset(lines: ReturnType<typeof textLines>, b: Element): number {
  const line = lines.blockLines.get(b) ?? lines.starts.length - 1;
  return lines.starts[Math.min(line, lines.starts.length - 1)] ?? 0;
}

// A dash is also typed as two hyphens ("…" -- Senior engineer at a startup).
const CLOSING_BYLINE = rx(
  String.raw`\s*(?:[—–―]|--)\s*(?=[\p{Lu}@])(?![^\n]*[.!?]\s+\p{Lu})(?:(?!--)[^—–―\n]){2,80}(?:\(@\w+\))?(?:(?!--)[^—–―\n]){0,40}$`,
  'u',
);

/** A blockquote's words without its closing "— Name (@handle) date" byline. */
function withoutByline(text: string): string {
  return (
    text
      // A byline opens with a name or a handle and holds no sentence break: "— but with this
      // launch, it's … a stroll. Hey, …" is the quote's own last clause.
      .replace(CLOSING_BYLINE.re, '')
      .replace(/\n/g, ' ')
      .trim()
  );
}

const CREDIT = new Set(['footer', 'figcaption', 'cite']);
const FOOTER = new Set(['footer', 'figcaption']);

/** A copy of a blockquote without its credit line (<footer>, <figcaption>, a closing <cite>). */
function withoutCredit(b: Element): Element {
  if (descendants(b, CREDIT).length === 0) return b; // cloning is the costly part
  const copy = b.cloneNode(true) as Element;
  for (const credit of descendants(copy, FOOTER)) credit.remove();
  const last = copy.lastElementChild;
  if (
    last?.localName === 'cite' ||
    (last?.children.length === 1 &&
      last.firstElementChild?.localName === 'cite' &&
      last.textContent?.trim() === last.firstElementChild.textContent?.trim())
  )
    last.remove();
  return copy;
}
