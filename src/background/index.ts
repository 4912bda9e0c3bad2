/**
 * Background wiring. Listeners are registered synchronously at top level: a listener added later
 * misses the event that woke the service worker.
 */
import { onMessages, sendToTab, type MessageName } from '../shared/messages.ts';
import { browser, type Runtime } from '../shared/platform.ts';
import { getStoredArticle, storeArticle } from './article-store.ts';
import { forgetTab, showPageStatus } from './badge.ts';

const EXTENSION_ORIGIN = browser.runtime.getURL('');

/** Messages a web page's content script may send; everything else must come from our own pages. */
const FROM_CONTENT: ReadonlySet<MessageName> = new Set(['page:status']);

function acceptSender(name: MessageName, sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const fromExtensionPage = Boolean(sender.url?.startsWith(EXTENSION_ORIGIN));
  if (FROM_CONTENT.has(name)) return !fromExtensionPage && sender.tab?.id !== undefined;
  return fromExtensionPage;
}

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
