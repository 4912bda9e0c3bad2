const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

const INVISIBLE_ONLY = /^[\u200b-\u200d\u2060\ufeff]*$/;

/**
 * Plain text of a subtree with one block per line. `textContent` glues adjacent blocks
 * ("Step 1Measure"), which costs extraction quality and reads badly. Elements named in
 * `exclude` are left out with their content (the article text leaves figure captions to the
 * figures in the HTML).
 */
export function blockText(root: Node, exclude?: ReadonlySet<string>): string {
  const out: string[] = [];
  const walk = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Line breaks in source text are only whitespace, except inside <pre>.
      if (child.nodeType === 3)
        out.push(pre ? (child.nodeValue ?? '') : (child.nodeValue ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (exclude?.has(name)) continue;
        const block = BLOCK.has(name);
        if (block) out.push('\n');
        walk(child, pre || name === 'pre');
        if (block) out.push('\n');
      }
    }
  };
  walk(root, false);
  return (
    out
      .join('')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      // A line of zero-width characters only (a joiner left as a spacer) shows nothing.
      .filter((line) => INVISIBLE_ONLY.test(line) === false)
      .join('\n')
  );
}
