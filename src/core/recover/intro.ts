import { byTag } from '../dom/find-elements.ts';
import { MAX_HEADING } from './headings.ts';
import { isChrome, normText } from './prose.ts';
import { MIN_PARAGRAPH, type SourcePick } from './source-container.ts';

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without reaching for the browser's `Node`. */
const FOLLOWING = 4;
/** An introduction longer than this is another story above the pick, not its opening. */
const MAX_INTRO_PARAGRAPHS = 12;
/** Fewer paragraphs than this above the text are a standfirst or a caption, not an opening. */
const MIN_INTRO_PARAGRAPHS = 2;
/** Wrappers named after what is not the story's text: captions, credits, author notes. */
const NOT_TEXT = /caption|credit|byline|author|disclos|affiliat/i;
/** A paragraph with more of its text in links than this is a teaser or a menu. */
const MAX_LINK_SHARE = 0.3;

/**
 * Puts back the opening paragraphs of a story that sit between its title and the paragraphs
 * Readability kept, in a wrapper of their own (a page builder's "text widget", a banner block)
 * that Readability scored apart from the body and dropped. Taken in order from the paragraph
 * right before the first one kept, back up to the page's last `<h1>` above it: each must read
 * as running text (long enough, a sentence end, few links, outside navigation and hidden
 * blocks); the first one that does not ends the introduction. Headings right above a taken
 * paragraph come with it. Nothing is taken on a page without a title heading above the text.
 */
export function restoreIntro(pick: SourcePick, body: Element): void {
  const first = pick.found[0];
  if (!first) return;
  const source = first.ownerDocument;
  let title: Element | undefined;
  for (const h of byTag(source, 'h1')) {
    if (h.compareDocumentPosition(first) & FOLLOWING) title = h;
    else break;
  }
  if (!title) return;
  const paragraphs = byTag(source, 'p');
  const at = paragraphs.indexOf(first);
  const intro: Element[] = [];
  for (let i = at - 1; i >= 0 && intro.length < MAX_INTRO_PARAGRAPHS; i--) {
    const p = paragraphs[i]!;
    if (p.compareDocumentPosition(title) & FOLLOWING) break; // above the title: done
    if (pick.container.contains(p) || first.contains(p) || p.contains(first)) break;
    const text = normText(p);
    if (text.length < MIN_PARAGRAPH && !/[.!?:]$/.test(text)) continue;
    if (!isRunningText(p, text, title)) break;
    intro.unshift(p);
  }
  // One paragraph alone above the text is a standfirst, a caption or a note; an opening that
  // Readability missed runs for several.
  if (intro.length < MIN_INTRO_PARAGRAPHS) return;
  const target = firstKept(body, first);
  if (!target) return;
  const bodyText = normText(body);
  const into = body.ownerDocument;
  for (const p of intro) {
    if (bodyText.includes(normText(p))) continue;
    const heading = headingAbove(p);
    if (heading && !bodyText.includes(normText(heading))) {
      const h = into.createElement(heading.localName);
      h.textContent = normText(heading);
      target.before(h);
    }
    const copy = into.createElement('p');
    copy.textContent = normText(p);
    target.before(copy);
  }
}

function isRunningText(p: Element, text: string, title: Element): boolean {
  if (text.length < MIN_PARAGRAPH || !/[.!?…"”)]/.test(text)) return false;
  let linked = 0;
  for (const a of byTag(p, 'a')) linked += normText(a).length;
  if (linked > text.length * MAX_LINK_SHARE) return false;
  for (let el: Element | null = p; el && !el.contains(title); el = el.parentElement) {
    if (isChrome(el) || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return false;
    if (el.localName === 'figure' || el.localName === 'figcaption') return false;
    if (NOT_TEXT.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  }
  return true;
}

/** A section heading right before the paragraph (its previous sibling). */
function headingAbove(p: Element): Element | null {
  const prev = p.previousElementSibling;
  return prev && /^h[2-6]$/.test(prev.localName) && normText(prev).length <= MAX_HEADING
    ? prev
    : null;
}

/** The pick's copy of the first source paragraph Readability kept. */
function firstKept(body: Element, first: Element): Element | null {
  const text = first.textContent ?? '';
  for (const p of byTag(body, 'p')) if ((p.textContent ?? '') === text) return p;
  return null;
}
