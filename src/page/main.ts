import { renderArticle } from '../reader/render-article.ts';
import { sendMessage } from '../shared/messages.ts';

const view = document.getElementById('view') as HTMLElement;

function showState(state: string, message: string): void {
  const box = document.createElement('p');
  box.className = 'dc-state';
  box.textContent = message;
  view.replaceChildren(box);
  document.body.dataset.state = state;
}

async function main(): Promise<void> {
  const key = new URLSearchParams(location.search).get('key');
  if (!key) return showState('error', 'Nothing to read here.');
  // The background keeps the article per key in storage.session, so a reload still finds it.
  const result = await sendMessage('reader:get-stored', { key });
  if (!result) return showState('error', 'This article is no longer available. Open it again.');
  if (!result.ok) return showState(result.reason, result.message);
  document.title = result.article.title || 'Declutter';
  view.replaceChildren(renderArticle(document, result.article));
  document.body.dataset.state = 'article';
}

main()
  .catch((error: unknown) => showState('error', `Something went wrong: ${String(error)}`))
  .finally(() => {
    document.body.dataset.ready = '1';
  });
