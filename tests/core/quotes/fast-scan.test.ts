import { describe, expect, it } from 'vitest';
import {
  namesIn,
  NEVER_UPPER,
  nextFullName,
  wordEnd,
  wordStart,
} from '../../../src/core/quotes/fast-scan.ts';
import { NAME } from '../../../src/core/quotes/names.ts';

const viaRegex = (text: string): [number, string][] =>
  [...text.matchAll(new RegExp(NAME, 'gu'))].map((m) => [m.index, m[0]]);
const viaScan = (text: string): [number, string][] =>
  [...namesIn(text)].map((m) => [m.index, m[0]]);

describe('namesIn', () => {
  it('skips no character that begins an upper-case letter', () => {
    const never = new RegExp(`^[${NEVER_UPPER}]`);
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Lu}/u.test(ch) && never.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('finds the runs a global NAME regex finds', () => {
    for (const text of [
      'White House chief of staff Mick Mulvaney said, “We’re done.” Mulvaney left.',
      'AB. Smith and P.J. O’Neil met Ludwig van Beethoven.\nNew York Times',
      'Der Präsident Émile Zola, Ægir and Ørsted; Łukasz Żak, Владимир Путин, Ἀθῆναι',
      '𝐀𝐁 Deseret 𐐀𐐨 and 李博灏 said “Ok” — Jean-Luc Picard',
      '',
      'no capitals here at all',
    ])
      expect(viaScan(text)).toEqual(viaRegex(text));
  });
});

describe('nextFullName', () => {
  const viaWalk = (text: string): [number, string][] => {
    const out: [number, string][] = [];
    for (let m = nextFullName(text, 0); m; m = nextFullName(text, m.index + m[0].length))
      out.push([m.index, m[0]]);
    return out;
  };
  it('finds the runs of two words or more that the walk over all NAME runs finds', () => {
    for (const text of [
      'White House chief of staff Mick Mulvaney said, “We’re done.” Mulvaney left.',
      'AB. Smith and P.J. O’Neil met Ludwig van Beethoven and Anna de  Souza.\nNew York Times',
      'Der Präsident Émile Zola, Ægir and Ørsted; Łukasz Żak, Владимир Путин, Ἀθῆναи',
      'McDonald’s CEO Chris Kempczinski\tSaid; Jean-Luc\u00a0Picard; Anne\u2009Hidalgo; Ab\rCd',
      'The company. Then A. Then Van Buren, van Gogh, Tom  von\tTrapp, Osama bin Laden, Ali dex Ok',
      'End with a capital X',
      'Iñigo Méndez de Vigo y Montojo met O’Brien-Smith and x-Ray at ZÜRICH',
      '',
    ]) {
      const all = viaRegex(text).filter(([, m]) => /\s/.test(m));
      expect(viaWalk(text)).toEqual(all);
    }
  });
});

describe('wordStart and wordEnd', () => {
  const words = (text: string): [number, string][] => {
    const out: [number, string][] = [];
    for (let s = wordStart(text, 0); s >= 0; s = wordStart(text, wordEnd(text, s)))
      out.push([s, text.slice(s, wordEnd(text, s))]);
    return out;
  };
  it('split words as /[\\p{L}\\p{M}]+/gu does', () => {
    for (const text of [
      '“We’re done,” said Mick Mulvaney. He déclare: a-t-il ajouté «non».',
      'cafe\u0301 naïve Ärger sagte; сказал он, 李博灏表示：「好」 𐐀𐐨x 1999 x2y',
      'lone \ud800 high and \udc00 low surrogates, 𝐀𝐁 maths, ZWJ\u200dword',
      '',
      '  ,,  ',
      'plain ascii words only',
    ])
      expect(words(text)).toEqual(
        [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => [m.index, m[0]]),
      );
  });
});
