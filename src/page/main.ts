/**
 * The full-tab reader. The background keeps the article in storage.session under the key in
 * the URL, so a reload (or a restarted service worker) still finds it.
 */
import { markReady, mountPageView } from '../reader/mount-page.ts';
import { sendMessage } from '../shared/messages.ts';

const view = await mountPageView({});

async function show(): Promise<void> {
  const key = new URLSearchParams(location.search).get('key');
  if (!key) return view.showState('expired');
  const result = await sendMessage('reader:get-stored', { key });
  if (!result) return view.showState('expired');
  if (!result.ok) return view.showState(result.reason, { details: [result.message] });
  document.title = result.article.title || 'Declutter';
  view.showArticle(result.article);
}

show()
  .catch((error: unknown) => view.showState('error', { details: [String(error)] }))
  .finally(markReady);
