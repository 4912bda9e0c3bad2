import DOMPurify from 'dompurify';

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

const SAFE_URL = /^(?:https?:|mailto:|#)/i;

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win);
    // Relative URLs were already made absolute by Readability; anything not http(s)/mailto/# goes.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      for (const attr of ['href', 'src', 'cite'] as const) {
        const value = node.getAttribute(attr);
        if (value !== null && !SAFE_URL.test(value.trim())) node.removeAttribute(attr);
      }
      if (
        node.hasAttribute('srcset') &&
        /(?:^|,)\s*(?!https?:)[a-z][\w+.-]*:/i.test(node.getAttribute('srcset') ?? '')
      ) {
        node.removeAttribute('srcset');
      }
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        const href = node.getAttribute('href') ?? '';
        if (!href.startsWith('#')) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        }
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Prefixes ids/names so article markup cannot clobber globals our pages read.
  SANITIZE_NAMED_PROPS: true,
};

/**
 * Sanitizes untrusted article HTML with an allowlist. Needs a full DOM window (jsdom or a
 * browser); DOMPurify does not work on linkedom or happy-dom.
 */
export function sanitizeHtml(
  html: string,
  win: Window & typeof globalThis = globalThis.window,
): string {
  return purifierFor(win).sanitize(html, CONFIG);
}

/** Same allowlist, returned as a fragment of `win`'s document, so no caller assigns innerHTML. */
export function sanitizeToFragment(
  html: string,
  win: Window & typeof globalThis = globalThis.window,
): DocumentFragment {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
