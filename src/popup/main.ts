/**
 * The toolbar popup: reads the current tab's article through its content script and shows it in
 * the shared view, with buttons to open it in a full tab or switch the page into reader mode.
 */
import type { ExtractResult } from '../core/types.ts';
import { loadTabArticle } from '../reader/load-article.ts';
import { markReady, mountPageView } from '../reader/mount-page.ts';
import { withDelayedLoading } from '../reader/states.ts';
import { sendMessage } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';

let tabId: number | undefined;
let current: ExtractResult | undefined;

const view = await mountPageView({
  openTab: () => {
    if (tabId === undefined || !current) return;
    // Closing first could cancel the message before the background has it.
    void sendMessage('reader:open-tab', { sourceTabId: tabId, result: current }).finally(() =>
      window.close(),
    );
  },
  toggleInPlace: () => {
    if (tabId === undefined) return;
    const toggle = { command: 'toggle-reader', tabId };
    void sendMessage('reader:command', toggle).finally(() => window.close());
  },
});

async function show(force: boolean): Promise<void> {
  // Tests open the popup as a tab and name the page to read with ?tab=<id>.
  const param = new URLSearchParams(location.search).get('tab');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  tabId = param ? Number(param) : active?.id;
  if (tabId === undefined) return view.showState('unreachable');

  const loaded = await withDelayedLoading(loadTabArticle(tabId, force), () =>
    view.showState('loading'),
  );
  if (loaded.state === 'restricted') return view.showState('restricted');
  if (loaded.state === 'unreachable') return view.showState('unreachable');
  const { verdict, ...extracted } = loaded;
  const result = extracted as ExtractResult;
  if (!result.ok) {
    const reasons = verdict.reasons.map((r) => r.text);
    if (result.reason !== 'no-article')
      return view.showState(result.reason, { details: [result.message] });
    const retry = force ? undefined : () => void show(true).finally(markReady);
    return view.showState('no-article', { details: reasons, retry });
  }
  current = result;
  view.showArticle(result.article);
  performance.mark('declutter:article-visible');
}

show(false)
  .catch((error: unknown) => view.showState('error', { details: [String(error)] }))
  .finally(markReady);
