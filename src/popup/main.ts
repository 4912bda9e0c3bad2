import { renderArticle } from '../reader/render-article.ts';
import { loadTabArticle } from '../reader/load-article.ts';
import { sendMessage, sendToTab } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';

const view = document.getElementById('view') as HTMLElement;
const openTab = document.getElementById('open-tab') as HTMLButtonElement;
const toggle = document.getElementById('toggle-in-place') as HTMLButtonElement;

function showState(
  state: string,
  message: string,
  details: string[] = [],
  retry?: () => void,
): void {
  const box = document.createElement('section');
  box.className = 'dc-state';
  const p = document.createElement('p');
  p.textContent = message;
  box.append(p);
  if (details.length) {
    const list = document.createElement('ul');
    for (const d of details)
      list.append(Object.assign(document.createElement('li'), { textContent: d }));
    box.append(list);
  }
  if (retry) {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: 'Try anyway',
    });
    button.id = 'try-anyway';
    button.onclick = retry;
    box.append(button);
  }
  view.replaceChildren(box);
  document.body.dataset.state = state;
}

async function main(force = false): Promise<void> {
  // Tests open the popup as a tab and name the page to read with ?tab=<id>.
  const param = new URLSearchParams(location.search).get('tab');
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = param ? Number(param) : active?.id;
  if (tabId === undefined) return showState('error', 'No tab to read.');

  const loaded = await loadTabArticle(tabId, force);
  if (loaded.state === 'restricted') {
    return showState('restricted', 'Browsers do not let extensions read this page.');
  }
  if (loaded.state === 'unreachable') return showState('error', 'This page cannot be read.');
  const { verdict, ...result } = loaded;
  if (!result.ok) {
    const retry = force ? undefined : () => void main(true);
    const reasons = verdict.reasons.map((r) => r.text);
    return showState(result.reason, result.message, reasons, retry);
  }

  view.replaceChildren(renderArticle(document, result.article));
  document.body.dataset.state = 'article';
  performance.mark('declutter:article-visible');
  openTab.disabled = false;
  toggle.disabled = false;
  openTab.onclick = () => void sendMessage('reader:open-tab', { sourceTabId: tabId, result });
  toggle.onclick = () => void sendToTab(tabId, 'reader:toggle', {}).then(() => window.close());
}

main()
  .catch((error: unknown) => showState('error', `Something went wrong: ${String(error)}`))
  .finally(() => {
    document.body.dataset.ready = '1';
  });
