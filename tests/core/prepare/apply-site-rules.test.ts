import { describe, expect, it } from 'vitest';
import { applySiteRules } from '../../../src/core/prepare/apply-site-rules.ts';
import { SITE_RULES, rulesFor } from '../../../src/core/site-rules/index.ts';
import type { RemovedBlock } from '../../../src/core/types.ts';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

const isSorted = (xs: readonly string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

describe('site rules (data)', () => {
  it('are sorted by host, "*" first, with no host twice', () => {
    const hosts = SITE_RULES.map((r) => r.host);
    expect(isSorted(hosts)).toBe(true);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it.each(SITE_RULES.map((r) => [r.host, r] as const))('%s is well-formed', (_host, rule) => {
    expect(rule.host).toMatch(/^(?:\*|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/);
    expect(rule.why.length).toBeGreaterThan(10);
    expect(rule.remove.length).toBeGreaterThan(0);
    expect(isSorted(rule.remove)).toBe(true);
    expect(isSorted(rule.keep ?? [])).toBe(true);
    // Every selector must parse; a typo would throw at extraction time on every page.
    const d = doc('');
    for (const selector of [...rule.remove, ...(rule.keep ?? [])]) {
      expect(() => d.querySelector(selector), selector).not.toThrow();
    }
  });

  it('picks the "*" rule everywhere and a host rule on the host and its subdomains only', () => {
    const hosts = (url?: string) => rulesFor(url).map((r) => r.host);
    expect(hosts('https://news.example.com/a')).toEqual(['*']);
    expect(hosts('https://en.wikipedia.org/wiki/5G')).toEqual(['*', 'wikipedia.org']);
    expect(hosts('https://notwikipedia.org/wiki/5G')).toEqual(['*']);
    expect(hosts('not a url')).toEqual(['*']);
    expect(hosts(undefined)).toEqual(['*']);
  });
});

describe('applySiteRules', () => {
  it('removes vendor consent banners and ad slots on any site, unrecorded', () => {
    const d = doc(
      '<div id="onetrust-consent-sdk"><p>We value your privacy</p></div><ins class="adsbygoogle"></ins><p>Story text.</p>',
    );
    const removed: RemovedBlock[] = [];
    applySiteRules(d, 'https://news.example.com/a', removed);
    expect(d.body.textContent).toBe('Story text.');
    expect(removed).toEqual([]);
  });

  it('applies a host rule, records it, and spares what `keep` protects', () => {
    const d = doc(
      '<div class="mw-parser-output"><h2>History<span class="mw-editsection">[edit]</span></h2><div class="noprint"><p>Keep me</p></div><p class="noprint">Lead paragraph.</p></div>',
    );
    const removed: RemovedBlock[] = [];
    applySiteRules(d, 'https://en.wikipedia.org/wiki/5G', removed);
    expect(d.body.textContent).not.toContain('[edit]');
    expect(d.body.textContent).toContain('Lead paragraph.');
    expect(removed.map((r) => r.text)).toContain('[edit]');
  });

  it('changes nothing on an article without such markup', () => {
    const html = '<article><h1>Title</h1><p>One.</p><p>Two.</p></article>';
    const d = doc(html);
    applySiteRules(d, 'https://news.example.com/a', []);
    expect(d.body.innerHTML).toBe(html);
  });
});
