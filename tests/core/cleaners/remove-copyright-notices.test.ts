import { describe, expect, it } from 'vitest';
import { removeCopyrightNotices } from '../../../src/core/cleaners/remove-copyright-notices.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeCopyrightNotices', () => {
  it.each([
    'Copyright © 2019 The Harbour Courier. All rights reserved.',
    '© 2024 Example Media',
    'Alle Rechte vorbehalten.',
  ])('removes %j after the text', (notice) => {
    const r = clean(removeCopyrightNotices, `${BODY}<p>${notice}</p>`);
    expect(r.removed).toEqual([notice]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a copyright line inside the body', () => {
    const r = clean(
      removeCopyrightNotices,
      `${BODY}<p>Copyright law was changed in 2019.</p>${BODY}`,
    );
    expect(r.removed).toEqual([]);
  });
});
