/** The text of a DOM subtree as lines (one per block), with a map back to its text nodes. */

const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// Text in these is never searched for inline quotes: code, and blockquotes (marked whole).
const OPAQUE = new Set([
  'blockquote',
  'pre',
  'code',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'svg',
  'math',
]);

export interface Piece {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  at: number;
}

export interface Lines {
  /** Non-empty lines joined by `\n`, newlines inside text replaced by spaces (offsets kept). */
  text: string;
  pieces: Piece[];
  /** Start offset of each line in `text`. */
  starts: number[];
  /** Line on which each blockquote starts, every blockquote of the subtree in document order. */
  blockLines: Map<Element, number>;
  /** Start offsets of the lines inside figure captions: asides the story's flow goes past. */
  captions: Set<number>;
  /**
   * Each line's index among the lines of the article's text (`blockText` without captions):
   * caption lines and lines of zero-width characters only are no such line and take the index
   * of the next one.
   */
  paragraphs: number[];
}

// As blockText: a line of zero-width characters only (a joiner left as a spacer) is no line.
const INVISIBLE_ONLY = /^[\u200b-\u200d\u2060\ufeff\s]*$/;

/**
 * Splits a subtree into lines the way blockText does (so line numbers match the article's text),
 * keeping each text node's offset. Lines inside opaque elements are kept empty of text but still
 * counted, so paragraph numbers stay aligned.
 */
export function textLines(root: Element): Lines {
  const lines: { text: string; pieces: Piece[] }[] = [];
  let cur = { text: '', pieces: [] as Piece[] };
  const blockLines = new Map<Element, number>();
  const captionLines: number[] = [];
  let inCaption = 0;
  const flush = (): void => {
    if (cur.text.trim()) {
      if (inCaption > 0) captionLines.push(lines.length);
      lines.push(cur);
    }
    cur = { text: '', pieces: [] };
  };
  const walk = (node: Node, opaque: boolean, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (opaque) {
          // An invisible stand-in keeps the line counted; in <pre> each of its lines is one.
          const parts = pre ? value.split('\n') : [value];
          parts.forEach((part, k) => {
            if (k > 0) flush();
            if (part.trim()) cur.text += '\u2063';
          });
          continue;
        }
        cur.pieces.push({ node: child as Text, at: cur.text.length });
        cur.text +=
          value.indexOf('\n') < 0 && value.indexOf('\r') < 0
            ? value
            : value.replace(/[\n\r]/g, ' ');
      } else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        const block = BLOCK.has(name);
        if (block) flush();
        if (name === 'blockquote') blockLines.set(child as Element, lines.length);
        const caption = name === 'figcaption';
        if (caption) inCaption++;
        walk(child, opaque || OPAQUE.has(name), pre || name === 'pre');
        if (block) flush();
        if (caption) inCaption--;
      }
    }
  };
  walk(root, false, false);
  flush();
  let text = '';
  const pieces: Piece[] = [];
  const starts: number[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    starts.push(text.length);
    for (const p of line.pieces) {
      p.at += text.length; // the line's own pieces, now placed in the joined text
      pieces.push(p);
    }
    text += line.text;
  }
  const captions = new Set(captionLines);
  const paragraphs: number[] = [];
  let kept = 0;
  lines.forEach((line, l) => {
    paragraphs.push(kept);
    if (!captions.has(l) && !INVISIBLE_ONLY.test(line.text)) kept++;
  });
  return {
    text,
    pieces,
    starts,
    blockLines,
    captions: new Set(captionLines.map((l) => starts[l]!)),
    paragraphs,
  };
}

/** Index of the line that contains `offset`. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
