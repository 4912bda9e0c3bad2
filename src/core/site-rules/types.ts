/** Page knowledge written as data: what to take away before Readability reads the page. */
export interface SiteRule {
  /** Host the rule applies to, subdomains included; `*` for every page. */
  host: string;
  /** Why the rule exists, shown in tests and reviews. */
  why: string;
  /** Selectors of elements to remove, sorted. */
  remove: string[];
  /** Selectors of elements never removed by `remove` (nor their ancestors), sorted. */
  keep?: string[];
}
