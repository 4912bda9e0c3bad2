import { reason, type DetectReason } from './reasons.ts';

/** Query parameters that carry a search term on search-result pages. */
const SEARCH_PARAMS = [
  'q',
  'query',
  's',
  'search',
  'keyword',
  'keywords',
  'searchterm',
  'term',
  'text',
];
/** Path segments of search pages in the languages we read. */
const SEARCH_PATH =
  /\/(?:search|suche|recherche|buscar?|busqueda|ricerca|pesquisa|zoeken)(?:\/|$|\.)/i;
/** Tracking parameters do not make a home page an article. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|ref|src|cmp|ito|at_\w+)$/i;

/**
 * Decisions the URL alone can make, before any DOM work: non-web schemes, site roots and
 * search pages. Returns a blocking reason or null.
 */
export function urlVerdict(url: string): DetectReason | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return reason('not-web-page', -100);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return reason('not-web-page', -100);
  // forEach, not the iterator: in Firefox content scripts URLSearchParams comes through an Xray
  // wrapper whose keys() is not iterable, which used to kill the content script on every page.
  const params: string[] = [];
  parsed.searchParams.forEach((_value, key) => {
    if (!TRACKING.test(key)) params.push(key);
  });
  // Firefox never offers reader view on "/"; "/index.html" and language roots ("/en/") are roots too.
  const rootPath = /^\/(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?|home\/?)?$/i.test(parsed.pathname);
  if (rootPath && params.length === 0) return reason('site-root', -100);
  const hasTerm = SEARCH_PARAMS.some((p) => (parsed.searchParams.get(p) ?? '').trim() !== '');
  if (SEARCH_PATH.test(parsed.pathname) || (hasTerm && rootPath))
    return reason('search-page', -100);
  return null;
}
