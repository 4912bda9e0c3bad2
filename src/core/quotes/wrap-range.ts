import type { Piece } from './text-lines.ts';

/**
 * Wraps the text between two offsets of the joined text (within one line) in copies of `make()`.
 * One wrapper when the range covers whole siblings (possibly across <a>/<em>); otherwise one
 * wrapper per text node, so an element is never split or unbalanced. Never throws on odd trees.
 * Ranges must be wrapped in reverse document order (see `cut`).
 */
export function wrapRange(pieces: Piece[], from: number, to: number, make: () => Element): void {
  if (wrapInsideOne(pieces, from, to, make)) return;
  const nodes = cut(pieces, from, to);
  if (nodes.length === 0) return;
  const first = nodes[0]!;
  const last = nodes[nodes.length - 1]!;
  const span = siblingsCovering(first, last, nodes);
  if (span) {
    const [a, b] = span;
    const wrapper = make();
    a.parentNode!.insertBefore(wrapper, a);
    let node: Node | null = a;
    while (node) {
      const next: Node | null = node === b ? null : node.nextSibling;
      wrapper.appendChild(node);
      node = next;
    }
    return;
  }
  for (const node of nodes) {
    if (!node.data.trim()) continue;
    const wrapper = make();
    node.parentNode!.insertBefore(wrapper, node);
    wrapper.appendChild(node);
  }
}

/**
 * The common case, a range inside one text node, with fewer DOM operations than cut() and a
 * move: the node keeps its head (or its tail when the range starts it), and the quoted text and
 * the rest are new text nodes. The tree comes out as cut() and a move would leave it, and the
 * piece keeps its offset for earlier ranges, which never reach past its head. jsdom spends most
 * of wrapping in inserts and removals, each walking the node's ancestors.
 */
function wrapInsideOne(pieces: Piece[], from: number, to: number, make: () => Element): boolean {
  const p = pieces[firstAtOrBefore(pieces, from)];
  if (!p || p.at > from || from >= to) return false;
  const node = p.node;
  const data = node.data;
  const parent = node.parentNode;
  if (to > p.at + data.length || !parent) return false;
  const head = data.slice(0, from - p.at);
  const tail = data.slice(to - p.at);
  const doc = node.ownerDocument;
  const wrapper = make();
  if (!head && !tail) {
    parent.insertBefore(wrapper, node);
    wrapper.appendChild(node);
    return true;
  }
  wrapper.appendChild(doc.createTextNode(data.slice(from - p.at, to - p.at)));
  if (!head) {
    node.data = tail;
    parent.insertBefore(wrapper, node);
    return true;
  }
  node.data = head;
  const after = node.nextSibling;
  parent.insertBefore(wrapper, after);
  if (tail) parent.insertBefore(doc.createTextNode(tail), after);
  return true;
}

/**
 * Splits the text nodes at the range ends and returns the nodes inside the range, in order.
 * Finds the first node by binary search and records no split-off tail: callers wrap ranges from
 * the last to the first, so a tail (text after an earlier split) is never asked for again, and
 * each head keeps its own offset. This keeps marking linear in the page size.
 */
function cut(pieces: Piece[], from: number, to: number): Text[] {
  const out: Text[] = [];
  for (let i = firstAtOrBefore(pieces, from); i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.at >= to) break;
    let node = p.node;
    const len = node.data.length;
    if (p.at + len <= from || len === 0) continue;
    if (from > p.at) node = node.splitText(from - p.at);
    const at = Math.max(from, p.at);
    if (to < at + node.data.length) node.splitText(to - at);
    out.push(node);
  }
  return out;
}

/** Index of the last piece starting at or before `offset` (0 when none does). */
function firstAtOrBefore(pieces: Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The two sibling nodes whose run holds exactly the range's text, if there are such. */
function siblingsCovering(first: Text, last: Text, nodes: Text[]): [Node, Node] | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = first; n; n = n.parentNode) ancestors.add(n);
  let b: Node = last;
  while (b.parentNode && !ancestors.has(b.parentNode)) b = b.parentNode;
  const parent = b.parentNode;
  if (!parent) return null;
  let a: Node = first;
  while (a.parentNode !== parent) a = a.parentNode!;
  // The run a..b must contain no text outside the range: compare character counts.
  let inRun = 0;
  for (let n: Node | null = a; n; n = n.nextSibling) {
    inRun += (n.textContent ?? '').length;
    if (n === b) break;
    if (!n.nextSibling) return null;
  }
  const inRange = nodes.reduce((sum, n) => sum + n.data.length, 0);
  return inRun === inRange ? [a, b] : null;
}
