import { allSites } from './all-sites.ts';
import type { SiteRule } from './types.ts';
import { wikipedia } from './wikipedia.ts';

export type { SiteRule } from './types.ts';

/**
 * Every site rule, sorted by host. Keep this list short and general: a rule here must hold for
 * a whole site (or every site), not fix one saved page.
 */
export const SITE_RULES: readonly SiteRule[] = [allSites, wikipedia];

/** The rules for a URL: the `*` rule and any whose host is the URL's host or a parent of it. */
export function rulesFor(url: string | undefined): SiteRule[] {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  return SITE_RULES.filter(
    (r) => r.host === '*' || (host && (host === r.host || host.endsWith(`.${r.host}`))),
  );
}
