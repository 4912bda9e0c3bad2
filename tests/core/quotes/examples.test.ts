import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Each quote of a text as "kind/speaker". */
const kinds = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('words offered, not reported, are terms (held-out batch 11)', () => {
  test.each([
    [
      'an instruction to the reader',
      'Not sure which is which? Say, “Give me something fruity and something earthy.” It helps.',
    ],
    [
      'an example introduced by e.g.',
      'Ask for a varietal, e.g., “Find me a Pinot Grigio for $15.”',
    ],
    [
      'the reader’s hypothetical description',
      'That is why you might describe a red wine as “firm” or just plain “bitter.”',
    ],
    [
      'a question introduced as a question',
      'It helps managers answer the question: “Where are we vs. where should we be?” Effective teams know.',
    ],
    [
      'a phrase introduced by a naming noun as subject',
      'A phrase that encapsulates product-market fit is: “is the product flying off the shelf”?',
    ],
    [
      'a question set against another (held-out batch 12, wcxb 4656)',
      'The question is not necessarily “will this work” as much as “what works best for me?”',
    ],
    [
      'examples of a naming noun (held-out batch 13, webmd-2; wcxb 0335)',
      'Instead, doctors often use phrases like "multidrug-resistant bacteria." Use phrases like, “Could I book a car with a GPS system?”',
    ],
    [
      'a passive "seen as" with no one seeing (held-out batch 13, medium-1)',
      'Journalism was seen as “a career with words.” The rest were designers.',
    ],
    ['something called', 'Boundaries prevent something called “scope creep,” where goals drift.'],
    [
      'a naming verb with its object',
      'The review terms this “the paradox of abundant knowledge” today.',
    ],
    [
      'a cited work followed by its proceedings',
      'Qiushi Cao and Irlan Grangel-González, “A Knowledge Graph-based Approach for the Quality Management of Bosch Products,” in Proceedings of the 2021 Conference.',
    ],
    [
      'a cited page followed by its address',
      'PKO GitHub repository, “Ontology purpose and scope,” https://github.com/example/pko.',
    ],
  ])('%s', (_name, text) => {
    expect(kinds(text).every((k) => k === 'term/-')).toBe(true);
    expect(kinds(text).length).toBeGreaterThan(0);
  });

  test.each([
    [
      'a speaker calling something a name',
      'Senator Jane Roe called the deal “a betrayal of workers.”',
    ],
    ['a quote followed by a place', '“We will appeal the ruling,” Jane Roe said in Washington.'],
    ['a speaker saying, then a question', 'Jane Roe asked: “Where is the money going?”'],
  ])('still speech: %s', (_name, text) => {
    expect(kinds(text)).toEqual(['speech/Jane Roe']);
  });

  test('a quote joined to a term by a bare "or" is another term', () => {
    expect(
      kinds('Say, “Give me something fruity.” Or, “Give me a bold red wine.” Then taste.'),
    ).toEqual(['term/-', 'term/-']);
    expect(
      kinds('Prioritize into “must haves,” “nice to haves,” and “not a priority.” Then plan.'),
    ).toEqual(['term/-', 'term/-', 'term/-']);
  });

  test('unless the quote has a speaker of its own', () => {
    expect(
      kinds(
        'Her work is “more gratifying,” and “rewarding” than her old jobs, Cristina Gil told me.',
      ),
    ).toEqual(['speech/Cristina Gil', 'speech/Cristina Gil']);
  });
});
