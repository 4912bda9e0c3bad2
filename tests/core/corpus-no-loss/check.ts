/**
 * A cleaner must never remove a sentence of real article text. On every corpus page present,
 * the ground-truth sentences that plain Readability kept must survive our whole pipeline.
 *
 * aeb and wcxb have human-written truth: across a share of a corpus at most MAX_SHARE of the
 * sentences plain Readability kept may be gone from what the reader sees (our text and, for
 * captions moved into figures, our HTML), and no page may lose more than MAX_PER_PAGE. What this
 * tolerates are judgement calls on text the human truth kept (a video's caption whose video is
 * gone, a site's copyright line, a "subscribe to this newsletter" aside, links listed after the
 * text); a broken cleaner loses far more.
 *
 * The readability corpus's reference is Readability's own output, chrome included, so there
 * the cleaners remove text on purpose; what must not happen is text vanishing silently. A
 * sentence missing from our text must be in our HTML (figure captions are) or in the record
 * of removed blocks, bar MAX_SHARE of them.
 *
 * Each corpus (wcxb in three shares, every third page) is its own test file, so that vitest's
 * workers share the pages: run as one file, this check alone set the length of the unit tests.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable } from '../../../scripts/lib/corpus.ts';
import { loadQualityPages, measurePage, type CorpusName } from '../../../scripts/lib/quality.ts';
import { sentenceLoss } from '../../../scripts/lib/sentence-loss.ts';

const MAX_SHARE = 0.006;
const MAX_PER_PAGE = 8;

/** Registers the check over the pages of `corpus` whose index is `share` modulo `shares`. */
export function checkNoLoss(corpus: CorpusName, share = 0, shares = 1): void {
  const part = shares > 1 ? ` (pages ${share + 1} mod ${shares})` : '';
  // The corpora live in ../shared beside the checkout; a user's clone does not have them.
  describe.skipIf(!corpusAvailable())(
    'whole pipeline on every corpus page (needs ../shared/corpus; skipped without it)',
    () => {
      it(`${corpus}${part}: no ground-truth sentence that plain Readability kept is lost beyond tolerance`, async () => {
        let kept = 0;
        const lost: string[] = [];
        const pages = loadQualityPages(corpus).filter((_, i) => i % shares === share);
        for (const page of pages) {
          const result = measurePage(page);
          const loss = sentenceLoss(
            page.truth,
            result.plain.text,
            result.ours.text,
            result.ours.html,
            result.ours.removed.map((r) => r.text),
          );
          const missing = corpus === 'readability' ? loss.unaccounted : loss.hidden;
          kept += loss.kept;
          lost.push(...missing.map((s) => `${page.id}: ${s.slice(0, 100)}`));
          expect(
            missing.length,
            `${corpus}/${page.id} lost real text; if it is chrome, say so in a cleaner test, otherwise fix the cleaner:\n${missing.join('\n')}`,
          ).toBeLessThanOrEqual(MAX_PER_PAGE);
          await new Promise(setImmediate);
        }
        console.log(
          `${corpus}${part}: ${pages.length} pages, ${lost.length} of ${kept} kept sentences lost`,
        );
        expect(pages.length).toBeGreaterThan(30);
        expect(kept).toBeGreaterThan(0);
        expect(lost.length / kept, lost.join('\n')).toBeLessThanOrEqual(MAX_SHARE);
      }, 600_000);
    },
  );
}
