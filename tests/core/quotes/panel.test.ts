import { describe, expect, test } from 'vitest';
import { formatQuoteForCopy, groupBySpeaker } from '../../../src/core/quotes/index.ts';
import type { Quote } from '../../../src/core/types.ts';

const q = (
  id: number,
  kind: Quote['kind'],
  speaker: string | null,
  text = `text ${id}`,
): Quote => ({
  id: `dc-q-${id}`,
  text,
  kind,
  speaker,
  paragraph: id,
});

describe('groupBySpeaker', () => {
  test('groups speech and blockquotes by speaker in order of appearance, unattributed last, terms out', () => {
    const groups = groupBySpeaker([
      q(1, 'speech', 'Ann'),
      q(2, 'term', null),
      q(3, 'speech', null),
      q(4, 'block', 'Bob'),
      q(5, 'speech', 'Ann'),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual([
      ['Ann', ['dc-q-1', 'dc-q-5']],
      ['Bob', ['dc-q-4']],
      [null, ['dc-q-3']],
    ]);
  });

  test('lists a headline quote the body repeats once, at the body’s quote', () => {
    const title = { ...q(0, 'speech', 'Donald Trump', '‘betrayal’'), paragraph: -1 };
    const body = q(3, 'speech', 'Donald Trump', '“Betrayal,”');
    const groups = groupBySpeaker([title, q(1, 'speech', 'Mick Mulvaney'), body]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual([
      ['Mick Mulvaney', ['dc-q-1']],
      ['Donald Trump', ['dc-q-3']],
    ]);
  });

  test('keeps a headline quote the body does not hold, holds from someone else or as a term', () => {
    const title = { ...q(0, 'speech', 'Jo Park', 'Not now'), paragraph: -1 };
    const other = { ...q(9, 'speech', 'Ann', 'Yes'), paragraph: -1 };
    const unnamed = { ...q(8, 'speech', null, 'sea change'), paragraph: -1 };
    const groups = groupBySpeaker([
      title,
      other,
      unnamed,
      q(1, 'speech', 'Bob', 'Yes'),
      q(2, 'term', null, 'sea change'),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual([
      ['Jo Park', ['dc-q-0']],
      ['Ann', ['dc-q-9']],
      ['Bob', ['dc-q-1']],
      [null, ['dc-q-8']],
    ]);
  });

  test('lists a pull quote that repeats the text once, at its first place', () => {
    const said = 'We will not back down.';
    const groups = groupBySpeaker([
      q(1, 'speech', 'Ann', said),
      q(2, 'speech', 'Ann', 'Another thing.'),
      q(3, 'block', 'Ann', said),
      q(4, 'speech', null, said),
    ]);
    expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.id)])).toEqual([
      ['Ann', ['dc-q-1', 'dc-q-2']],
      [null, ['dc-q-4']],
    ]);
  });

  test('no quotes, no groups', () => {
    expect(groupBySpeaker([])).toEqual([]);
  });
});

describe('formatQuoteForCopy', () => {
  const source = {
    title: 'Trump calls UK Huawei decision a betrayal',
    url: 'https://example.com/a',
  };
  test.each([
    [
      q(1, 'speech', 'Mick Mulvaney', 'Period, end of story.'),
      '“Period, end of story.” — Mick Mulvaney, in Trump calls UK Huawei decision a betrayal <https://example.com/a>',
    ],
    [
      q(2, 'speech', null, 'No one said it.'),
      '“No one said it.” — in Trump calls UK Huawei decision a betrayal <https://example.com/a>',
    ],
    [
      q(3, 'block', 'Jane Roe', '“Already quoted.”'),
      '“Already quoted.” — Jane Roe, in Trump calls UK Huawei decision a betrayal <https://example.com/a>',
    ],
  ])('%#', (quote, expected) => {
    expect(formatQuoteForCopy(quote, source)).toBe(expected);
  });

  test('works without a title or url', () => {
    expect(formatQuoteForCopy(q(1, 'speech', 'Ann', 'Hi.'), { title: '', url: '' })).toBe(
      '“Hi.” — Ann',
    );
  });
});
