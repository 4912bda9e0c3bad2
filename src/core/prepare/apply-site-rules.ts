/**
 * Applies the site rules (`src/core/site-rules`) to the clone before Readability: removes what
 * their selectors name, except elements a `keep` selector protects. Removals by a site's own
 * rule are recorded (reason `site-rule`), since they may fall inside the article; the `*` rule
 * only takes vendor widgets that never belong to one, and recording them would be noise.
 */
import { rulesFor } from '../site-rules/index.ts';
import type { RemovedBlock } from '../types.ts';

export function applySiteRules(
  doc: Document,
  url: string | undefined,
  removed: RemovedBlock[],
): void {
  for (const rule of rulesFor(url)) {
    const keep = rule.keep?.join(',');
    for (const el of doc.querySelectorAll(rule.remove.join(','))) {
      if (!el.isConnected) continue;
      if (keep && (el.matches(keep) || el.querySelector(keep))) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && rule.host !== '*')
        removed.push({ reason: 'site-rule', text: text.slice(0, 500) });
      el.remove();
    }
  }
}
