/**
 * Hostile fixture pages (tests/fixtures/hostile) and the extreme pages generated at test time, so
 * a 3 MB page never sits in the repository. Shared by the unit tests, the e2e test and
 * scripts/budget-check.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const HOSTILE_DIR = resolve('tests/fixtures/hostile');

/** Stands for the "attacker" origin in the fixtures; the e2e server puts its real port there. */
export const ATTACKER_PLACEHOLDER = '{{ATTACKER}}';

const SENTENCES = [
  'The harbour authority confirmed that the northern breakwater will be rebuilt over three winters.',
  'Engineers said the original stone blocks had shifted by as much as two metres in places.',
  'Fishermen warned that the works must not close the harbour mouth during the herring season.',
  'The council has set aside money for temporary moorings further up the estuary this year.',
];

function sentence(i: number): string {
  return `${SENTENCES[i % SENTENCES.length]} (${i + 1})`;
}

function shell(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body>
${body}
${script}
  </body>
</html>
`;
}

/** One article of `count` paragraphs: far more text than any real story. */
export function paragraphsPage(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`<p>${sentence(i)} ${sentence(i + 1)}</p>`);
  return shell(
    `${count} paragraphs`,
    `<main><article><h1>A story of ${count} paragraphs</h1>\n${parts.join('\n')}\n</article></main>`,
  );
}

/**
 * One paragraph of `count` quotations, unframed but for a pronoun: a transcript pasted without
 * paragraph markup, where every rule that reads a quote's paragraph meets all of it.
 */
export function quotesParagraph(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`It rained. “We stayed ${i},” it went on.`);
  return parts.join(' ');
}

/** An article that is one paragraph of `count` quotations (see quotesParagraph). */
export function quotesParagraphPage(count: number): string {
  return shell(
    `${count} quotes in one paragraph`,
    `<main><article><h1>A transcript of ${count} quotes</h1>\n<p>${quotesParagraph(count)}</p>\n</article></main>`,
  );
}

/**
 * An article whose text sits `depth` elements deep, written as markup. Browsers' HTML parsers cap
 * nesting (Blink at 512), so the live page may be flatter than the markup; jsdom keeps it all.
 */
export function nestedPage(depth: number): string {
  const open = '<div>'.repeat(depth);
  const close = '</div>'.repeat(depth);
  const story = [0, 1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)} ${sentence(i + 1)}</p>`).join('');
  return shell(
    `${depth}-deep page`,
    `<main><article><h1>A story ${depth} elements deep</h1>${open}${story}${close}</article></main>`,
  );
}

/** The same depth built by the page's own script, which no parser limit flattens. */
export function nestedByScriptPage(depth: number): string {
  const story = [0, 1, 2, 3, 4, 5].map((i) => `${sentence(i)} ${sentence(i + 1)}`);
  const script = `<script>
  // Builds the nesting with DOM calls: the parser's depth cap does not apply to them.
  let node = document.getElementById('deep');
  for (let i = 0; i < ${depth}; i++) node = node.appendChild(document.createElement('div'));
  for (const text of ${JSON.stringify(story)}) node.appendChild(document.createElement('p')).textContent = text;
  document.documentElement.dataset.built = '1';
</script>`;
  return shell(
    `${depth}-deep page (script)`,
    `<main><article><h1>A story ${depth} elements deep</h1><div id="deep"></div></article></main>`,
    script,
  );
}

/** The generated pages by the path the e2e server serves them under. */
export const GENERATED: Record<string, () => string> = {
  'paragraphs-30000.html': () => paragraphsPage(30_000),
  'nested-5000.html': () => nestedPage(5_000),
  'nested-5000-script.html': () => nestedByScriptPage(5_000),
};

/** A hostile fixture as text, with the attacker origin filled in. */
export function hostileFixture(name: string, attacker = 'http://attacker.test'): string {
  return readFileSync(resolve(HOSTILE_DIR, name), 'utf8').replaceAll(
    ATTACKER_PLACEHOLDER,
    attacker,
  );
}
