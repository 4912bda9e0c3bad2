import { beforeAll, describe, expect, test } from 'vitest';
import { corpusAvailable, evaluate } from '../../../scripts/quotes-eval.ts';
import { summarize, type PageResult } from '../../quotes-gold/score.ts';

// The labelled pages live in ../shared/corpus, beside the checkout; a user's clone has no corpus,
// so the whole block is skipped there (npm run quotes:eval says the same).
describe.skipIf(!corpusAvailable())(
  'hand-labelled quotes set (tests/quotes-gold), real pipeline',
  () => {
    let results: PageResult[] = [];
    beforeAll(async () => {
      results = await evaluate();
    }, 180_000);

    test('scores every page without a crash', () => {
      expect(results.length).toBeGreaterThanOrEqual(15);
      expect(new Set(results.map((r) => r.lang)).size).toBeGreaterThanOrEqual(4);
      expect(results.filter((r) => r.crashed)).toEqual([]);
    });

    // Batches labelled after the last change and never tuned on: the honest estimate for unseen
    // pages, kept out of the targets and guarded against regressions at their first-pass level.
    // Batches 5, 6, 7 and 9 were tuned on after their first pass (BENCHMARKS-quotes.md keeps it;
    // batch 9 joined the targets once the title's quotes were marked, which lifted wcxb/0385 from
    // 0.800); batch 8 was labelled after the batch-7 changes, batch 10 during the batch-9 ones,
    // batch 11 (how-to and blog pages) after the title quotes, batch 12 (reviews, guides and two
    // double-encoded pages) after the batch-11 rules, batch 13 (Readability's magazine and blog
    // pages) after the batch-12 ones. Batch 14 (a survey write-up of 47 credited answers, a forum
    // feature, an essay on a treatise, tweets quoted in an essay) was tuned on after its first
    // pass (BENCHMARKS-quotes.md keeps it) and is held to the targets with the rest.
    const UNTOUCHED: Record<number, { finding: number; attributed: number }> = {
      8: { finding: 1, attributed: 0.91 },
      10: { finding: 0.984, attributed: 0.7 },
      11: { finding: 1, attributed: 0.629 },
      12: { finding: 0.883, attributed: 0.32 },
      13: { finding: 0.985, attributed: 0.743 },
    };
    const tuned = () => results.filter((r) => !(r.heldOut && UNTOUCHED[r.batch ?? 1]));

    /** The targets: finding, attribution, speakers, every hard case, no weak page. */
    const expectTargets = (pages: PageResult[]): void => {
      const s = summarize(pages);
      expect(s.finding.f1).toBeGreaterThanOrEqual(0.98);
      expect(s.attributed.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
      expect(s.blocks.found).toBe(s.blocks.total);
      expect(s.multiParagraph.right).toBe(s.multiParagraph.total);
      expect(s.nested.right).toBe(s.nested.total);
      const low = pages.filter((r) => r.f1 < 0.9).map((r) => `${r.page} ${r.f1.toFixed(3)}`);
      expect(low).toEqual([]);
    };

    test('meets the issue’s targets on the pages the rules were tuned on', () => {
      expectTargets(tuned());
    });

    test('meets the targets on the whole set, fresh batches included', () => {
      expectTargets(results);
    });

    test('untouched held-out batches do not fall below their first pass', () => {
      for (const [batch, floor] of Object.entries(UNTOUCHED)) {
        const s = summarize(results.filter((r) => r.heldOut && r.batch === Number(batch)));
        expect(s.finding.f1, `batch ${batch} finding`).toBeGreaterThanOrEqual(floor.finding - 1e-9);
        expect(s.attributed.f1, `batch ${batch} attributed`).toBeGreaterThanOrEqual(
          floor.attributed,
        );
      }
    });
  },
);
