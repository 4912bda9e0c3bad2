/**
 * Applies the site rules (`src/core/site-rules`) to the clone before Readability: removes what
 * their selectors name, except elements a `keep` selector protects. Removals by a site's own
 * rule are recorded (reason `site-rule`), since they may fall inside the article; the `*` rule
 * only takes vendor widgets that never belong to one, and recording them would be noise.
 */
import { rulesFor, type SiteRule } from '../site-rules/index.ts';
import type { RemovedBlock } from '../types.ts';
import { compileSelectors } from './match-selector.ts';
import { runStep, type PrepareStep } from './step.ts';

export function siteRulesStep(
  doc: Document,
  url: string | undefined,
  removed: RemovedBlock[],
): PrepareStep {
  const rules = rulesFor(url).map((rule) => ({
    rule,
    matches: compileSelectors(doc, rule.remove),
    keep: rule.keep?.join(','),
  }));
  const hits: [Element, SiteRule][] = [];
  return {
    visit(el) {
      for (const { rule, matches, keep } of rules) {
        if (!matches(el)) continue;
        if (keep && (el.matches(keep) || el.querySelector(keep))) continue;
        hits.push([el, rule]);
        return true;
      }
      return false;
    },
    apply() {
      for (const [el, rule] of hits) {
        const text = rule.host === '*' ? '' : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) removed.push({ reason: 'site-rule', text: text.slice(0, 500) });
        el.remove();
      }
    },
  };
}

export function applySiteRules(
  doc: Document,
  url: string | undefined,
  removed: RemovedBlock[],
): void {
  runStep(doc.documentElement, siteRulesStep(doc, url, removed));
}
