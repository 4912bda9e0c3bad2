// Types for Readability's standalone readerable module. We import it on its own (not the package
// index, which also pulls in the 2,800-line Readability.js) so the content-script bundle stays small.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Element) => boolean;
    },
  ): boolean;
}
