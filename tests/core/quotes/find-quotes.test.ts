import { describe, expect, test } from 'vitest';
import { findQuotes, spanText } from '../../../src/core/quotes/index.ts';

/** The words of the outermost quotes found in a text. */
const outer = (text: string): string[] =>
  findQuotes(text)
    .filter((s) => s.depth === 0)
    .map((s) => spanText(text, s));

describe('findQuotes: every quote style', () => {
  test.each([
    ['English curly', 'He said “we are ready” today.', ['we are ready']],
    ['English single curly', 'He said ‘we are ready’ today.', ['we are ready']],
    ['straight double', 'He said "we are ready" today.', ['we are ready']],
    ['straight single', "He said 'we are ready' today.", ['we are ready']],
    [
      'French with NBSP',
      'Il a dit\u00a0: «\u00a0nous sommes prêts\u00a0» hier.',
      ['nous sommes prêts'],
    ],
    [
      'French with NNBSP',
      'Il a dit : «\u202fnous sommes prêts\u202f» hier.',
      ['nous sommes prêts'],
    ],
    ['French with plain spaces', 'Il a dit : « nous sommes prêts » hier.', ['nous sommes prêts']],
    ['guillemets without spaces', 'un système de «punition» pour', ['punition']],
    ['single guillemets', 'il dit ‹ oui › enfin', ['oui']],
    ['German low-high', 'Er sagte „wir sind bereit“ gestern.', ['wir sind bereit']],
    ['German single low-high', 'Er sagte ‚wir sind bereit‘ gestern.', ['wir sind bereit']],
    ['Polish low with right double', 'Powiedział „jesteśmy gotowi” wczoraj.', ['jesteśmy gotowi']],
    ['Danish reversed', 'Han sagde »vi er klar« i går.', ['vi er klar']],
    ['Swedish same-direction', 'Han sa »vi är redo» i går.', ['vi är redo']],
    ['Swedish right double twice', 'Han sa ”vi är redo” i går.', ['vi är redo']],
    ['CJK corner brackets', '他说「我们准备好了」。', ['我们准备好了']],
    ['CJK white corner brackets', '書名は『吾輩は猫である』です。', ['吾輩は猫である']],
    ['full-width straight', '他说＂准备好了＂。', ['准备好了']],
    ['Chinese curly after colon', '王毅表示：“中方愿意合作。”', ['中方愿意合作。']],
    ['straight quotes in CJK text', '來到"玉峰國小"美如其名', ['玉峰國小']],
    [
      'Italian typo closer',
      'la serie “I Cavalieri dello Zodiaco“, prodotta',
      ['I Cavalieri dello Zodiaco'],
    ],
    ['AP doubled single closer', '“It was an attempt,’’ Will Moy said.', ['It was an attempt,']],
    [
      'curly opened, straight closed',
      'he said, “somebody ought to go," the office said.',
      ['somebody ought to go,'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(outer(text)).toEqual(expected);
  });
});

describe('findQuotes: nesting', () => {
  test.each([
    [
      'single in double',
      '“He told me ‘go home’ and left,” she said.',
      'He told me ‘go home’ and left,',
      'go home',
    ],
    [
      'straight single in straight double',
      `"He told me 'go home' and left," she said.`,
      "He told me 'go home' and left,",
      'go home',
    ],
    [
      'single in double with an apostrophe',
      '“He said ‘it’s over’ twice,” she said.',
      'He said ‘it’s over’ twice,',
      'it’s over',
    ],
    [
      'German single in double',
      'Er sagte: „Sie rief ‚Hilfe‘ und lief.“',
      'Sie rief ‚Hilfe‘ und lief.',
      'Hilfe',
    ],
    ['CJK white brackets in corner brackets', '他说「這是『測試』」。', '這是『測試』', '測試'],
    [
      'French inner curly',
      'Il a dit : « le mot “liberté” compte » hier.',
      'le mot “liberté” compte',
      'liberté',
    ],
  ])('%s', (_name, text, outerText, innerText) => {
    const spans = findQuotes(text);
    expect(spans.filter((s) => s.depth === 0).map((s) => spanText(text, s))).toEqual([outerText]);
    expect(spans.filter((s) => s.depth === 1).map((s) => spanText(text, s))).toEqual([innerText]);
  });
});

describe('findQuotes: apostrophes are never quote marks', () => {
  test.each([
    ['it’s', 'It’s a fact and that’s that.'],
    ['plural possessive', 'The drivers’ union met the teachers’ union.'],
    ['decade', 'Back in ’91 and the ’80s it was different.'],
    ['rock ’n’ roll', 'He loved rock ’n’ roll all his life.'],
    ['straight rock n roll', "He loved rock 'n' roll all his life."],
    ['elisions', 'Give ’em hell, we’ll stay ’til dawn.'],
    ['straight possessives', "The dogs' toys and James' car."],
    ['inches and feet', 'A 5\'10" man with a 13" laptop.'],
  ])('%s', (_name, text) => {
    expect(findQuotes(text)).toEqual([]);
  });

  test('an apostrophe inside a single-quoted quote does not close it', () => {
    expect(outer('She said ‘it’s the drivers’ fault’ again.')).toEqual(['it’s the drivers’ fault']);
  });
});

describe('findQuotes: unbalanced marks stay in their paragraph', () => {
  test.each([
    [
      'stray opener mid-paragraph',
      'A stray “ mark here.\nThen “a real quote” later.',
      ['a real quote'],
    ],
    ['stray closer', 'A stray ” mark here and “a quote” later.', ['a quote']],
    ['opener never closed', 'He said “this never ends\nNext paragraph without marks.', []],
    [
      'framed quote left open runs to the paragraph end',
      'He said: “This never closes.\nNext paragraph.',
      ['This never closes.'],
    ],
    [
      'quote opening a paragraph, never closed',
      '“Whole paragraph quoted.\nNext paragraph.',
      ['Whole paragraph quoted.'],
    ],
    ['lone straight mark', 'A 12" pizza and "a quote" here.', ['a quote']],
    [
      'quotes after a stray opener are not nested in it',
      'A song called “Glasgow (“No Place Like Home”). “It grabbed me,” he said. “It connected.”',
      ['No Place Like Home', 'It grabbed me,', 'It connected.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(outer(text)).toEqual(expected);
  });

  test('never throws and never crosses more than the reopened paragraphs', () => {
    const marks = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '「', '」', '\n', ' ', 'a', 'b'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const text = Array.from(
        { length: 60 },
        () => marks[Math.floor(random() * marks.length)],
      ).join('');
      const spans = findQuotes(text);
      for (const s of spans) {
        expect(s.end).toBeGreaterThan(s.start);
        const newlines = text.slice(s.start, s.end).split('\n').length - 1;
        expect(newlines).toBeLessThanOrEqual(s.reopens.length);
      }
    }
  });
});

describe('findQuotes: multi-paragraph quotes', () => {
  test('a paragraph ending without a closer continues when the next reopens', () => {
    const text = '“First part of it.\n“Second part.\n“Last part.” He said.\nAfter.';
    expect(outer(text)).toEqual(['First part of it. Second part. Last part.']);
    expect(findQuotes(text)[0]!.reopens).toHaveLength(2);
  });

  test('a multi-paragraph quote may start mid-paragraph', () => {
    const text = 'He said: “We tried hard.\n“And we won.”';
    expect(outer(text)).toEqual(['We tried hard. And we won.']);
  });

  test('guillemets continue the same way', () => {
    expect(outer('Il a dit : « Premier.\n« Second. »')).toEqual(['Premier. Second.']);
  });

  test('the next paragraph starting with another mark does not continue it', () => {
    expect(outer('He said “unfinished\n«Autre» chose.')).toEqual(['Autre']);
  });
});

describe('findQuotes: slips seen on held-out pages', () => {
  test.each([
    [
      'straight opened, curly closed',
      'It was unfair. "A great day for our Country!” Trump tweeted.',
      ['A great day for our Country!'],
    ],
    [
      'a curly opener typed with a space after it',
      '“Operating is different,” Mayer said. “ I love what I’m doing.”',
      ['Operating is different,', 'I love what I’m doing.'],
    ],
    [
      'a straight opener typed with a space after it',
      '"I run my business," he told Cook. " You guys did a good job."',
      ['I run my business,', 'You guys did a good job.'],
    ],
    ['a spaced straight mark inside a sentence is no opener', 'a 5" tall " Box', []],
    [
      'Korean particles right after a closing single mark',
      '‘리벤지’의 성격을 가진 폭로. 그는 이 문제를 ‘데이트 폭력’이라고 했다.',
      ['리벤지', '데이트 폭력'],
    ],
    ['an English apostrophe between letters stays one', 'He said ‘it’s fine’ now.', ['it’s fine']],
  ])('%s', (_name, text, expected) => {
    expect(outer(text)).toEqual(expected);
  });
});

describe('a closing mark whose space the page lost (readability article-author-tag)', () => {
  test('”/» right after the quote’s comma or stop closes it, even with a letter after', () => {
    expect(
      outer(
        'The two sparred and became “enemies,”with Crowley attacking Waite. She had a “second sight,”and painted.',
      ),
    ).toEqual(['enemies,', 'second sight,']);
    expect(outer('Il a dit «\u00a0non.\u00a0»Puis il est parti.')).toEqual(['non.']);
  });
});
