import { describe, expect, it } from 'vitest';
import { removeAdLabels } from '../../../src/core/cleaners/remove-ad-labels.ts';
import { STORY, clean, keepsStory } from './clean-snippet.ts';

const [p1, p2, p3] = STORY.map((p) => `<p>${p}</p>`);

describe('removeAdLabels', () => {
  it.each([
    ['an English label', '<div class="slot"><p>Advertisement</p></div>'],
    ['a capitalised label', '<p>ADVERTISEMENT</p>'],
    ['a German label', '<div>Anzeige</div>'],
    ['a French label', '<p>Publicité</p>'],
    ['a Spanish label', '<p>Publicidad</p>'],
    ['a note that the text goes on', '<div><p>Article Continues Below</p></div>'],
    ['a note with the ad named', '<p>Advertisement - Continue reading below</p>'],
    ['a German note', '<p>Weiterlesen nach der Anzeige</p>'],
    ['an Italian note', '<p>L’articolo continua dopo la pubblicità</p>'],
  ])('removes %s', (_name, html) => {
    const r = clean(removeAdLabels, `${p1}${html}${p2}${html}${p3}`);
    expect(r.removed).toHaveLength(2);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    ['a sentence about advertising', '<p>Advertisement revenue at the port fell by a third.</p>'],
    ['a section heading', '<h2>Advertising</h2>'],
    ['a line about what follows', '<p>The article continues below the map of the harbour.</p>'],
    ['a gallery note', '<p>Story continues below gallery</p>'],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeAdLabels, `${p1}${html}${p2}${p3}`);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });
});
