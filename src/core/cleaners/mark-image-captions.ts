/**
 * Gives a caption its figure back. Many pages put a picture and its caption in plain blocks
 * (`<div><img></div><p>The new quay.</p>`), so Readability's output loses the link between them:
 * the reader cannot style the caption and the article text reads it as a paragraph. A short
 * line right after a block holding only an image (a credit in it, or no sentence end) becomes
 * that image's `<figcaption>`, both in a `<figure>`. Nothing is removed; the caption stays in the HTML.
 */
import { leafBlocks, leafText, noteChange, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

const MEDIA = 'img, picture, video';
/** Captions are a line or two; a longer block after a picture is the text going on. */
const MAX_WORDS = 40;

/** A credit marks a caption; so does a fragment, where a paragraph would end its sentence. */
const CREDIT =
  /\((?:image|photo|picture|foto|bild|crédit|credit)s?\s*:|\b(?:photo|image|credit|foto|bild)s?\s*:|getty|reuters|\bAFP\b|\bAP\b|shutterstock|©/i;
/** Scripts written without spaces: word counts and sentence ends say nothing there. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const looksLikeCaption = (text: string): boolean =>
  CREDIT.test(text) ||
  (!UNSPACED.test(text) && wordCount(text) <= 20 && !/[.!?:;…。！？]["”’)]?$/.test(text));

/** The element before `block` in reading order, climbing out of wrappers it opens. */
function previousElement(block: Element, root: Element): Element | null {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    if (el.previousElementSibling) return el.previousElementSibling;
  }
  return null;
}

const isBareMedia = (el: Element | null): el is Element =>
  !!el &&
  el.localName !== 'figure' &&
  (el.matches(MEDIA) || !!el.querySelector(MEDIA)) &&
  !(el.textContent ?? '').trim();

const insideFigure = (el: Element, root: Element): boolean => {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (up.localName === 'figure') return true;
  }
  return root.localName === 'figure';
};

export function markImageCaptions(root: Element, _ctx: CleanContext): void {
  const doc = root.ownerDocument;
  for (const block of leafBlocks(root)) {
    if (/^(?:h\d|li|dt|dd|td|th|figcaption)$/.test(block.localName)) continue;
    if (insideFigure(block, root)) continue;
    const text = leafText(block);
    if (wordCount(text) > MAX_WORDS || !looksLikeCaption(text)) continue;
    const media = previousElement(block, root);
    if (!isBareMedia(media) || media.contains(block)) continue;
    const figure = doc.createElement('figure');
    const caption = doc.createElement('figcaption');
    media.replaceWith(figure);
    figure.append(media, caption);
    while (block.firstChild) caption.append(block.firstChild);
    block.remove();
    noteChange();
  }
}
