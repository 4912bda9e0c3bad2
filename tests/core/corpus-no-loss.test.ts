/**
 * A cleaner must never remove a sentence of real article text. On every corpus page present,
 * the ground-truth sentences that plain Readability kept must survive our whole pipeline.
 *
 * Tolerance, measured and documented: across a corpus at most 0.6% of those sentences may be
 * lost, and no page may lose more than 5. The losses this allows are the cleaners' judgement
 * calls on text the human truth kept (a video's caption whose video is gone, a site's
 * copyright line, a "subscribe to this newsletter" aside); a broken cleaner loses far more.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../scripts/lib/corpus.ts';
import { loadQualityPages, measurePage, type CorpusName } from '../../scripts/lib/quality.ts';
import { sentenceLoss } from '../../scripts/lib/sentence-loss.ts';

const MAX_SHARE = 0.006;
const MAX_PER_PAGE = 5;

// The corpora live in ../shared beside the checkout; a user's clone does not have them.
describe.skipIf(!corpusAvailable())(
  'whole pipeline on every corpus page (needs ../shared/corpus; skipped without it)',
  () => {
    it.each(['aeb', 'wcxb', 'readability'] as CorpusName[])(
      '%s: no ground-truth sentence that plain Readability kept is lost beyond tolerance',
      async (corpus) => {
        let kept = 0;
        const lost: string[] = [];
        for (const page of loadQualityPages(corpus)) {
          const result = measurePage(page);
          const loss = sentenceLoss(page.truth, result.plain.text, result.ours.text);
          kept += loss.kept;
          lost.push(...loss.lost.map((s) => `${page.id}: ${s.slice(0, 100)}`));
          expect(
            loss.lost.length,
            `${corpus}/${page.id} lost real text; if it is chrome, say so in a cleaner test, otherwise fix the cleaner:\n${loss.lost.join('\n')}`,
          ).toBeLessThanOrEqual(MAX_PER_PAGE);
          await new Promise(setImmediate);
        }
        expect(kept).toBeGreaterThan(0);
        expect(lost.length / kept, lost.join('\n')).toBeLessThanOrEqual(MAX_SHARE);
      },
      600_000,
    );
  },
);
