/**
 * The views that explain themselves when there is no article to show: not an article (with
 * detection's reasons and "Try anyway"), extraction failed (with the reason), a restricted
 * page, and loading — shown only after a delay so fast pages never flash it (AboutReader: 300 ms).
 */
import type { FailureReason } from '../core/types.ts';
import { button, el, type Translate } from './dom.ts';

export type StateName = 'loading' | 'restricted' | 'unreachable' | 'expired' | FailureReason;

export interface StateOptions {
  /** Extra lines, e.g. detection's reasons or the core's own message. */
  details?: string[];
  /** "Try anyway" for a page detection turned down. */
  retry?: () => void;
}

const TITLES: Record<StateName, string> = {
  loading: 'stateLoading',
  restricted: 'stateRestricted',
  unreachable: 'stateUnreachable',
  expired: 'stateExpired',
  'no-article': 'stateNoArticle',
  'too-large': 'stateTooLarge',
  'not-html': 'stateNotHtml',
  timeout: 'stateTimeout',
  error: 'stateFailed',
};

const HINTS: Partial<Record<StateName, string>> = {
  restricted: 'stateRestrictedHint',
  'no-article': 'stateNoArticleHint',
  unreachable: 'stateUnreachableHint',
};

export function renderState(
  doc: Document,
  t: Translate,
  state: StateName,
  options: StateOptions = {},
): HTMLElement {
  const box = el(doc, 'section', { class: 'dc-state', 'data-state': state });
  box.setAttribute('role', state === 'loading' ? 'status' : 'alert');
  box.append(el(doc, 'h1', { class: 'dc-state-title' }, t(TITLES[state])));
  const hint = HINTS[state];
  if (hint) box.append(el(doc, 'p', { class: 'dc-state-hint' }, t(hint)));
  const details = (options.details ?? []).filter(Boolean);
  if (details.length) {
    const list = el(doc, 'ul', { class: 'dc-state-details' });
    for (const d of details) list.append(el(doc, 'li', {}, d));
    box.append(list);
  }
  if (options.retry) box.append(button(doc, 'try-anyway', t('tryAnyway'), options.retry));
  return box;
}

/**
 * Shows the loading state in `target` only if `work` is still running after `delayMs`; the
 * timer is always cleared, so a fast result never flashes a spinner.
 */
export async function withDelayedLoading<T>(
  work: Promise<T>,
  show: () => void,
  delayMs = 300,
): Promise<T> {
  const timer = setTimeout(show, delayMs);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}
