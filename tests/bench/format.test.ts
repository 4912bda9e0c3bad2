import { describe, expect, it } from 'vitest';
import {
  delta,
  kb,
  markdownTable,
  mb,
  ms,
  percent,
  ratio,
  score,
  shortId,
  textBar,
} from '../../scripts/bench/format.ts';

describe('markdownTable', () => {
  it('pads columns, right-aligns numbers and marks the alignment in the rule', () => {
    const table = markdownTable({
      headers: ['extractor', 'F1'],
      rows: [
        ['Readability', '0.951'],
        ['Declutter', '0.97'],
      ],
    });
    expect(table.split('\n')).toEqual([
      '| extractor   |    F1 |',
      '|:------------|------:|',
      '| Readability | 0.951 |',
      '| Declutter   |  0.97 |',
    ]);
  });

  it('escapes pipes inside cells and fills missing cells', () => {
    const table = markdownTable({ headers: ['a', 'b'], rows: [['x|y']] });
    expect(table.split('\n')[2]).toBe('| x\\|y |     |');
  });

  it('counts characters, not UTF-16 units, when padding', () => {
    const table = markdownTable({ headers: ['bar'], rows: [['█▌'], ['≥ 10']], align: ['left'] });
    const lengths = table.split('\n').map((l) => [...l].length);
    expect(new Set(lengths).size).toBe(1);
    expect(table).toContain('| ≥ 10 |');
  });
});

describe('number formats', () => {
  it('writes scores, shares, times, ratios and sizes the way the report reads', () => {
    expect(score(0.95149)).toBe('0.951');
    expect(score(null)).toBe('–');
    expect(percent(0.482)).toBe('48%');
    expect(percent(0.043)).toBe('4.3%');
    expect(percent(0)).toBe('0%');
    expect(ms(2.345)).toBe('2.35 ms');
    expect(ms(70.44)).toBe('70.4 ms');
    expect(ms(312.6)).toBe('313 ms');
    expect(ratio(1.234)).toBe('1.23×');
    expect(ratio(Infinity)).toBe('–');
    expect(kb(999)).toBe('999 B');
    expect(kb(15_000)).toBe('15.0 kB');
    expect(mb(12_345_678)).toBe('12.3 MB');
  });

  it('signs differences of scores', () => {
    expect(delta(0.021)).toBe('+0.021');
    expect(delta(-0.004)).toBe('−0.004');
    expect(delta(0.0001)).toBe('±0.000');
  });

  it('draws text bars in eighths of a cell', () => {
    expect(textBar(10, 10, 4)).toBe('████');
    expect(textBar(5, 10, 4)).toBe('██');
    expect(textBar(1, 2, 2)).toBe('█');
    expect(textBar(1, 16, 2)).toBe('▏');
    expect(textBar(1, 8, 2)).toBe('▎');
    expect(textBar(0, 10)).toBe('');
    expect(textBar(20, 10, 3)).toBe('███');
  });

  it('shortens long ids', () => {
    expect(shortId('abc', 5)).toBe('abc');
    expect(shortId('abcdefgh', 5)).toBe('abcd…');
  });
});
