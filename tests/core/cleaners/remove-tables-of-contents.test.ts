import { describe, expect, it } from 'vitest';
import { removeTablesOfContents } from '../../../src/core/cleaners/remove-tables-of-contents.ts';
import { BODY, STORY, clean } from './clean-snippet.ts';

const toc = (heading: string) =>
  `<p>${heading}</p><ul><li><a href="#fares">Fares</a></li><li><a href="#times">Times</a></li><li><a href="#quay">The new quay</a></li></ul>`;

describe('removeTablesOfContents', () => {
  it.each(['Table of Contents', 'Inhaltsverzeichnis', 'Sommaire', 'Índice'])(
    'removes an in-page contents list headed %j',
    (heading) => {
      const r = clean(removeTablesOfContents, toc(heading) + BODY);
      expect(r.text.split('\n')).toEqual(STORY);
      expect(r.removed).toContain(heading);
    },
  );

  it.each([
    [
      'links to other pages',
      '<ul><li><a href="/fares">Fares</a></li><li><a href="/times">Times</a></li><li><a href="/quay">Quay</a></li></ul>',
    ],
    [
      'footnotes with prose',
      '<ol><li>See <a href="#a">note a</a> for the source of the 1953 figures.</li><li><a href="#b">b</a> Harbour records.</li><li><a href="#c">c</a> Interview.</li></ol>',
    ],
    [
      'a summary of linked sentences',
      '<ul><li><a href="#a">Top local mover in the city: Harbour Moving (4.9/5 rating)</a></li><li><a href="#b">Typical cost of a local move: $131 an hour</a></li><li><a href="#c">Best long-distance mover: Coastline Van Lines</a></li></ul>',
    ],
    ['two anchors', '<ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li></ul>'],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeTablesOfContents, BODY + html);
    expect(r.removed).toEqual([]);
  });

  it('removes a "Table of Contents" label left without its list, not a "Contents" heading', () => {
    const r = clean(
      removeTablesOfContents,
      `<h2>Table of Contents</h2>${BODY}<h2>Contents</h2>${BODY}`,
    );
    expect(r.removed).toEqual(['Table of Contents']);
    expect(r.text.split('\n')).toEqual([...STORY, 'Contents', ...STORY]);
  });

  it('keeps the label above a contents list it cannot take (links to other pages)', () => {
    const list =
      '<ul><li><a href="/fares">Fares</a></li><li><a href="/times">Times</a></li><li><a href="/quay">Quay</a></li></ul>';
    const r = clean(removeTablesOfContents, `<p>Table of Contents</p>${list}${BODY}`);
    expect(r.removed).toEqual([]);
  });

  const sections = (...titles: string[]) =>
    titles.map((t, i) => `<h2>${t}</h2><p>${STORY[i % 3]}</p>`).join('');
  const titles = [
    'Why the timetable had to change',
    'What commuters will see on the morning crossings',
    'Fares',
  ];

  it.each([
    [
      'entries without links (a script scrolls to them)',
      `<h3>Table of Contents</h3><ul>${titles.map((t, i) => `<li><span>${i + 1}</span> <span>${t}</span></li>`).join('')}</ul>`,
    ],
    [
      'long linked entries with nested lists',
      `<p>In this article</p><ol><li><a href="#a">${titles[0]}</a><ol><li><a href="#b">${titles[1]}</a></li></ol></li><li><a href="/fares">${titles[2]}</a></li></ol>`,
    ],
  ])('removes a list under a contents label that repeats the headings: %s', (_name, html) => {
    const r = clean(removeTablesOfContents, html + sections(...titles));
    expect(r.reasons.every((x) => x === 'table-of-contents')).toBe(true);
    expect(r.text.split('\n')).toEqual(titles.flatMap((t, i) => [t, STORY[i]]));
  });

  it.each([
    [
      'a list of points under "In this article"',
      '<p>In this article</p><ul><li>How the timetable changes</li><li>What it costs</li><li>Who decided</li></ul>',
    ],
    [
      'what is in the box under "Contents"',
      '<h3>Contents</h3><ul><li>Fares</li><li>One ferry model</li><li>Two harbour maps</li></ul>',
    ],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeTablesOfContents, html + sections(...titles));
    expect(r.removed).toEqual([]);
  });

  it.each([
    ['a link between sections', '<p><a href="#top">&lt; back to top</a></p>'],
    [
      'a link loose at the end of a section',
      '<div><p>Fares stay the same.</p><a href="#">Back to top</a></div>',
    ],
    ['an arrow to the top', '<p><a href="#page">↑</a></p>'],
    ['a bare "Top" link', '<div><a href="#header">Top</a></div>'],
    ['a German button', '<div>Nach oben</div>'],
  ])('removes a way back up the page: %s', (_name, html) => {
    const r = clean(
      removeTablesOfContents,
      `<p>${STORY[0]}</p>${html}<p>${STORY[1]}</p>${html}<p>${STORY[2]}</p>`,
    );
    expect(r.reasons).toEqual(['table-of-contents', 'table-of-contents']);
    expect(r.text).not.toMatch(/top|oben|↑/i);
    expect(r.text).toMatch(new RegExp(STORY[2]!.slice(0, 20)));
  });

  it.each([
    ['"Top" as a label, not a link', '<h3>Top</h3>'],
    ['a "Top" link to another page', '<p><a href="/top">Top</a></p>'],
    ['a sentence that starts the same', '<p>Back to top form, the captain won the race.</p>'],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeTablesOfContents, BODY + html);
    expect(r.removed).toEqual([]);
  });

  it.each([
    ['an English skip link', '<a href="#content">Skip to content</a>'],
    ['a German skip link', '<p><a href="#main">Zum Inhalt springen</a></p>'],
    ['a French skip link without its target', '<div>Aller au contenu principal</div>'],
  ])('removes %s', (_name, html) => {
    const r = clean(removeTablesOfContents, `<div>${html}<div>${BODY}</div></div>`);
    expect(r.reasons).toEqual(['table-of-contents']);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it('keeps a line that only starts like a skip link', () => {
    const r = clean(removeTablesOfContents, `${BODY}<p>Skip to content you care about: fares.</p>`);
    expect(r.removed).toEqual([]);
  });
});
