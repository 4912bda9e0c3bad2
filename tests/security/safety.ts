/**
 * What "safe" means for sanitized article HTML, checked on the parsed result rather than on the
 * string, so an encoding trick cannot hide a live attribute from the check.
 */
import { expect } from 'vitest';

export const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'title',
  'portal',
  'video',
  'audio',
];
const FORBIDDEN_ATTRS =
  /^(?:on|style$|srcdoc$|action$|formaction$|name$|xlink:|ping$|background$|poster$)/i;
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

/** Every problem found in `html` (empty when safe); parsed in `doc`, never run. */
export function problems(html: string, doc: Document): string[] {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const found: string[] = [];
  for (const el of template.content.querySelectorAll('*')) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.includes(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      found.push(`<${tag}> survived`);
    }
    for (const attr of el.attributes) {
      if (FORBIDDEN_ATTRS.test(attr.name)) found.push(`${tag}[${attr.name}] survived`);
      if (['href', 'src', 'cite', 'action', 'data'].includes(attr.name)) {
        // eslint-disable-next-line no-control-regex -- C0 controls are exactly what URL parsing ignores
        if (!SAFE_URL.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
          found.push(`${tag}[${attr.name}="${attr.value}"] is not http(s)/mailto/#`);
        }
      }
      if (attr.name === 'srcset') {
        for (const candidate of attr.value.split(',')) {
          if (candidate.trim() && !/^https?:/i.test(candidate.trim())) {
            found.push(`${tag}[srcset] has "${candidate.trim()}"`);
          }
        }
      }
    }
    if (tag === 'a' && el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
      if (el.getAttribute('rel') !== 'noopener noreferrer')
        found.push(`a without noopener: ${el.outerHTML}`);
      if (el.getAttribute('target') !== '_blank')
        found.push(`a without target=_blank: ${el.outerHTML}`);
    }
  }
  return found;
}

export function expectSafe(html: string, doc: Document = document): void {
  expect(problems(html, doc)).toEqual([]);
}
