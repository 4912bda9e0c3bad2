/**
 * A synthetic long article: `paragraphs` paragraphs of varied prose inside ordinary page chrome,
 * for memory and scaling measurements. Deterministic, so runs compare.
 */
const WORDS =
  'the council said on tuesday that its plan for the new line would cost more than expected and that the work could take until next spring while residents asked for clearer answers about noise traffic and the timetable of each stage'.split(
    ' ',
  );

export interface GeneratedOptions {
  /** 6–9 words a paragraph instead of 25–54, so 30,000 paragraphs stay under 1.5 M characters. */
  short?: boolean;
}

export function generatedPage(
  paragraphs: number,
  { short = false }: GeneratedOptions = {},
): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title>',
    '<meta property="og:type" content="article"></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>',
    '<main><article><h1>A very long report</h1><p class="byline">By A. Writer</p>',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < paragraphs; i++) {
    const n = short ? 6 + (next() % 4) : 25 + (next() % 30);
    const words: string[] = [];
    for (let w = 0; w < n; w++) words.push(WORDS[next() % WORDS.length]!);
    const first = words[0]!;
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    if (i % 7 === 3 && !short)
      words.splice(6, 0, '“we', 'will', 'get', 'it', 'done,”', 'she', 'said,');
    parts.push(`<p>${words.join(' ')}.</p>`);
    if (i % 500 === 499) parts.push(`<h2>Part ${(i + 1) / 500}</h2>`);
  }
  parts.push(
    '</article></main><footer><p>© Example News</p><a href="/privacy">Privacy</a></footer></body></html>',
  );
  return parts.join('\n');
}
