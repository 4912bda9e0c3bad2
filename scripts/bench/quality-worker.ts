/**
 * One quality worker: measures every n-th page of a corpus (ours and plain Readability on the same
 * jsdom document) and prints one PageRecord per line. Usage:
 * quality-worker.ts <aeb|wcxb|readability|fixtures> <shard> <shards> <quick|full>
 */
import { measurePages } from '../lib/quality.ts';
import { qualityPages, recordPage, snippetsOf, type QualityCorpus } from './quality.ts';

const [corpus, shard, shards, mode] = process.argv.slice(2) as [
  QualityCorpus,
  string,
  string,
  string,
];
const pages = qualityPages(corpus, mode === 'quick', (i) => i % Number(shards) === Number(shard));
const snippets = snippetsOf(corpus);
// measurePages lets the event loop turn between pages so jsdom frees each closed window.
await measurePages(pages, (result) => {
  process.stdout.write(`${JSON.stringify(recordPage(result, snippets?.get(result.page.id)))}\n`);
});
