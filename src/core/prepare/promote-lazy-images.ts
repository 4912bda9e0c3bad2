/**
 * Puts the real image in place before Readability looks at the page. Lazy loaders keep the URL
 * in `data-src` / `data-srcset` / `data-original` / `data-lazy-src` and a placeholder in `src`,
 * or hide the real `<img>` in a `<noscript>`; Readability would keep the placeholder or nothing.
 */

import { runStep, type PrepareStep } from './step.ts';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];

/** A `src` that is not the picture: empty, an inline data URI, or a named placeholder. */
export function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  // A placeholder word as a whole part of the file name: "lazy-placeholder.png", not "blanket.jpg".
  return /^data:|(?:^|\/)(?:[\w-]*[_-])?(?:blank|spacer|placeholder|lazy|loading|transparent|pixel|grey|gray)(?:[_-][\w-]*)?\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i.test(
    src.trim(),
  );
}

const firstAttr = (el: Element, names: string[]): string | null => {
  for (const name of names) {
    const value = el.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
};

function promoteAttributes(img: Element): void {
  const src = firstAttr(img, SRC_ATTRS);
  if (src && isPlaceholder(img.getAttribute('src')) && !/^data:/.test(src)) {
    img.setAttribute('src', src);
  }
  const srcset = firstAttr(img, SRCSET_ATTRS);
  if (srcset && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
}

/** The images inside a `<noscript>`: parsed elements (no scripting) or its raw text (browsers). */
function noscriptImages(noscript: Element): Element[] {
  let found = [...noscript.querySelectorAll('img, picture')];
  if (!found.length && /<img\b/i.test(noscript.textContent ?? '')) {
    // A template parses inertly: nothing in it loads or runs.
    const template = noscript.ownerDocument.createElement('template');
    template.innerHTML = noscript.textContent ?? '';
    found = [...template.content.querySelectorAll('img, picture')];
  }
  return found.filter((el) => el.parentElement?.localName !== 'picture');
}

/** The `<noscript>` twin of a lazy image becomes the image itself. */
function promoteNoscript(doc: Document, noscript: Element): void {
  const images = noscriptImages(noscript);
  if (images.length !== 1) return;
  const real = images[0]!;
  const prev = noscript.previousElementSibling;
  // The lazy twin right before the <noscript> goes; the real image takes its place.
  if (prev && /^(?:img|picture)$/.test(prev.localName)) {
    const prevImg = prev.localName === 'img' ? prev : prev.querySelector('img');
    if (
      !prevImg ||
      isPlaceholder(prevImg.getAttribute('src')) ||
      prevImg.hasAttribute('data-src')
    ) {
      prev.remove();
    } else {
      return;
    }
  }
  noscript.replaceWith(doc.importNode(real, true));
}

export function lazyImagesStep(doc: Document): PrepareStep {
  const noscripts: Element[] = [];
  return {
    visit(el) {
      const tag = el.localName;
      // Attributes only: the tree stays as the walk found it.
      if (tag === 'img' || tag === 'source') promoteAttributes(el);
      else if (tag === 'noscript') {
        noscripts.push(el);
      }
      return false;
    },
    apply() {
      for (const noscript of noscripts) promoteNoscript(doc, noscript);
    },
  };
}

export function promoteLazyImages(root: Document | Element): void {
  const top = 'documentElement' in root ? root.documentElement : root;
  if (top) runStep(top, lazyImagesStep(top.ownerDocument));
}
