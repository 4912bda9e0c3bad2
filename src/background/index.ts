/**
 * Background wiring. Listeners are registered synchronously at top level: a listener added later
 * misses the event that woke the service worker.
 */
import { onMessages, sendToTab } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';
import { acceptSender } from './trusted-sender.ts';
import { getStoredArticle, storeArticle } from './article-store.ts';
import { forgetTab, showPageStatus } from './badge.ts';

onMessages(
  {
    'page:status': async (status, sender) => {
      if (sender.tab?.id !== undefined) await showPageStatus(sender.tab.id, status);
    },
    'reader:open-tab': async ({ sourceTabId, result }) => {
      const key = await storeArticle(result);
      const source = await browser.tabs.get(sourceTabId).catch(() => undefined);
      await browser.tabs.create({
        url: browser.runtime.getURL(`src/page/index.html?key=${key}`),
        ...(source ? { index: source.index + 1, openerTabId: sourceTabId } : {}),
      });
    },
    'reader:get-stored': ({ key }) => getStoredArticle(key),
  },
  acceptSender,
);

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader' || tab?.id === undefined) return;
  void sendToTab(tab.id, 'reader:toggle', {}).catch(() => undefined);
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
