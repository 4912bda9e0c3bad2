/**
 * One preparation step in the shared walk: `visit` sees every element once, in document order,
 * and only collects (returning true skips the element's subtree); `apply` then changes the
 * document. Steps apply in the order they are listed, after the walk.
 */
export interface PrepareStep {
  visit(el: Element, depth: number): boolean | void;
  apply(): void;
}
