import { walkElements } from '../dom/walk-elements.ts';

/**
 * One preparation step in the shared walk: `visit` sees every element once, in document order,
 * and only collects (returning true skips the element's subtree); `apply` then changes the
 * document. Steps apply in the order they are listed, after the walk.
 */
export interface PrepareStep {
  visit(el: Element, depth: number): boolean | void;
  apply(): void;
}

/** Runs one step on its own over `root`'s elements (a step's standalone form, as tests use it). */
export function runStep(root: Element | null, step: PrepareStep): void {
  if (!root) return;
  walkElements(root, step.visit);
  step.apply();
}
