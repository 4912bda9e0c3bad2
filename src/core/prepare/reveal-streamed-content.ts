/**
 * Puts streamed content where it belongs. React's streaming server rendering (Next.js and
 * others) sends a placeholder (`<template id="B:0">` plus a loading skeleton) and, later in the
 * page, the real content in `<div hidden id="S:0">`; a small script swaps them. Where that
 * script has not run (a saved page, a page read before hydration) the article is hidden and
 * Readability finds only the skeleton. This does the swap the script would have done.
 * A boundary's content may itself arrive in pieces: a segment, `<div hidden id="S:1f">`, fills
 * `<template id="P:1f">` inside another piece, with no skeleton to remove.
 */
import { runStep, type PrepareStep } from './step.ts';

/** The siblings after `start` up to the comment closing its Suspense boundary (`<!--/$-->`). */
function fallbackNodes(start: Node): Node[] | null {
  const nodes: Node[] = [];
  let depth = 0;
  for (let node = start.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) return nodes;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') {
        depth++;
      }
    }
    nodes.push(node);
  }
  return null;
}

function reveal(doc: Document, hidden: Element): void {
  const key = hidden.id.slice(2);
  const boundary = doc.getElementById(`B:${key}`);
  const template = boundary ?? doc.getElementById(`P:${key}`);
  const parent = template?.parentNode;
  if (!template || template.localName !== 'template' || !parent) return;
  // Without the closing comment we cannot tell the skeleton's end: keep it, add the content.
  if (boundary) {
    for (const node of fallbackNodes(template) ?? []) node.parentNode?.removeChild(node);
  }
  while (hidden.firstChild) parent.insertBefore(hidden.firstChild, template);
  template.remove();
  hidden.remove();
}

export function streamedContentStep(doc: Document): PrepareStep {
  const found: Element[] = [];
  return {
    visit(el) {
      if (el.localName === 'div' && el.hasAttribute('hidden') && el.id.startsWith('S:')) {
        found.push(el);
      }
    },
    apply() {
      for (const hidden of found) reveal(doc, hidden);
    },
  };
}

export function revealStreamedContent(doc: Document): void {
  runStep(doc.documentElement, streamedContentStep(doc));
}
