import DOMPurify from 'dompurify';
import { walkElements } from './dom/walk-elements.ts';

/**
 * What a reader needs and nothing else. Links keep http(s), mailto and in-page fragments only;
 * our quote markup (`<q>`/`<blockquote>` with `data-kind`/`data-speaker`) survives.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
  'id',
  'class',
  'data-kind',
  'data-speaker',
  'data-role',
  'data-quote-id',
  'open',
  'media',
];

/** Everything else a page might try; the allowlist already drops them, this states it twice. */
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'dialog',
  'svg',
  'math',
  'audio',
  'video',
  'track',
  'canvas',
  'marquee',
];

/** Attributes that load, run, restyle or navigate; never wanted whatever the tag. */
const FORBID_ATTR = [
  'style',
  'name',
  'srcdoc',
  'action',
  'formaction',
  'background',
  'ping',
  'poster',
  'usemap',
  'is',
  'xlink:href',
  'target',
  'rel',
];

/** Only these survive in href/src/cite. Relative URLs were made absolute by Readability. */
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const REMOTE_URL = /^https?:/i;
/**
 * DOMPurify's own URI check, narrowed to our schemes. It also applies to plain attribute values,
 * so like DOMPurify's default it lets through any value that does not start with a scheme.
 */
const URI_VALUE = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/**
 * The only classes an article keeps: our quote marks and the figure-caption classes the core asks
 * Readability to preserve. Page classes could otherwise pick up the reader's own styles.
 */
const ARTICLE_CLASS = /^(?:dc-quote(?:[-_][\w-]+)?|caption|wp-caption-text)$/;
/** The same without our quote class: page markup never brings it (see PAGE_CONFIG). */
const PAGE_CLASS = /^(?:caption|wp-caption-text)$/;
/** Width/height as the page gave them: plain numbers (or percentages) only. */
const DIMENSION = /^\s*\d{1,5}(?:\.\d+)?%?\s*$/;

export interface SanitizeOptions {
  /** Drop every remote image (`src`/`srcset` of img and source), for readers who want no requests. */
  blockRemoteImages?: boolean;
}

/** Internal: the page's own markup, which may not carry our quote markup (a forged speaker). */
interface RunOptions extends SanitizeOptions {
  pageMarkup?: boolean;
}

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();
/** The options of the call in progress; DOMPurify runs synchronously, so one slot is enough. */
let current: RunOptions = {};

/** Keeps the http(s) candidates of a srcset, or returns null when none is left. */
function safeSrcset(value: string): string | null {
  const kept = value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => REMOTE_URL.test(candidate));
  return kept.length ? kept.join(', ') : null;
}

/** Images the page's own style made invisible or pixel-sized; the style is dropped, so decide first. */
const hiddenByStyle = new WeakSet<Element>();
const INVISIBLE_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|(?:width|height)\s*:\s*[01](?:\.\d+)?(?:px)?\s*(?:!important)?\s*(?:;|$))/i;

function noteHiddenImage(node: Element, data: { attrName: string; attrValue: string }): void {
  if (
    data.attrName === 'style' &&
    node.localName === 'img' &&
    INVISIBLE_STYLE.test(data.attrValue)
  ) {
    hiddenByStyle.add(node);
  }
}

/** 1×1 (or 0×0) images are tracking pixels, not article pictures. */
function isTrackingPixel(node: Element): boolean {
  if (hiddenByStyle.has(node)) return true;
  const tiny = (attr: string) => {
    const value = node.getAttribute(attr);
    return value !== null && !value.includes('%') && Number.parseFloat(value) <= 1;
  };
  return tiny('width') || tiny('height');
}

function cleanNode(node: Element): void {
  // Most article nodes are bare <p>/<em>/text; skip them cheaply (jsdom attribute reads are slow).
  if (!node.hasAttributes?.()) return;
  for (const attr of ['href', 'src', 'cite'] as const) {
    const value = node.getAttribute(attr);
    // The browser ignores leading/trailing C0 controls and tabs/newlines anywhere in a URL,
    // so test what it would see, and drop anything that is not on the allowlist.
    // eslint-disable-next-line no-control-regex -- C0 controls are exactly what URL parsing ignores
    if (value !== null && !SAFE_URL.test(value.replace(/[\u0000-\u0020]+/g, ''))) {
      node.removeAttribute(attr);
    }
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    const kept = safeSrcset(srcset);
    if (kept === null) node.removeAttribute('srcset');
    else if (kept !== srcset) node.setAttribute('srcset', kept);
  }
  // Before the size cleanup below, which would drop a "1px" and hide the pixel.
  if (node.localName === 'img' && isTrackingPixel(node)) {
    node.remove();
    return;
  }
  for (const attr of ['width', 'height'] as const) {
    const value = node.getAttribute(attr);
    if (value !== null && !DIMENSION.test(value)) node.removeAttribute(attr);
  }
  const classes = node.getAttribute('class');
  if (classes !== null) {
    const allowed = current.pageMarkup ? PAGE_CLASS : ARTICLE_CLASS;
    const kept = classes.split(/\s+/).filter((c) => allowed.test(c));
    if (kept.length) node.setAttribute('class', kept.join(' '));
    else node.removeAttribute('class');
  }
  const tag = node.localName;
  if (tag === 'img' || tag === 'source') {
    if (current.blockRemoteImages) {
      node.removeAttribute('src');
      node.removeAttribute('srcset');
    }
  }
  if (tag === 'a' && node.hasAttribute('href')) {
    // Set by us, never taken from the page (target/rel are in FORBID_ATTR).
    if (!(node.getAttribute('href') ?? '').startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    purifier.addHook('uponSanitizeAttribute', noteHiddenImage);
    purifier.addHook('afterSanitizeAttributes', cleanNode);
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: URI_VALUE,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  // Prefixes ids so article markup cannot clobber globals or ids our pages read.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
};

// Our quote markup (README of quotes/): the extraction adds it after sanitizing the page's
// markup, so on the page's own elements these attributes can only be forgeries.
const QUOTE_ATTR = new Set(['data-kind', 'data-speaker', 'data-role', 'data-quote-id']);
const PAGE_CONFIG = { ...CONFIG, ALLOWED_ATTR: ALLOWED_ATTR.filter((a) => !QUOTE_ATTR.has(a)) };

function run<T>(options: RunOptions, task: () => T): T {
  const previous = current;
  current = options;
  try {
    return task();
  } finally {
    current = previous;
  }
}

/**
 * Sanitizes untrusted article HTML with an allowlist. Needs a full DOM window (jsdom or a
 * browser); DOMPurify does not work on linkedom or happy-dom.
 */
export function sanitizeHtml(
  html: string,
  win: Window & typeof globalThis = globalThis.window,
  options: SanitizeOptions = {},
): string {
  return run(options, () => purifierFor(win).sanitize(html, CONFIG));
}

/**
 * The page's own markup through the allowlist, without the quote markup it may not bring
 * (PAGE_CONFIG, PAGE_CLASS); a node is sanitized in place.
 */
function purifyPage(
  win: Window & typeof globalThis,
  input: string | Node,
  options: SanitizeOptions = {},
): string | Node {
  return run({ ...options, pageMarkup: true }, () =>
    typeof input === 'string'
      ? purifierFor(win).sanitize(input, PAGE_CONFIG)
      : purifierFor(win).sanitize(input, { ...PAGE_CONFIG, IN_PLACE: true }),
  );
}

const ALLOWED = new Set(ALLOWED_TAGS);
const FORBIDDEN = new Set(FORBID_TAGS);
/**
 * Page containers the allowlist drops but whose content stays (DOMPurify's KEEP_CONTENT):
 * sectioning and old presentational tags, and custom elements (`<story-body>`).
 */
const UNWRAP = new Set([
  'address',
  'article',
  'aside',
  'big',
  'center',
  'fieldset',
  'font',
  'footer',
  'header',
  'hgroup',
  'label',
  'legend',
  'main',
  'nav',
  'tt',
]);

function containersIn(root: Element): Element[] {
  const containers: Element[] = [];
  walkElements(root, (el) => {
    const tag = el.localName;
    if (ALLOWED.has(tag)) return false;
    if (FORBIDDEN.has(tag)) return true; // DOMPurify drops it whole
    if (UNWRAP.has(tag) || (tag.includes('-') && el.namespaceURI === HTML_NS)) containers.push(el);
    return false;
  });
  return containers;
}

/** A container this big is moved out of a fresh copy (see `unwrapContainers`). */
const BIG_CONTAINER = 100;

/**
 * Replaces dropped containers by their children before DOMPurify sees them, as its KEEP_CONTENT
 * would, and returns the tree to sanitize. DOMPurify hoists children one at a time, and jsdom
 * recomputes a parent's live child lists after every insertion once anything has read them
 * (Readability has): a `<main>` of 30,000 paragraphs took minutes. Big containers are therefore
 * unwrapped in a fresh copy of the tree, which has no such lists. The children are still
 * sanitized by DOMPurify.
 */
function unwrapContainers(root: Element): Element {
  let containers = containersIn(root);
  if (containers.some((el) => el.childNodes.length >= BIG_CONTAINER)) {
    root = root.cloneNode(true) as Element;
    containers = containersIn(root);
  }
  // Innermost first, so every container still has its own children when it is unwrapped.
  for (const el of containers.reverse()) {
    const fragment = el.ownerDocument.createDocumentFragment();
    while (el.firstChild) fragment.appendChild(el.firstChild);
    el.replaceWith(fragment);
  }
  return root;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Same allowlist for a tree that is already parsed and lives in an inert document (Readability's
 * clone), returning the sanitized HTML of `root`'s content. It works on the tree itself (or, for
 * a very large one, on a copy), so `root` is spent afterwards. It spares the serialize-and-parse
 * round trip, which costs several times the sanitizing itself in jsdom. The root element itself
 * must be an allowed tag (a `<div>`, as Readability's output is).
 */
export function sanitizeTree(
  root: Element,
  win: Window & typeof globalThis = globalThis.window,
  options: SanitizeOptions = {},
): string {
  return sanitizedTree(root, win, options).innerHTML;
}

/**
 * `sanitizeTree` without the serializing: the sanitized tree itself (`root`, or its copy for a
 * very large one), for a caller that adds markup of its own before serializing it. Page markup
 * loses any quote markup of ours it imitates (`data-speaker`, `class="dc-quote"`, …): only our
 * marking, after this, adds it.
 */
export function sanitizedTree(
  root: Element,
  win: Window & typeof globalThis = globalThis.window,
  options: SanitizeOptions = {},
): Element {
  const tree = unwrapContainers(root);
  purifyPage(win, tree, options);
  return tree;
}

/**
 * Same allowlist for many small HTML strings at once (the blocks the cleaners removed): one
 * parse into an inert `<template>` of `doc` and one in-place pass instead of a document per
 * block. Each block gets its own wrapper, so one cannot reach into the next; if the parse does
 * not give back exactly one wrapper per block, each is sanitized alone.
 */
export function sanitizeMany(
  htmls: readonly string[],
  doc: Document,
  win: Window & typeof globalThis = globalThis.window,
): string[] {
  if (htmls.length < 2) return htmls.map((html) => purifyPage(win, html) as string);
  const template = doc.createElement('template');
  template.innerHTML = htmls.map((html) => `<div>${html}</div>`).join('');
  const root = doc.createElement('div');
  root.append(template.content);
  const wrappers = Array.from(root.children);
  if (wrappers.length !== htmls.length || root.childNodes.length !== htmls.length) {
    return htmls.map((html) => purifyPage(win, html) as string);
  }
  const tree = unwrapContainers(root);
  purifyPage(win, tree);
  return Array.from(tree.children, (wrapper) => wrapper.innerHTML);
}

/** Same allowlist, returned as a fragment of `win`'s document, so no caller assigns innerHTML. */
export function sanitizeToFragment(
  html: string,
  win: Window & typeof globalThis = globalThis.window,
  options: SanitizeOptions = {},
): DocumentFragment {
  return run(options, () =>
    purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }),
  );
}
