import { describe, expect, it } from 'vitest';
import { isTagLine, removeTagLists } from '../../../src/core/cleaners/remove-tag-lists.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeTagLists', () => {
  it('removes the seed’s tag line after the text', () => {
    const tags = 'ban, Huawei, China, 5G, United Kingdom, US, Boris Johnson, Donald Trump';
    const r = clean(removeTagLists, `${BODY}<p>${tags}</p>`);
    expect(r.removed).toEqual([tags]);
    expect(r.reasons).toEqual(['tag-list']);
  });

  it.each([
    '<p>Tags: Brexit · Trade · Fisheries</p>',
    '<p>Themen</p><p><a href="/t/a">Verkehr</a></p><p><a href="/t/b">Hafen</a></p>',
    '<p>Mots-clés : transports, port, ferry</p>',
    '<div><span>Etiquetas</span></div><ul><li><a href="/t/1">Puerto</a></li><li><a href="/t/2">Transporte</a></li></ul>',
  ])('removes a labelled tag list %s', (html) => {
    const r = clean(removeTagLists, BODY + html);
    expect(r.text.split('\n')).toHaveLength(3);
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    ['a sentence with commas', 'Bring water, a hat, sunscreen, and good shoes.'],
    ['a price list', 'VIP : 60,000₩ R : 50,000₩ S : 40,000₩'],
  ])('does not read %s as tags', (_name, text) => {
    expect(isTagLine(text)).toBe(false);
  });

  it('keeps a short comma list inside the body', () => {
    const list = '<p>Flour, sugar, butter, eggs</p>';
    const r = clean(removeTagLists, BODY.replace('</p>', `</p>${list}`));
    expect(r.text).toContain('Flour, sugar, butter, eggs');
  });
});
