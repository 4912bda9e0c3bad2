/**
 * Runs on every http(s) page. On load it only reads the page (detection) and reports to the
 * background; extraction and the in-place reader are loaded on request, so pages never pay for them.
 */
import { onMessages, sendMessage } from '../shared/messages.ts';
import { extensionContextGone } from '../shared/platform.ts';
import { detectPage } from './detect-page.ts';

// A second injection (popup fallback after an update) must not register twice.
const LOADED = Symbol.for('declutter.content');
const scope = globalThis as typeof globalThis & { [LOADED]?: AbortController };

function start(): void {
  scope[LOADED]?.abort();
  const controller = new AbortController();
  scope[LOADED] = controller;
  const { signal } = controller;

  // The measure lets benchmarks read detection's main-thread cost from the page's timeline.
  const t0 = performance.now();
  let verdict = detectPage(document, location.href);
  performance.measure('declutter:detect', { start: t0 });
  const report = () => {
    if (extensionContextGone()) return controller.abort();
    sendMessage('page:status', { url: location.href, verdict }).catch(() => {
      if (extensionContextGone()) controller.abort();
    });
  };

  onMessages(
    {
      'article:extract': async ({ force }) => {
        verdict = detectPage(document, location.href);
        if (!verdict.isArticle && !force) {
          const message = 'This page does not look like an article.';
          return { ok: false, reason: 'no-article', message, verdict };
        }
        const { extractArticle } = await import('../core/extract-article.ts');
        return { ...extractArticle(document, { url: location.href, now: new Date() }), verdict };
      },
      'reader:toggle': async ({ on }) => {
        const { toggleInPlace } = await import('./in-place.ts');
        return { active: await toggleInPlace(on, signal) };
      },
    },
    undefined,
    signal,
  );

  // Detection waits for an idle moment so it never competes with the page's own start-up; a page
  // that is never idle (a constantly re-rendering app) still gets its badge after two seconds.
  if ('requestIdleCallback' in globalThis) requestIdleCallback(report, { timeout: 2000 });
  else setTimeout(report, 200);
}

start();
