import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Credit lines and titles inside a frame: rules from the held-out batch-12 errors. */

const said = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a dash credit names the source of a quote that is its whole paragraph', () => {
  test.each([
    // wcxb 2269: epigraphs under a guide's headings, credited on the same line.
    [
      'What Is Web Design?\n“There are three responses to a piece of design – yes, no, and WOW! Wow is the one to aim for.” – Milton Glaser\nWeb design is the process of creating websites.',
      ['speech/Milton Glaser'],
    ],
    [
      'Web Typography\n“95% of web design is typography.” — Oliver Reichenstein at AI.net.',
      ['speech/Oliver Reichenstein'],
    ],
    // wcxb 0054: testimonials, credited on the line below with a role after a comma.
    [
      'The only downside is its limited reviews.\n"Allied said it would take over a week to deliver my belongings, but the driver made the trip in two days."\n—Wilder, Move.org Moving Grant recipient\nReal customer experience',
      ['speech/Wilder'],
    ],
    ['“Hi there, neighbours.” -- Jane Doe of Acme Corp', ['speech/Jane Doe']],
  ])('%s', (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  test('not a dash clause, a lower-case phrase, a list item or a quote inside a sentence', () => {
    expect(said('“We will win this,” – and nobody believed it.')).toEqual(['speech/-']);
    expect(said('“Ready, set, go.” – rules of the race')).toEqual(['speech/-']);
    expect(said('“We won the whole thing.”\n- Bullet point item')).toEqual(['speech/-']);
    expect(said('He wrote “We won the whole thing.” – Milton Glaser')).not.toContain(
      'speech/Milton Glaser',
    );
  });
});

describe('a title inside a frame does not cut it off', () => {
  test('"Valve called ‘Half Life: Alyx’ “…”": the verb before the title frames the next quote', () => {
    expect(said('Developer Valve called \'Half Life: Alyx\' "a flagship VR game."')).toEqual([
      'term/-',
      'speech/Valve',
    ]);
  });

  test('a lower-case term keeps its verb: “lean startup” works better than “agile startup”', () => {
    expect(
      said(
        'I owe a debt to Kent Beck. (So far, I have found "lean startup" works better than "agile startup" or even "extreme startup.")',
      ),
    ).toEqual(['term/-', 'term/-', 'term/-']);
  });
});
