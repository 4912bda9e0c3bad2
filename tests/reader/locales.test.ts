/**
 * Every UI string exists in English and German, and every message key the code asks for exists:
 * literal t('key') calls are read from the source, keys built from settings and reasons are
 * listed from the schema and the core's RemovalReason type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALIGNS, FONTS, HIGHLIGHTS, THEMES } from '../../src/shared/settings-schema.ts';
import { reasonKey } from '../../src/reader/removed-panel.ts';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
const en = load('en');
const de = load('de');

function sourceKeys(): string[] {
  const dirs = ['src/reader', 'src/popup', 'src/page', 'src/background', 'src/content'];
  const keys = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      for (const m of text.matchAll(/\b(?:t|getMessage)\('([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/'(state[A-Z]\w+|panel_\w+|toggleInPlace|leaveInPlace)'/g))
        keys.add(m[1]!);
    }
  }
  return [...keys];
}

function builtKeys(): string[] {
  const types = readFileSync('src/core/types.ts', 'utf8');
  const union = types.slice(
    types.indexOf('type RemovalReason'),
    types.indexOf(';', types.indexOf('type RemovalReason')),
  );
  const reasons = Array.from(union.matchAll(/'([\w-]+)'/g), (m) => reasonKey(m[1]!));
  const choices = [
    ...THEMES.map((v) => `theme_${v}`),
    ...FONTS.map((v) => `font_${v}`),
    ...ALIGNS.map((v) => `align_${v}`),
    ...HIGHLIGHTS.map((v) => `highlightQuotes_${v}`),
    ...['theme', 'font', 'align', 'highlightQuotes', 'fontSize', 'width', 'lineHeight'].map(
      (k) => `setting_${k}`,
    ),
  ];
  return [...reasons, ...choices];
}

describe('locales', () => {
  it('German has exactly the English keys, each translated', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(de[key]!.message.trim(), key).not.toBe('');
  });

  it('every key the code uses exists', () => {
    const keys = [...sourceKeys(), ...builtKeys()];
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !en[k])).toEqual([]);
  });

  it('keeps $1 placeholders in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(de[key]!.message.includes('$1'), key).toBe(message.includes('$1'));
    }
  });

  it('uses only the characters Chrome allows in message names', () => {
    expect(Object.keys(en).filter((k) => !/^[A-Za-z0-9_]+$/.test(k))).toEqual([]);
  });
});
