/**
 * The sanitizer against script in every form. Each payload would set `__pwned` (or load the
 * attacker's URL) if anything live survived; the checks look at the parsed output, at a second
 * pass (mutation XSS shows up as output that changes when parsed again), and at what runs when
 * the output is put into a document that executes scripts.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  sanitizeHtml,
  sanitizeTree,
  sanitizeMany,
  sanitizeToFragment,
} from '../../src/core/sanitize.ts';
import { expectSafe, problems } from './safety.ts';

const PWN = "top.__pwned='x'";
const A = 'http://attacker.test';

/** [name, payload]: one per trick; the text "kept" must survive where the payload wraps text. */
const PAYLOADS: [string, string][] = [
  ['script', `<p>kept</p><script>${PWN}</script>`],
  ['script src', `<script src="${A}/x.js"></script>`],
  ['script mixed case', `<ScRiPt>${PWN}</sCrIpT>`],
  ['script in attribute-less namespace', `<svg><script href="data:,${PWN}"></script></svg>`],
  ['img onerror', `<img src=x onerror="${PWN}">`],
  ['img ONERROR upper', `<IMG SRC=x ONERROR="${PWN}">`],
  ['img OnErRoR mixed', `<img src=x OnErRoR=${PWN}>`],
  ['handler with slash', `<img/src=x/onerror=${PWN}>`],
  ['body onload', `<body onload="${PWN}"><p>kept</p></body>`],
  ['p onclick', `<p onclick="${PWN}" onmouseover="${PWN}">kept</p>`],
  ['details ontoggle', `<details open ontoggle="${PWN}"><summary>s</summary>kept</details>`],
  ['input autofocus', `<input autofocus onfocus="${PWN}">`],
  ['video source onerror', `<video><source onerror="${PWN}"></video>`],
  ['marquee onstart', `<marquee onstart="${PWN}">kept</marquee>`],
  ['javascript href', `<a href="javascript:${PWN}">kept</a>`],
  ['JaVaScRiPt href', `<a href="JaVaScRiPt:${PWN}">kept</a>`],
  [
    'entity javascript',
    `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">kept</a>`,
  ],
  ['hex entity javascript', `<a href="&#x6A;avascript&#x3A;${PWN}">kept</a>`],
  ['padded entity', `<a href="&#0000106avascript:${PWN}">kept</a>`],
  ['tab inside scheme', `<a href="java&#9;script:${PWN}">kept</a>`],
  ['newline inside scheme', `<a href="java&#10;script:${PWN}">kept</a>`],
  ['leading space and control', `<a href=" &#1;javascript:${PWN}">kept</a>`],
  ['vbscript', `<a href="vbscript:msgbox(1)">kept</a>`],
  ['VBScript case', `<a href="VbScRiPt:msgbox(1)">kept</a>`],
  ['data html', `<a href="data:text/html,<script>${PWN}</script>">kept</a>`],
  ['data base64', `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">kept</a>`],
  ['data image svg', `<img src="data:image/svg+xml,<svg onload='${PWN}'/>">`],
  [
    'data in srcset',
    `<img src="https://ok.test/a.png" srcset="data:image/svg+xml,x 1x, javascript:${PWN} 2x">`,
  ],
  ['protocol-relative', `<a href="//attacker.test/x">kept</a>`],
  ['blob and file', `<a href="blob:https://x/1">kept</a><a href="file:///etc/passwd">kept</a>`],
  ['svg onload', `<svg onload="${PWN}"><circle r=1 /></svg>`],
  ['svg animate', `<svg><animate onbegin="${PWN}" attributeName=x dur=1s /></svg>`],
  [
    'svg set href',
    `<svg><a><set attributeName=href to="javascript:${PWN}"/><text>gone</text></a></svg>`,
  ],
  ['svg xlink', `<svg><a xlink:href="javascript:${PWN}"><text>gone</text></a></svg>`],
  ['svg foreignObject', `<svg><foreignObject><img src=x onerror="${PWN}"></foreignObject></svg>`],
  ['svg use remote', `<svg><use href="${A}/sprite.svg#x"/></svg>`],
  ['math href', `<math><maction xlink:href="javascript:${PWN}">gone</maction></math>`],
  ['math mglyph style mXSS', `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`],
  [
    'form math mXSS',
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${PWN}">`,
  ],
  ['svg style mXSS', `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">`],
  ['math style mXSS', `<math><style><img src=x onerror="${PWN}"></style></math>`],
  ['noscript mXSS', `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>`],
  ['template', `<template><img src=x onerror="${PWN}"></template><p>kept</p>`],
  ['template in table', `<table><template><img src=x onerror="${PWN}"></template></table>`],
  [
    'style tag',
    `<style>@import url("${A}/x.css"); body{background:url(${A}/bg)}</style><p>kept</p>`,
  ],
  ['style in svg', `<svg><style>@import "${A}/x.css";</style></svg>`],
  [
    'style attribute',
    `<p style="position:fixed;inset:0;z-index:2147483647;background:url(${A}/bg)">kept</p>`,
  ],
  ['style expression', `<p style="width:expression(${PWN})">kept</p>`],
  ['link stylesheet', `<link rel=stylesheet href="${A}/x.css"><p>kept</p>`],
  ['link import', `<link rel=import href="${A}/x.html">`],
  ['iframe srcdoc', `<iframe srcdoc="<script>${PWN}</script>"></iframe>`],
  ['iframe javascript', `<iframe src="javascript:${PWN}"></iframe>`],
  ['iframe remote', `<iframe src="${A}/frame"></iframe>`],
  ['frameset', `<frameset><frame src="javascript:${PWN}"></frameset>`],
  ['object', `<object data="${A}/x.swf"><param name=x value=y></object>`],
  ['object javascript', `<object data="javascript:${PWN}"></object>`],
  ['embed', `<embed src="${A}/x.swf">`],
  ['applet', `<applet code="x.class"></applet>`],
  [
    'form post',
    `<form action="${A}/steal" method=post><input name=q><button>go</button></form><p>kept</p>`,
  ],
  ['formaction', `<button formaction="${A}/steal">go</button>`],
  ['input image', `<input type=image src="${A}/x.png">`],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=${A}/refresh"><p>kept</p>`],
  ['meta refresh javascript', `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`],
  ['base href', `<base href="${A}/"><p>kept</p>`],
  ['base target', `<base target="_top">`],
  ['a ping', `<a href="https://ok.test/" ping="${A}/ping">kept</a>`],
  ['a target top, rel opener', `<a href="https://ok.test/" target="_top" rel="opener">kept</a>`],
  [
    'area',
    `<map name=m><area href="javascript:${PWN}" shape=default></map><img usemap=#m src="https://ok.test/a.png">`,
  ],
  ['portal', `<portal src="${A}/p"></portal>`],
  ['dialog', `<dialog open>kept</dialog>`],
  ['custom element is', `<p is="evil-p">kept</p>`],
  ['table background', `<table background="${A}/bg"><tr><td>kept</td></tr></table>`],
  ['video poster', `<video poster="${A}/poster.png"></video>`],
  ['img name clobber', `<img name="body"><img name="getElementById"><form name="location"></form>`],
  [
    'id clobber',
    `<form id="view"></form><a id="open-tab" href="#x">kept</a><div id="__proto__">kept</div>`,
  ],
  ['data attributes', `<p data-foo="x" data-kind="speech">kept</p>`],
  ['aria', `<p aria-describedby="x">kept</p>`],
  ['comment breakout', `<!--><img src=x onerror="${PWN}">-->`],
  ['cdata', `<![CDATA[<img src=x onerror="${PWN}">]]>`],
  ['xmp', `<xmp><img src=x onerror="${PWN}"></xmp>`],
  ['plaintext', `<plaintext><img src=x onerror="${PWN}">`],
  ['textarea breakout', `<textarea><img src=x onerror="${PWN}"></textarea>`],
  ['title breakout', `<title><img src=x onerror="${PWN}"></title>`],
  ['noembed breakout', `<noembed><img title="</noembed><img src=x onerror=${PWN}>"></noembed>`],
  [
    'attribute breakout',
    `<a title="&quot;><img src=x onerror=${PWN}>" href="https://ok.test/">kept</a>`,
  ],
  ['nested a in svg', `<svg><a href="javascript:${PWN}"><text>gone</text></a></svg>`],
  ['unknown tag with handler', `<x-evil onclick="${PWN}">kept</x-evil>`],
  ['class of reader chrome', `<div class="dc-toolbar dc-state overlay">kept</div>`],
];

describe('sanitizer: every payload comes out inert', () => {
  it.each(PAYLOADS)('%s', (_name, payload) => {
    const once = sanitizeHtml(payload);
    expectSafe(once);
    // mXSS: what we output must mean the same when parsed again (the reader parses it twice).
    expect(sanitizeHtml(once)).toBe(once);
    expect(once).not.toMatch(/attacker\.test/);
    if (payload.includes('kept')) expect(once).toContain('kept');
  });

  it('the check itself catches a live payload (so the tests above can fail)', () => {
    expect(
      problems(
        `<img src="https://ok.test/a.png" onerror="${PWN}"><a href="javascript:x" rel="noopener noreferrer" target="_blank">a</a>`,
        document,
      ),
    ).toEqual(['img[onerror] survived', 'a[href="javascript:x"] is not http(s)/mailto/#']);
    expect(problems('<a href="https://x.test/">a</a>', document)).toHaveLength(2);
    expect(problems('<style>x</style><form></form>', document)).toHaveLength(2);
  });

  it('nothing runs when the output is put into a page that executes scripts', () => {
    const dom = new JSDOM('<!doctype html><body></body>', { runScripts: 'dangerously' });
    const win = dom.window as unknown as Window & typeof globalThis & { __pwned?: string };
    // Positive control: the same harness does run an unsanitized handler.
    const control = win.document.createElement('div');
    control.innerHTML = `<p onclick="${PWN}">x</p>`;
    win.document.body.append(control);
    (control.firstElementChild as HTMLElement).click();
    expect(win.__pwned).toBe('x');
    delete win.__pwned;
    control.remove();

    for (const [, payload] of PAYLOADS) {
      win.document.body.append(sanitizeToFragment(payload, win));
    }
    for (const el of win.document.body.querySelectorAll('*')) {
      for (const type of ['click', 'mouseover', 'focus', 'toggle', 'error', 'load', 'begin']) {
        el.dispatchEvent(new win.Event(type));
      }
    }
    expect(win.__pwned).toBeUndefined();
  });
});

/** A parsed tree in an inert document, as Readability's output is. */
function inertTree(html: string): Element {
  const doc = new DOMParser().parseFromString('<!doctype html><body></body>', 'text/html');
  const root = doc.createElement('div');
  const template = doc.createElement('template');
  template.innerHTML = html;
  root.append(template.content);
  return root;
}

describe('sanitizer: in place and in batches, the same guarantees', () => {
  it.each(PAYLOADS)('in place: %s', (_name, payload) => {
    const out = sanitizeTree(inertTree(payload));
    expectSafe(out);
    expect(out).not.toMatch(/attacker\.test/);
    if (payload.includes('kept')) expect(out).toContain('kept');
  });

  it('in batches: every payload at once, each block on its own', () => {
    const payloads = PAYLOADS.map(([, payload]) => payload);
    const out = sanitizeMany(payloads, document);
    expect(out).toHaveLength(payloads.length);
    out.forEach((html, i) => {
      expectSafe(html);
      expect(html).not.toMatch(/attacker\.test/);
      // The view's sanitizer, less the quote markup that page markup may not bring.
      expect(html).toBe(
        sanitizeHtml(payloads[i]!).replace(/ data-(?:kind|speaker|role|quote-id)="[^"]*"/g, ''),
      );
    });
  });

  it("page markup loses our quote markup (a forged speaker); the view's sanitizer keeps ours", () => {
    const forged =
      '<p class="dc-quote caption">He said <q class="dc-quote" data-kind="speech" data-speaker="Forged" data-role="r" data-quote-id="dc-q-1">no</q>.</p>';
    const page = '<p class="caption">He said <q>no</q>.</p>';
    expect(sanitizeTree(inertTree(forged))).toBe(page);
    expect(sanitizeMany([forged, forged], document)).toEqual([page, page]);
    expect(sanitizeMany([forged], document)).toEqual([page]);
    expect(sanitizeHtml(forged)).toBe(forged);
  });

  it('unwraps the containers the allowlist drops, keeping their content, however many children', () => {
    const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    for (const html of [
      `<article><header><h1>T</h1></header><main>${paragraphs}</main></article>`,
      `<story-body><aside><p>Box</p></aside>${paragraphs}<footer>End</footer></story-body>`,
      `<font>small <center>mid</center></font>`,
    ]) {
      const out = sanitizeTree(inertTree(html));
      expect(out).toBe(sanitizeHtml(html));
      expect(out).not.toMatch(/<(?:article|header|main|story-body|aside|footer|font|center)\b/);
    }
  });

  it('in batches: a block that closes its wrapper cannot spill into the next', () => {
    const blocks = [`<p>one</p></div><img src=x onerror="${PWN}"><div>`, '<p>two</p>', '<p>three'];
    const out = sanitizeMany(blocks, document);
    expect(out).toEqual(blocks.map((html) => sanitizeHtml(html)));
    out.forEach((html) => expectSafe(html));
  });
});

describe('sanitizer: links', () => {
  const links = sanitizeHtml(
    [
      '<a href="https://example.org/a">https</a>',
      '<a href="http://example.org/b">http</a>',
      '<a href="mailto:desk@example.org">mail</a>',
      '<a href="#notes">fragment</a>',
      '<a href="ftp://example.org/c">ftp</a>',
      '<a href="tel:+441234">tel</a>',
      '<a href="chrome://settings">chrome</a>',
      '<a href="relative/d.html">relative</a>',
    ].join(''),
  );
  const doc = new DOMParser().parseFromString(links, 'text/html');
  const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));

  it('keep only http(s), mailto and in-page fragments', () => {
    expect(hrefs).toEqual([
      'https://example.org/a',
      'http://example.org/b',
      'mailto:desk@example.org',
      '#notes',
      null,
      null,
      null,
      null,
    ]);
  });

  it('open outside links in a new tab with noopener noreferrer, fragments in place', () => {
    for (const a of doc.querySelectorAll('a[href]:not([href^="#"])')) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
    const fragment = doc.querySelector('a[href="#notes"]')!;
    expect(fragment.hasAttribute('target')).toBe(false);
  });

  it('keep the link text of a dropped link', () => {
    expect(doc.body.textContent).toBe('httpshttpmailfragmentftptelchromerelative');
  });
});

describe('sanitizer: images and requests', () => {
  it('keeps article images over http(s), with their srcset candidates that are http(s)', () => {
    const out = sanitizeHtml(
      '<img src="https://img.test/a.jpg" srcset="https://img.test/a.jpg 1x, data:x 2x, https://img.test/b.jpg 3x" alt="Quay" width="640" height="360">',
    );
    expect(out).toContain('src="https://img.test/a.jpg"');
    expect(out).toContain('srcset="https://img.test/a.jpg 1x, https://img.test/b.jpg 3x"');
    expect(out).toContain('alt="Quay"');
  });

  it('drops tracking pixels', () => {
    const out = sanitizeHtml(
      [
        '<p>text',
        '<img src="https://t.test/1.gif" width="1" height="1">',
        '<img src="https://t.test/2.gif" width="0">',
        '<img src="https://t.test/3.gif" height="1px">',
        '<img src="https://img.test/real.jpg" width="100%">',
        '</p>',
      ].join(''),
    );
    expect(out).not.toContain('t.test');
    expect(out).toContain('real.jpg');
  });

  it('blockRemoteImages leaves no URL that would load', () => {
    const html =
      '<picture><source srcset="https://img.test/a.webp"><img src="https://img.test/a.jpg" srcset="https://img.test/b.jpg 2x" alt="Quay"></picture>';
    const out = sanitizeHtml(html, window, { blockRemoteImages: true });
    expect(out).not.toContain('img.test');
    expect(out).toContain('alt="Quay"');
    // The option is per call: the next call without it keeps images.
    expect(sanitizeHtml(html)).toContain('img.test');
  });

  it('keeps no size that could stretch the view, and no style at all', () => {
    const out = sanitizeHtml(
      '<img src="https://img.test/a.jpg" width="calc(100vw)" height="99999999" style="position:fixed">',
    );
    expect(out).toBe('<img src="https://img.test/a.jpg">');
  });
});

describe('sanitizer: what the reader needs survives', () => {
  it('keeps our quote marks and structure', () => {
    const html =
      '<p>He said <q class="dc-quote" data-kind="speech" data-speaker="Mara Quinn" data-role="engineer" data-quote-id="q1">we will rebuild</q>.</p><blockquote data-kind="block" data-quote-id="q2"><p>Long quote</p></blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('drops every page class but ours, so page markup cannot borrow reader styles', () => {
    expect(sanitizeHtml('<p class="dc-state dc-quote page x">t</p>')).toBe(
      '<p class="dc-quote">t</p>',
    );
    expect(sanitizeHtml('<figcaption class="wp-caption-text dc-toolbar">c</figcaption>')).toBe(
      '<figcaption class="wp-caption-text">c</figcaption>',
    );
  });

  it('prefixes ids once, even when sanitized twice', () => {
    const once = sanitizeHtml('<h2 id="view">t</h2>');
    expect(once).toBe('<h2 id="user-content-view">t</h2>');
    expect(sanitizeHtml(once)).toBe(once);
  });
});
