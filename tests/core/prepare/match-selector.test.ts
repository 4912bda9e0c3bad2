import { describe, expect, it } from 'vitest';
import { compileCompound, compileSelectors } from '../../../src/core/prepare/match-selector.ts';
import { SITE_RULES } from '../../../src/core/site-rules/index.ts';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

const PAGE = `
  <div id="onetrust-consent-sdk"><p>Cookies</p></div>
  <div id="div-gpt-ad-123" class="slot"></div><div id="xdiv-gpt-ad"></div>
  <ins class="adsbygoogle wide"></ins><ins class="other"></ins>
  <section aria-modal="true" role="dialog"></section><section aria-modal="false"></section>
  <amp-ad></amp-ad><p class="fc-consent-root-not">near miss</p>
  <div class="mw-parser-output"><p class="noprint">Lead</p><span class="mw-editsection">[edit]</span></div>
  <a data-x="a b c" href="/x">x</a>`;

const SELECTORS = [
  ...SITE_RULES.flatMap((rule) => [...rule.remove, ...(rule.keep ?? [])]),
  'a[href$="/x"]',
  'a[href*="x"]',
  '[data-x~="b"]',
  '[data-x~="a b"]',
  'section[aria-modal]',
  'div.slot#div-gpt-ad-123',
];

describe('compiled selectors', () => {
  it.each(SELECTORS)('%s matches exactly what the selector engine matches', (selector) => {
    const d = doc(PAGE);
    const test = compileSelectors(d, [selector]);
    const compiled = Array.from(d.querySelectorAll('*')).filter(test);
    expect(compiled).toEqual(Array.from(d.querySelectorAll(selector)));
  });

  it('compiles compound selectors and leaves the rest to the selector engine', () => {
    expect(compileCompound('ins.adsbygoogle')).not.toBeNull();
    expect(compileCompound('[id^="google_ads_"]')).not.toBeNull();
    expect(compileCompound('.mw-parser-output > p')).toBeNull();
    expect(compileCompound('p:first-child')).toBeNull();
  });

  it('a whole rule list matches the union of its selectors', () => {
    const d = doc(PAGE);
    for (const rule of SITE_RULES) {
      const test = compileSelectors(d, rule.remove);
      const compiled = Array.from(d.querySelectorAll('*')).filter(test);
      expect(compiled).toEqual(Array.from(d.querySelectorAll(rule.remove.join(','))));
    }
  });
});
