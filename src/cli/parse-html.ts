import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A full DOM for a page, as the core needs it (DOMPurify needs jsdom, not linkedom): no scripts
 * run, the page's console stays quiet. jsdom 29 throws on some stylesheets its CSS parser
 * rejects (SCSS such as `calc(($a - $b))` left in a page); the core never reads styles, so such a
 * page is parsed again without the text of its `<style>` elements.
 */
export function parseHtml(html: string, url: string): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(/(<style\b[^>]*>)[^]*?(<\/style>)/gi, '$1$2'), options);
  }
}
