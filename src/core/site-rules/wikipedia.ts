import type { SiteRule } from './types.ts';

/** Wikipedia's edit links and navigation boxes read as text ("[edit]") in a reader view. */
export const wikipedia: SiteRule = {
  host: 'wikipedia.org',
  why: 'Edit-section links, navigation boxes and maintenance banners are wiki chrome.',
  remove: ['.ambox', '.mw-editsection', '.navbox', '.noprint', '.vertical-navbox'],
  keep: ['.mw-parser-output > p'],
};
