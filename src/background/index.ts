/**
 * Background wiring. Listeners are registered synchronously at top level: a listener added later
 * misses the event that woke the service worker.
 */
import { onMessages } from '../shared/messages.ts';
import { browser } from '../shared/platform.ts';
import { acceptSender } from './trusted-sender.ts';
import { getStoredArticle, storeArticle } from './article-store.ts';
import { forgetTab, showPageStatus } from './badge.ts';
import { onCommand } from './commands.ts';
import { createMenus, forgetPending, onMenuClick, onPageReported } from './context-menus.ts';

onMessages(
  {
    'page:status': async (status, sender) => {
      if (sender.tab?.id === undefined) return;
      await showPageStatus(sender.tab.id, status);
      await onPageReported(sender.tab.id);
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
    'reader:command': async ({ command, tabId }) =>
      onCommand(command, await browser.tabs.get(tabId).catch(() => undefined)),
  },
  acceptSender,
);

browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
browser.runtime.onInstalled.addListener(() => void createMenus());
browser.runtime.onStartup.addListener(() => void createMenus());

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  void forgetPending(tabId);
});
