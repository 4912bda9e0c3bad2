/**
 * One line per corpus page (aeb, wcxb, readability): a short hash of everything extractArticle
 * gives the reader there, the body html, the quotes and the title's html, or the failure reason.
 * A change meant to leave behaviour alone (a speed-up, a refactor) must leave every line as it
 * was: save the output before and after, then `diff` them.
 * Usage: npx tsx scripts/extraction-hashes.ts > before.txt
 */
import { createHash } from 'node:crypto';
import { extractArticle } from '../src/core/extract-article.ts';
import { corpusAvailable, readPage } from './lib/corpus.ts';
import { loadQualityPages, parsePage } from './lib/quality.ts';

if (!corpusAvailable()) {
  console.log('extraction-hashes needs ../shared/corpus beside the checkout; it is not there.');
  process.exit(0);
}

for (const corpus of ['aeb', 'wcxb', 'readability'] as const)
  for (const page of loadQualityPages(corpus)) {
    const { window } = parsePage(readPage(page.file), page.url);
    const result = extractArticle(window.document, { url: page.url });
    window.close();
    const shown = result.ok
      ? JSON.stringify([result.article.html, result.article.quotes, result.article.titleHtml])
      : result.reason;
    const hash = createHash('sha1').update(shown).digest('hex').slice(0, 12);
    console.log(`${corpus}/${page.id} ${hash}`);
    // Let jsdom release the page before the next (a synchronous loop runs out of memory).
    await new Promise(setImmediate);
  }
