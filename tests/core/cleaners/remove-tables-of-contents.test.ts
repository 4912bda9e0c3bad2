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
});
